import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// `/wages/reports`: an employer's reports with the form that opens one for a year; for
/// the wage departments, every employer's reports of a year.
package struct WageReportsPageModel {
    package struct Row: Sendable {
        package var report: WageReport
        package var employer: String
        package var employees: Int
    }

    package var rows: [Row]
    package var isEmployer: Bool
    package var years: [Int]
    package var input: WageReportInput
    package var errors: FieldErrors.Shown?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        var parts: [Node<HTML.BodyContext>] = [
            .h1(.text(m(.wageReportsTitle))),
            .p(.class("lead"), .text(m(isEmployer ? .wageReportsIntro : .wageReportsReviewIntro))),
            FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
        ]
        if isEmployer {
            parts.append(
                .form(
                    .class("filters"), .id("wage-open"), .method(.post), .action(SiteURL.wageReports.path),
                    FormParts.csrf(csrf),
                    FormParts.select(
                        id: "wage-year", name: "year", label: m(.wageYear), options: years.map { ("\($0)", "\($0)") },
                        selected: input.year, error: errors?["year"]),
                    .button(.type(.submit), .class("button"), .text(m(.wageReportOpen)))))
        } else {
            parts.append(.p(.a(.href(SiteURL.wageYears.path), .text(m(.wageYearsTitle) + " →"))))
        }
        let columns: [Message] = [
            .catalogueEmployer, .wageYear, .catalogueState, .wageEmployees, .catalogueSubmittedAt,
        ]
        parts.append(
            rows.isEmpty
                ? .p(.class("empty-state"), .id("wage-reports-empty"), .text(m(.wageNoReports)))
                : .scrollableTable(
                    label: m(.wageReportsTitle),
                    .table(
                        .class("data-table"), .id("wage-reports"),
                        .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text(m($0))) })),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .data(named: "report", value: row.report.id?.uuidString ?? ""),
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .a(.href(SiteURL.wageReport(row.report.id ?? UUID()).path), .text(row.employer))
                                    ),
                                    .td(.text("\(row.report.year)")),
                                    .td(.span(.class("badge"), .text(m.wageReportState(row.report.state)))),
                                    .td(.class("number"), .text(row.employees.formatted())),
                                    .td(
                                        .class("nowrap"),
                                        .text(row.report.submittedAt.map { ZiboTime.today($0).description } ?? "—")))
                            }))))
        return layout.render(title: m(.wageReportsTitle), body: .group(parts))
    }
}

/// `/wages/reports/{id}`: one report's employees by occupation and level, with, for its
/// employer while it is a draft, the form that adds employees and the submit button.
package struct WageReportPageModel {
    package struct Group: Sendable {
        package var occupationCode: String
        package var occupation: String
        package var level: SkillLevel?
        package var pays: [Int64]
    }

    package var report: WageReport
    package var employer: String
    package var groups: [Group]
    package var isEmployer: Bool
    /// The year is published: nothing changes any more.
    package var closed: Bool
    package var occupations: [String]
    package var input: WageEmployeesInput
    package var errors: FieldErrors.Shown?
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let title = m(.wageReportTitle(year: report.year, employer: employer))
        let editable = isEmployer && report.state == .draft && !closed
        let id = report.id ?? UUID()
        var parts: [Node<HTML.BodyContext>] = [
            .h1(.text(title)),
            .p(.text(m(.catalogueState) + m.colon), .span(.class("badge"), .text(m.wageReportState(report.state)))),
            FormParts.notice(notice),
            FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
            .p(.class("muted"), .text(m(.wagePrivacy))),
        ]
        parts.append(
            groups.isEmpty
                ? .p(.class("empty-state"), .id("wage-groups-empty"), .text(m(.wageNoEmployees))) : table(m, editable))
        if editable { parts.append(addForm(m, id)) }
        if editable && !groups.isEmpty {
            parts.append(
                .form(
                    .id("wage-submit"), .method(.post), .action(SiteURL.wageReportSubmit(id).path),
                    FormParts.csrf(csrf),
                    .h2(.text(m(.wageSubmit))), .p(.class("field__hint"), .text(m(.wageSubmitHint))),
                    .button(.type(.submit), .class("button"), .text(m(.wageSubmit)))))
        }
        if isEmployer && report.state == .submitted && !closed {
            parts.append(
                .form(
                    .id("wage-withdraw"), .method(.post), .action(SiteURL.wageReportWithdraw(id).path),
                    FormParts.csrf(csrf),
                    .button(.type(.submit), .class("button button--secondary"), .text(m(.wageWithdraw)))))
        }
        parts.append(.p(.a(.href(SiteURL.wageReports.path), .text("← " + m(.wageReportsTitle)))))
        return layout.render(title: title, body: .group(parts))
    }

    private func table(_ m: Messages, _ editable: Bool) -> Node<HTML.BodyContext> {
        var columns: [Message] = [.catalogueOccupation, .wageSkillLevel, .wageEmployees, .wageOwnMedian]
        if editable { columns.append(.catalogueActions) }
        return .scrollableTable(
            label: m(.wageReportsTitle),
            .table(
                .class("data-table"), .id("wage-groups"),
                .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text(m($0))) })),
                .tbody(
                    .forEach(groups) { group in
                        .tr(
                            .data(named: "occupation", value: group.occupationCode),
                            .th(.attribute(named: "scope", value: "row"), .text(group.occupation)),
                            .td(.text(group.level.map { m.skillLevel($0) } ?? m(.wageLevelUnknown))),
                            .td(.class("number"), .text(group.pays.count.formatted())),
                            .td(
                                .class("number"),
                                .text(
                                    CatalogueCells.yuan(
                                        Money(fen: WagePercentiles.percentile(50, ofSorted: group.pays))))),
                            .if(editable, .td(.class("nowrap"), removeForm(m, group))))
                    })))
    }

    private func removeForm(_ m: Messages, _ group: Group) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .method(.post), .action(SiteURL.wageReportGroupDelete(report.id ?? UUID()).path),
            FormParts.csrf(csrf),
            .input(.type(.hidden), .name("occupation"), .value(group.occupationCode)),
            .input(.type(.hidden), .name("skillLevel"), .value(group.level?.rawValue ?? "")),
            .button(
                .type(.submit), .class("button button--small button--danger"),
                .attribute(named: "aria-label", value: "\(m(.catalogueRemoveLine)) \(group.occupation)"),
                .text(m(.catalogueRemoveLine))))
    }

    private func addForm(_ m: Messages, _ id: UUID) -> Node<HTML.BodyContext> {
        let levels: [(value: String, label: String)] =
            [("", m(.wageLevelUnknown))] + SkillLevel.allCases.map { ($0.rawValue, m.skillLevel($0)) }
        return .form(
            .id("wage-employees-form"), .method(.post), .action(SiteURL.wageReportEmployees(id).path),
            FormParts.csrf(csrf),
            .h2(.text(m(.wageAddEmployees))),
            FormParts.field(
                .init(
                    id: "wage-occupation", name: "occupation", label: m(.catalogueOccupation),
                    value: input.occupation ?? "", error: errors?["occupation"], hint: m(.catalogueOccupationHint),
                    suggestions: occupations)),
            FormParts.select(
                id: "wage-level", name: "skillLevel", label: m(.wageSkillLevel), options: levels,
                selected: input.skillLevel, error: errors?["skillLevel"]),
            FormParts.textarea(
                id: "wage-pays", name: "pays", label: m(.wagePays), value: input.pays, hint: m(.wagePaysHint),
                error: errors?["pays"], rows: 4),
            .button(.type(.submit), .class("button"), .text(m(.catalogueAddLineButton))))
    }
}

/// `/wages/years`: for the wage departments, each year's submitted reports and the form
/// that publishes a year.
package struct WageYearsPageModel {
    package struct Row: Sendable {
        package var year: Int
        package var submitted: Int
        package var drafts: Int
        package var published: WageYear?
    }

    package var rows: [Row]
    package var mayPublish: Bool
    package var errors: FieldErrors.Shown?
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let columns: [Message] = [
            .wageYear, .wageSubmittedReports, .wageDraftReports, .catalogueState, .catalogueActions,
        ]
        return layout.render(
            title: m(.wageYearsTitle),
            body: .group(
                .h1(.text(m(.wageYearsTitle))),
                .p(.class("lead"), .text(m(.wageYearsIntro))),
                FormParts.notice(notice),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
                .scrollableTable(
                    label: m(.wageYearsTitle),
                    .table(
                        .class("data-table"), .id("wage-years"),
                        .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text(m($0))) })),
                        .tbody(.forEach(rows) { row($0, m) }))),
                .p(.a(.href(SiteURL.wageReports.path), .text(m(.wageReportsTitle) + " →")))))
    }

    private func row(_ row: Row, _ m: Messages) -> Node<HTML.TableContext> {
        let action: Node<HTML.BodyContext> =
            if row.published != nil {
                .a(.href(SiteURL.wageYear(row.year).path), .text(m(.wageSeePublic)))
            } else if mayPublish && row.submitted > 0 {
                .form(
                    .class("inline-form"), .method(.post), .action(SiteURL.wageYears.path), FormParts.csrf(csrf),
                    .input(.type(.hidden), .name("year"), .value("\(row.year)")),
                    .button(
                        .type(.submit), .class("button button--small"),
                        .attribute(named: "aria-label", value: m(.wagePublishYear(year: row.year))),
                        .text(m(.wagePublish))))
            } else {
                .text("—")
            }
        return .tr(
            .data(named: "year", value: "\(row.year)"),
            .th(.attribute(named: "scope", value: "row"), .text("\(row.year)")),
            .td(.class("number"), .text(row.submitted.formatted())),
            .td(.class("number"), .text(row.drafts.formatted())),
            .td(.text(m(row.published == nil ? .wageYearOpen : .wageYearPublished))),
            .td(action))
    }
}
