import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import TalentPool

/// Whom a provider can enrol (issue 17): found by a full ID number through its blind index,
/// or by name, instead of a profile id copied from an address bar. A provider does not
/// search the pool by name — that would tell it who is registered — only among the people
/// who have enrolled with it or work for it; staff who may list the whole pool search all
/// of it. Active profiles only; numbers masked, as every list shows them.
struct CohortEnrolMatch: Sendable {
    var talentID: UUID
    var name: String
    var maskedID: String?
    var district: String?
    /// Already holds a place (or waits for one) in this cohort.
    var enrolled: Bool

    /// At most this many are listed; the search is to be narrowed beyond.
    static let limit = 10

    static func find(
        _ text: String, in cohortID: UUID, by actor: Actor, cipher: PersonalDataCipher, today: CalendarDate,
        language: DisplayLanguage, on db: any Database
    ) async throws -> [CohortEnrolMatch] {
        var found: [Talent]
        if let number = try? ResidentID(text, today: today) {
            found = try await Talent.query(on: db).filter(\.$residentIDIndex ~~ cipher.indexes(number.value)).all()
        } else if Permissions.scope(for: actor.role, .list, on: .talent) != .any {
            guard let provider = actor.organizationID else { return [] }
            let named = { Talent.query(on: db).filter(\.$name, .contains(inverse: false, .anywhere), text) }
            let enrolledWithIt = try await named().join(Enrollment.self, on: \Talent.$id == \Enrollment.$talent.$id)
                .filter(Enrollment.self, \.$providerID == provider).unique().sort(\.$name).limit(2 * limit).all()
            let staff = try await named().filter(\.$employer.$id == provider).sort(\.$name).limit(2 * limit).all()
            var seen = Set<UUID>()
            found = (enrolledWithIt + staff).filter { $0.id.map { seen.insert($0).inserted } ?? false }
        } else {
            // Twice the limit: archived profiles are in the index but cannot enrol.
            found = try await TalentSearchQuery(keyword: text, limit: 2 * limit)
                .run(scope: .everyone, today: today, on: db).items
        }
        found = Array(found.filter { $0.status == "active" }.prefix(limit))
        let ids = found.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let enrolled = Set(
            try await Enrollment.query(on: db).filter(\.$cohort.$id == cohortID).filter(\.$talent.$id ~~ ids)
                .filter(\.$status != .withdrawn).all(\.$talent.$id))
        let districts = try await District.query(on: db).filter(\.$id ~~ Set(found.map(\.districtCode))).all()
        let names = Dictionary(
            districts.compactMap { district in
                district.id.map { ($0, language == .zh ? district.nameZh : district.nameEn) }
            }, uniquingKeysWith: { first, _ in first })
        return found.compactMap { talent in
            talent.id.map {
                CohortEnrolMatch(
                    talentID: $0, name: talent.name, maskedID: talent.residentIDMasked,
                    district: names[talent.districtCode], enrolled: enrolled.contains($0))
            }
        }
    }
}

/// The cohort page's 代学员报名: a search (GET `?q=`) and an 报名 button per person found.
struct CohortEnrolSection {
    var cohortID: UUID
    var query: String?
    /// nil before a search.
    var matches: [CohortEnrolMatch]?
    var errors: FieldErrors.Shown
    var csrf: String

    func render(_ m: Messages) -> Node<HTML.BodyContext> {
        .section(
            .id("enrol"), .attribute(named: "aria-labelledby", value: "enrol-heading"),
            .h2(.id("enrol-heading"), .text(m(.enrolByProvider))),
            .form(
                .id("enrol-search-form"), .class("search-form"), .method(.get),
                .action(SiteURL.cohort(cohortID).path + "#enrol"),
                FormParts.field(
                    .init(
                        id: "enrol-search", name: "q", label: m(.enrolSearch), type: .search, value: query ?? "",
                        error: errors["talentID"], hint: m(.enrolSearchHint))),
                .button(.type(.submit), .class("button button--secondary"), .text(m(.enrolSearchButton)))),
            found(m))
    }

    private func found(_ m: Messages) -> Node<HTML.BodyContext> {
        guard let matches else { return .empty }
        guard !matches.isEmpty else { return .p(.class("empty-state"), .text(m(.enrolSearchNone))) }
        let items: [Node<HTML.ListContext>] = matches.map { item($0, m) }
        return .group(
            .ul(.class("card-list"), .id("enrol-matches"), .group(items)),
            .if(
                matches.count >= CohortEnrolMatch.limit,
                .p(.class("muted"), .text(m(.enrolSearchLimited(count: String(CohortEnrolMatch.limit)))))))
    }

    private func item(_ match: CohortEnrolMatch, _ m: Messages) -> Node<HTML.ListContext> {
        let details = [match.maskedID, match.district].compactMap { $0 }.joined(separator: " · ")
        return .li(
            .class("card roster-match"), .data(named: "talent", value: match.name),
            .p(.strong(.text(match.name)), .if(!details.isEmpty, .span(.class("muted"), .text(" · " + details)))),
            match.enrolled ? .p(.class("muted"), .text(m(.enrolSearchAlready))) : enrolForm(match, m))
    }

    private func enrolForm(_ match: CohortEnrolMatch, _ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .method(.post), .action(SiteURL.cohortEnrollments(cohortID).path),
            FormParts.csrf(csrf),
            .input(.type(.hidden), .name("talentID"), .value(match.talentID.uuidString)),
            FormParts.field(
                .init(
                    id: "e-years-\(match.talentID.uuidString.prefix(8))", name: "yearsInField",
                    label: m(.enrolYearsInField), type: .number, error: nil, required: false)),
            .button(
                .type(.submit), .class("button button--small"),
                .attribute(named: "aria-label", value: m(.enrolSearchEnrol(name: match.name))),
                .text(m(.enrolSubmit))))
    }
}
