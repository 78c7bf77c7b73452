import Foundation
import SiteKit
import TalentDomain

/// `/nominations`: the lists of the reader's department (all, for an administrator),
/// filtered by programme and year, and the form that starts a new one.
package struct NominationListsPageModel {
    package var lists: [(list: NominationList, candidates: Int)]
    /// The programmes the reader may make lists for.
    package var programmes: [NominationProgramme]
    /// `(code, name)` of every district, for per-district programmes.
    package var districts: [(code: String, name: String)]
    package var filter: (programme: String?, year: Int?)
    package var thisYear: Int
    package var csrf: String
    package var input = NominationListInput()
    package var errors: FieldErrors.Shown?
    package var notice: String?

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let policy = layout.policy
        let all = policy.nominationProgrammes ?? []
        let districtName = Dictionary(districts.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows: [Node<HTML.TableContext>] = lists.map { entry in
            row(entry.list, count: entry.candidates, m, policy, districtName)
        }
        let table: Node<HTML.BodyContext> = .table(
            .class("data-table"), .id("nomination-lists"),
            .thead(
                .tr(
                    .th(.text(m(.nominationProgramme))), .th(.text(m(.nominationYear))),
                    .th(.text(m(.nominationDistrict))), .th(.text(m(.nominationState))),
                    .th(.class("number"), .text(m(.nominationCandidateCount))))),
            .tbody(.group(rows)))
        let years: [Int] = Array(Set(lists.map { $0.list.year } + [thisYear])).sorted(by: >)
        return layout.render(
            title: m(.nominationsTitle),
            body: .group(
                .h1(.text(m(.nominationsTitle))),
                .p(.class("lead"), .text(m(.nominationsIntro))),
                FormParts.notice(notice),
                .form(
                    .class("filters"), .method(.get), .action(SiteURL.nominations.path),
                    FormParts.select(
                        id: "filter-programme", name: "programme", label: m(.nominationProgramme),
                        options: [("", m(.nominationAllProgrammes))] + all.map { ($0.id, $0.name.text(m.language)) },
                        selected: filter.programme),
                    FormParts.select(
                        id: "filter-year", name: "year", label: m(.nominationYear),
                        options: [("", m(.nominationAllYears))] + years.map { ("\($0)", "\($0)") },
                        selected: filter.year.map { "\($0)" }),
                    .button(.type(.submit), .class("button button--secondary"), .text(m(.nominationFilter)))),
                lists.isEmpty
                    ? .p(.class("empty-state"), .text(m(.nominationsEmpty)))
                    : Node.scrollableTable(label: m(.nominationsTitle), table),
                newList(m)))
    }

    private func row(
        _ list: NominationList, count: Int, _ m: Messages, _ policy: PolicyDocument, _ districtName: [String: String]
    ) -> Node<HTML.TableContext> {
        let name = policy.nominationProgramme(list.programmeID)?.name.text(m.language) ?? list.programmeID
        let district = list.districtCode.map { districtName[$0] ?? $0 } ?? m(.nominationCity)
        let sent = list.submittedAt.map { " · " + m(.nominationSubmittedOn(date: ZiboTime.day($0))) } ?? ""
        let link = SiteURL.nomination(list.id ?? UUID()).path
        return .tr(
            .td(.a(.href(link), .text(name))),
            .td(.text("\(list.year)")),
            .td(.text(district)),
            .td(.text(m.nominationState(list.state)), .span(.class("muted"), .text(sent))),
            .td(.class("number"), .text("\(count)")))
    }

    private func newList(_ m: Messages) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "new-list-heading"),
            .h2(.id("new-list-heading"), .text(m(.nominationNew))),
            .if(programmes.isEmpty, .p(.class("muted"), .text(m(.nominationNoProgramme)))),
            .if(
                !programmes.isEmpty,
                .group(
                    FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
                    .form(
                        .id("new-list"), .method(.post), .action(SiteURL.nominations.path),
                        FormParts.csrf(csrf),
                        FormParts.select(
                            id: "list-programme", name: "programme", label: m(.nominationProgramme),
                            options: programmes.map { ($0.id, $0.name.text(m.language)) },
                            selected: input.programme, error: errors?["programme"]),
                        FormParts.field(
                            .init(
                                id: "list-year", name: "year", label: m(.nominationYear), type: .number,
                                value: input.year ?? "\(thisYear)", error: errors?["year"])),
                        FormParts.select(
                            id: "list-district", name: "district", label: m(.nominationDistrict),
                            options: [("", "—")] + districts.map { ($0.code, $0.name) },
                            selected: input.district, error: errors?["district"]),
                        .p(.class("field__hint"), .text(m(.nominationDistrictHint))),
                        .button(.type(.submit), .class("button"), .text(m(.nominationCreate)))))))
    }
}
