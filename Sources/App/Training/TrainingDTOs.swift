import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `/api/v1/programs` items. Money in fen, dates `YYYY-MM-DD`, hours in minutes.
struct ProgramDTO: Content {
    var id: UUID
    var providerID: UUID
    var kind: String
    var title: String
    var measure: String
    var year: Int
    var occupationCode: String?
    var direction: String?
    var engineerLevel: String?
    var skillLevel: String?
    var theme: String?
    var experts: [String]
    var format: String?
    var description: String
    var capacity: Int
    var startsOn: String
    var endsOn: String
    var delivery: String
    var place: String?
    var feeFen: Int64
    var vouchersApply: Bool
    var subsidiesApply: Bool
    var entryRequirement: EntryRequirement
    var minAttendancePercent: Int
    var status: String
    var cohorts: [CohortDTO]?

    init(_ program: Program, cohorts: [CohortDTO]?) throws {
        id = try program.requireID()
        providerID = program.$provider.id
        kind = program.kind.rawValue
        title = program.title
        measure = program.measure
        year = program.year
        occupationCode = program.occupationCode
        direction = program.direction
        engineerLevel = program.engineerLevel?.rawValue
        skillLevel = program.skillLevel?.rawValue
        theme = program.theme
        experts = program.expertList
        format = program.format
        description = program.description
        capacity = program.capacity
        startsOn = program.startsOn
        endsOn = program.endsOn
        delivery = program.delivery.rawValue
        place = program.place
        feeFen = program.feeFen
        vouchersApply = program.vouchersApply
        subsidiesApply = program.subsidiesApply
        entryRequirement = program.entryRequirement
        minAttendancePercent = program.minAttendancePercent
        status = program.status.rawValue
        self.cohorts = cohorts
    }
}

struct CohortDTO: Content {
    var id: UUID
    var programID: UUID
    var name: String
    var capacity: Int
    var seatsTaken: Int
    var enrolDeadline: String
    var startsOn: String
    var endsOn: String
    var sessions: [SessionDTO]?

    init(_ cohort: Cohort, sessions: [CohortSession]?) throws {
        id = try cohort.requireID()
        programID = cohort.$program.id
        name = cohort.name
        capacity = cohort.capacity
        seatsTaken = cohort.seatsTaken
        enrolDeadline = cohort.enrolDeadline
        startsOn = cohort.startsOn
        endsOn = cohort.endsOn
        self.sessions = try sessions?.map(SessionDTO.init)
    }
}

struct SessionDTO: Content {
    var id: UUID
    var date: String
    var minutes: Int
    var topic: String

    init(_ session: CohortSession) throws {
        id = try session.requireID()
        date = session.date
        minutes = session.minutes
        topic = session.topic
    }
}

struct EnrollmentDTO: Content {
    var id: UUID
    var cohortID: UUID
    var programID: UUID
    var talentID: UUID
    var status: String
    var appliedAt: Date
    var yearsInField: Int?
    var score: Int?
    var passed: Bool?
    var completedOn: String?

    init(_ enrollment: Enrollment) throws {
        id = try enrollment.requireID()
        cohortID = enrollment.$cohort.id
        programID = enrollment.$program.id
        talentID = enrollment.$talent.id
        status = enrollment.status.rawValue
        appliedAt = enrollment.appliedAt
        yearsInField = enrollment.yearsInField
        score = enrollment.score
        passed = enrollment.passed
        completedOn = enrollment.completedOn
    }
}

struct CertificateDTO: Content {
    var id: UUID
    var code: String
    var verifyPath: String
    var kind: String
    var level: String?
    var occupationCode: String?
    var talentID: UUID
    var issuerID: UUID?
    var issuerName: String
    var number: String
    var issuedOn: String
    var holder: String
    var signature: String
    var keyID: String
    var status: String
    var revokedAt: Date?
    var revokeReason: String?

    init(_ certificate: Certificate) throws {
        id = try certificate.requireID()
        let display = CertificateCode(certificate.code)?.description ?? certificate.code
        code = display
        verifyPath = SiteURL.verify(display).path
        kind = certificate.kind.rawValue
        level = certificate.level
        occupationCode = certificate.occupationCode
        talentID = certificate.$talent.id
        issuerID = certificate.issuerID
        issuerName = certificate.issuerName
        number = certificate.number
        issuedOn = certificate.issuedOn
        holder = certificate.holderMasked
        signature = certificate.signature
        keyID = certificate.keyID
        status = certificate.isRevoked ? "revoked" : "valid"
        revokedAt = certificate.revokedAt
        revokeReason = certificate.revokeReason
    }
}

/// `GET /api/v1/certificates/verify/{code}`: what the public page shows, plus the signed
/// text and signature for checking offline with the public key.
struct VerificationDTO: Content {
    var code: String
    /// `valid`, `revoked` or `invalid`.
    var status: String
    var kind: String?
    var level: String?
    var occupationCode: String?
    var issuer: String?
    var number: String?
    var issuedOn: String?
    var holder: String?
    var revokedAt: Date?
    var revokeReason: String?
    var payload: String?
    var signature: String?
    var keyID: String?
    var algorithm: String?

    init(_ outcome: VerifyPageModel.Outcome) {
        code = outcome.code
        status = outcome.status.rawValue
        guard let certificate = outcome.certificate else { return }
        kind = certificate.kind.rawValue
        level = certificate.level
        occupationCode = certificate.occupationCode
        issuer = certificate.issuerName
        number = certificate.number
        issuedOn = certificate.issuedOn
        holder = certificate.holderMasked
        revokedAt = certificate.revokedAt
        revokeReason = certificate.revokeReason
        payload = certificate.payload?.canonicalText
        signature = certificate.signature
        keyID = certificate.keyID
        algorithm = "Ed25519"
    }
}

struct PublicKeyDTO: Content {
    var algorithm: String
    var keyID: String
    /// Base64 of the 32 raw bytes.
    var publicKey: String
    /// SubjectPublicKeyInfo PEM.
    var pem: String
    /// The first line of every signed payload.
    var payloadFormat: String
}
