import Fluent
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// A certificate issued elsewhere, recorded by an officer (or an administrator): the
/// holder's profile, the kind and level, occupation, issuer, number and date.
package struct CertificateInput: Content {
    @FormText package var talentID: String?
    @FormText package var kind: String?
    @FormText package var level: String?
    @FormText package var occupationCode: String?
    @FormText package var issuerName: String?
    @FormText package var number: String?
    @FormText package var issuedOn: String?

    package func validate(on db: any Database, today: CalendarDate, cipher: PersonalDataCipher) async throws
        -> Result<(talent: Talent, draft: CertificateStore.Draft), FieldErrors>
    {
        var read = FieldReader()
        // The holder by name, ID number or profile id, as the officer knows them.
        var talent: Talent?
        if let holder = read.text(self.talentID, "talentID", .certificateHolder, max: 100) {
            switch try await TalentReferenceList.resolve(holder, cipher: cipher, today: today, on: db) {
            case let .success(ids) where ids.count == 1: talent = try await Talent.find(ids[0], on: db)
            case .success: read.fail("talentID", .certificateOneHolder)
            case let .failure(unresolved): read.fail("talentID", unresolved.message, .unknown)
            }
        }
        let kind = read.choice(self.kind, "kind", .certificateKind, as: CertificateKind.self)
        var level: CertificateLevel?
        if let kind {
            level = CertificateLevel(kind: kind, code: self.level.trimmedText)
            if level == nil, kind.levelKind != .optionalEngineer || self.level.trimmedText != nil {
                read.fail("level", Message { m in m(.fieldChoose(field: m(.columnLevel))) })
            }
        }
        var occupation = read.text(occupationCode, "occupationCode", .programOccupation, required: false, max: 20)
        if let code = occupation, try await Occupation.find(code, on: db) == nil {
            read.fail("occupationCode", .talentOccupationUnknown(code: code), .unknown)
            occupation = nil
        }
        let issuer = read.text(issuerName, "issuerName", .certificateIssuer)
        let number = read.text(self.number, "number", .certificateNumber, max: 40)
        let issuedOn = read.date(self.issuedOn, "issuedOn", .certificateIssuedOn)
        if let issuedOn, issuedOn > today { read.fail("issuedOn", .certificateIssuedInFuture) }
        guard read.errors.isEmpty, let talent, let kind, let issuer, let number, let issuedOn else {
            return .failure(read.errors)
        }
        return .success(
            (
                talent,
                CertificateStore.Draft(
                    kind: kind, level: level, occupationCode: occupation, issuerID: nil, issuerName: issuer,
                    number: number,
                    issuedOn: issuedOn, enrollmentID: nil, programID: nil)
            ))
    }
}
