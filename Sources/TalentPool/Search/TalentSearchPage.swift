import Foundation
import Reference
import SiteKit
import TalentDomain

/// One row of the result list, with what the page and the export show: names of the
/// district and employer, and identifiers masked unless the role may see them.
package struct TalentListRow: Sendable {
    package var talent: Talent
    package var employerName: String?
    package var residentID: String?
    package var mobile: String?
}

/// `/talents`: the search form, the result table, paging and export links.
package struct TalentSearchPageModel {
    package var query: TalentSearchQuery
    package var rows: [TalentListRow]
    /// Why each row matched, by talent id (`TalentMatchReasons`); empty without a
    /// keyword or an occupation filter, and then the column is left out.
    package var reasons: [UUID: [TalentMatchReason]]
    /// Exact, or an estimate when `totalIsExact` is false (`TalentSearchQuery.Page`).
    package var total: Int
    package var totalIsExact: Bool
    package var pageNumber: Int
    package var next: TalentSearchQuery.Cursor?
    /// The results are many: the export is made in the background (`TalentExportRun`).
    package var exportsInBackground: Bool
    package var csrf: String
    package var districts: [ReferenceChoice]
    /// The digital occupations to filter by (and the chosen one, were it another).
    package var occupations: [ReferenceChoice]
    package var chains: [ReferenceChoice]
    package var canAdd: Bool
    package var canImport: Bool
    package var error: String?
    package var today: CalendarDate

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.talentsTitle),
            body: .group(
                .h1(.text(m(.talentsTitle))),
                .p(.class("lead"), .text(m(.talentsIntro))),
                .if(
                    canAdd || canImport,
                    .p(
                        .class("actions"),
                        .if(
                            canAdd,
                            .a(.class("button button--secondary"), .href(SiteURL.newTalent.path), .text(m(.talentsNew)))
                        ),
                        .if(
                            canImport,
                            .a(
                                .class("button button--secondary"), .href(SiteURL.talentImports.path),
                                .text(m(.talentsImport)))))),
                FormParts.errorSummary(title: m(.formErrorsTitle), error.map { [$0] } ?? []),
                form(layout),
                results(layout)
            ))
    }

    /// How many conditions besides the keyword narrow the search.
    private var chosenFilters: Int {
        query.filters.count + (query.ageMin == nil ? 0 : 1) + (query.ageMax == nil ? 0 : 1)
    }

    private func form(_ layout: Layout) -> Node<HTML.BodyContext> {
        let m = layout.messages
        let lang = layout.language
        let policy = layout.policy
        let code = { (facet: SearchFacet) in query.filters.first { $0.facet == facet }?.code }
        let any: [(value: String, label: String)] = [("", m(.filterAny))]
        return .form(
            .class("search-form"), .method(.get), .action(SiteURL.talents.path),
            .attribute(named: "role", value: "search"),
            .fieldset(
                .element(named: "legend", text: m(.talentsFilters)),
                FormParts.field(
                    .init(
                        id: "q", name: "q", label: m(.talentsKeyword), type: .search,
                        value: query.keyword ?? "", required: false, hint: m(.talentsKeywordHint))),
                // Folded on a phone by the script, so that the results come into view first;
                // the summary says how many conditions are chosen.
                .element(
                    named: "details",
                    nodes: [
                        .class("filter-details"), .attribute(named: "open", value: "open"),
                        .element(named: "summary", text: m(.talentsMoreFilters(chosen: String(chosenFilters)))),
                        .div(
                            .class("filter-grid"),
                            FormParts.select(
                                id: "f-district", name: "district", label: m(.organizationDistrict),
                                options: any + districts.map { ($0.code, $0.name(lang)) },
                                selected: code(.district)),
                            FormParts.select(
                                id: "f-education", name: "education", label: m(.talentEducation),
                                options: any + EducationLevel.allCases.map { ($0.rawValue, m.education($0)) },
                                selected: code(.education)),
                            FormParts.select(
                                id: "f-occupation", name: "occupation", label: m(.talentsOccupation),
                                options: any + occupations.map { ($0.code, $0.codedName(lang)) },
                                selected: code(.occupation)),
                            FormParts.select(
                                id: "f-chain", name: "chain", label: m(.talentsChain),
                                options: any + chains.map { ($0.code, $0.name(lang)) },
                                selected: code(.chain)),
                            FormParts.select(
                                id: "f-title", name: "titleLevel", label: m(.talentTitleLevel),
                                options: any + TitleLevel.allCases.map { ($0.rawValue, m.titleLevel($0)) },
                                selected: code(.titleLevel)),
                            FormParts.select(
                                id: "f-skill", name: "skillLevel", label: m(.talentSkillLevel),
                                options: any + SkillLevel.allCases.map { ($0.rawValue, m.skillLevel($0)) },
                                selected: code(.skillLevel)),
                            FormParts.select(
                                id: "f-category", name: "category", label: m(.talentCategories),
                                options: any + policy.talentCategories.map { ($0.code, $0.name.text(lang)) },
                                selected: code(.category)),
                            FormParts.select(
                                id: "f-keygroup", name: "keyGroup", label: m(.talentKeyGroups),
                                options: any + policy.keyGroups.map { ($0.code, $0.name.text(lang)) },
                                selected: code(.keyGroup)),
                            FormParts.field(
                                .init(
                                    id: "f-age-min", name: "ageMin", label: m(.talentsAgeMin), type: .number,
                                    value: query.ageMin.map(String.init) ?? "", required: false)),
                            FormParts.field(
                                .init(
                                    id: "f-age-max", name: "ageMax", label: m(.talentsAgeMax), type: .number,
                                    value: query.ageMax.map(String.init) ?? "", required: false)),
                            FormParts.select(
                                id: "f-sort", name: "sort", label: m(.talentsSort),
                                options: [
                                    (TalentSearchQuery.Sort.relevance.rawValue, m(.sortRelevance)),
                                    (TalentSearchQuery.Sort.name.rawValue, m(.sortName)),
                                    (TalentSearchQuery.Sort.updated.rawValue, m(.sortUpdated)),
                                ],
                                selected: query.sort.rawValue)),
                    ]),
                .p(
                    .class("actions"),
                    .button(.type(.submit), .class("button"), .text(m(.talentsSearch))),
                    .a(.href(SiteURL.talents.path), .text(m(.talentsReset))))
            )
        )
    }

    private func results(_ layout: Layout) -> Node<HTML.BodyContext> {
        let m = layout.messages
        let lang = layout.language
        let count = totalIsExact ? total.formatted() : m(.talentsAbout(count: m(.roughly(total))))
        let districtNames = Dictionary(
            uniqueKeysWithValues: districts.map { ($0.code, $0.name(lang)) })
        let parameters = query.parameters
        return .section(
            .attribute(named: "aria-labelledby", value: "results-heading"),
            .h2(.id("results-heading"), .text(m(.talentsResults))),
            .p(
                .id("result-count"), .attribute(named: "role", value: "status"),
                .text(
                    totalIsExact
                        ? m(.talentsCount(count: count)) : m(.talentsCountEstimated(count: m(.roughly(total)))))),
            .if(
                !rows.isEmpty,
                exportsInBackground ? exportForm(parameters, count: count, m) : exportLinks(parameters, m)),
            rows.isEmpty
                ? .p(.class("empty-state"), .text(m(.talentsEmpty)))
                : .div(
                    .class("table-wrap"), .attribute(named: "role", value: "region"),
                    .attribute(named: "aria-labelledby", value: "results-heading"),
                    .attribute(named: "tabindex", value: "0"),
                    .table(
                        .class("data-table data-table--wide"), .id("talent-results"),
                        .thead(
                            .tr(
                                .th(.text(m(.talentName))),
                                .if(!reasons.isEmpty, .th(.text(m(.talentsWhy)))),
                                .th(.text(m(.talentGender))), .th(.text(m(.talentsAge))),
                                .th(.text(m(.talentResidentID))), .th(.text(m(.organizationDistrict))),
                                .th(.text(m(.talentEducation))), .th(.text(m(.talentEmployer))),
                                .th(.text(m(.talentsUpdated))))),
                        .tbody(
                            .forEach(rows) { self.row($0, districtNames: districtNames, m) })
                    )
                ),
            TalentSearchPager(
                parameters: parameters, pageNumber: pageNumber, pageSize: query.limit, total: total,
                totalIsExact: totalIsExact, next: next, messages: m
            ).node
        )
    }

    private func row(_ row: TalentListRow, districtNames: [String: String], _ m: Messages) -> Node<HTML.TableContext> {
        let talent = row.talent
        let age = CalendarDate(talent.birthDate).map { String(Self.age(birth: $0, on: today)) } ?? "—"
        let education = talent.educationLevel.flatMap(EducationLevel.init(rawValue:)).map(m.education) ?? "—"
        return .tr(
            // Short values kept whole: a name or 本科 broken after each character is hard to read.
            .td(
                .class("nowrap"),
                .a(.href(SiteURL.talent(talent.id ?? UUID()).path), Self.marked(talent.name, keyword: query.keyword))),
            .if(!reasons.isEmpty, .td(why(talent, m))),
            .td(.class("nowrap"), .text(talent.gender == "female" ? m(.genderFemale) : m(.genderMale))),
            .td(.class("nowrap"), .text(age)),
            .td(.class("nowrap"), .text(row.residentID ?? talent.residentIDMasked ?? "—")),
            .td(.text(districtNames[talent.districtCode] ?? talent.districtCode)),
            .td(.class("nowrap"), .text(education)),
            .td(.text(row.employerName ?? "—")),
            .td(.class("nowrap"), .text(talent.updatedAt.map(ZiboTime.day) ?? "—")))
    }

    /// Small result sets download at once.
    private func exportLinks(_ parameters: [(String, String)], _ m: Messages) -> Node<HTML.BodyContext> {
        .p(
            .class("actions"),
            .a(
                .href(SiteURL.talentExport.path + "?" + Self.encode(parameters + [("format", "csv")])),
                .text(m(.talentsExportCSV))),
            .a(
                .href(SiteURL.talentExport.path + "?" + Self.encode(parameters + [("format", "xlsx")])),
                .text(m(.talentsExportXLSX))),
            .span(.class("field__hint"), .text(m(.talentsExportNote(max: TalentExport.maxRows.formatted())))))
    }

    /// Large ones are made by a job whose page shows the progress: a form, since it
    /// starts work.
    private func exportForm(_ parameters: [(String, String)], count: String, _ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .id("export-form"), .class("actions"), .method(.post), .action(SiteURL.talentExports.path),
            FormParts.csrf(csrf),
            .span(.class("field__hint"), .text(m(.talentsExportLarge(count: count)))),
            .forEach(parameters) { .input(.type(.hidden), .name($0.0), .value($0.1)) },
            .button(
                .type(.submit), .name("format"), .value("csv"), .class("button button--secondary"),
                .text(m(.talentsExportMakeCSV))),
            .button(
                .type(.submit), .name("format"), .value("xlsx"), .class("button button--secondary"),
                .text(m(.talentsExportMakeXLSX))),
            .span(.class("field__hint"), .text(m(.talentsExportNote(max: TalentExport.maxRows.formatted())))))
    }

    /// The fields that hold the keyword, each named, its matched words marked.
    private func why(_ talent: Talent, _ m: Messages) -> Node<HTML.BodyContext> {
        .ul(
            .class("match-list"),
            .forEach(reasons[talent.id ?? UUID()] ?? []) { reason in
                .li(
                    .span(.class("match-list__field"), .text(Self.label(reason.field, m))),
                    Self.segments(reason.segments))
            })
    }

    private static func label(_ field: TalentMatchReason.Field, _ m: Messages) -> String {
        switch field {
        case .occupation: m(.talentsMatchOccupation)
        case .skill: m(.talentSkills)
        case .major: m(.talentMajor)
        case .school: m(.talentSchool)
        case .employer: m(.talentEmployer)
        }
    }

    /// `text` with the keyword's words in `<mark>`, or plain.
    static func marked<Context>(_ text: String, keyword: String?) -> Node<Context> {
        guard let keyword, let segments = KeywordHighlight.segments(of: text, keyword: keyword) else {
            return .text(text)
        }
        return Self.segments(segments)
    }

    private static func segments<Context>(_ segments: [KeywordHighlight.Segment]) -> Node<Context> {
        .forEach(segments) { $0.isMatch ? .element(named: "mark", nodes: [.text($0.text)]) : .text($0.text) }
    }

    package static func age(birth: CalendarDate, on day: CalendarDate) -> Int {
        day.year - birth.year - ((day.month, day.day) >= (birth.month, birth.day) ? 0 : 1)
    }

    package static func encode(_ parameters: [(String, String)]) -> String {
        parameters.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
    }
}
