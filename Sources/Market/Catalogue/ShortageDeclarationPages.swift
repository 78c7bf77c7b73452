import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// `/catalogue/declarations`: an employer's declarations with the form to open one for
/// a year; for the catalogue's departments, every employer's declarations of a year.
package struct ShortageDeclarationsPageModel {
    package struct Row: Sendable {
        package var declaration: ShortageDeclaration
        package var employer: String
        package var lines: Int
        package var people: Int
    }

    package var rows: [Row]
    package var isEmployer: Bool
    package var year: Int?
    package var years: [Int]
    package var input: ShortageDeclarationInput
    package var errors: FieldErrors.Shown?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.catalogueDeclarationsTitle),
            body: .group(
                .h1(.text(m(.catalogueDeclarationsTitle))),
                .p(.class("lead"), .text(m(isEmployer ? .catalogueDeclarationsIntro : .catalogueReviewIntro))),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
                isEmployer ? openForm(m) : yearFilter(m),
                .if(
                    !isEmployer,
                    .p(
                        .a(.href(SiteURL.catalogueEditions.path), .text(m(.catalogueEditionsTitle) + " →")),
                        .text(" · "),
                        .a(
                            .id("declarations-import"), .href(SiteURL.catalogueDeclarationsImport.path),
                            .text(m(.catalogueImportTitle) + " →")))
                ),
                rows.isEmpty
                    ? .p(.class("empty-state"), .id("declarations-empty"), .text(m(.catalogueNoDeclarations)))
                    : table(m)))
    }

    private func openForm(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .class("filters"), .id("declaration-open"), .method(.post), .action(SiteURL.catalogueDeclarations.path),
            FormParts.csrf(csrf),
            FormParts.select(
                id: "declaration-year", name: "year", label: m(.catalogueYear),
                options: years.map { (String($0), String($0)) }, selected: input.year, error: errors?["year"]),
            .button(.type(.submit), .class("button"), .text(m(.catalogueDeclarationOpen))))
    }

    private func yearFilter(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .class("filters"), .id("declarations-filter"), .method(.get), .action(SiteURL.catalogueDeclarations.path),
            FormParts.select(
                id: "declarations-year", name: "year", label: m(.catalogueYear),
                options: [("", m(.catalogueAllYears))] + years.map { (String($0), String($0)) },
                selected: year.map(String.init)),
            .button(.type(.submit), .class("button"), .text(m(.catalogueFilterButton))))
    }

    private func table(_ m: Messages) -> Node<HTML.BodyContext> {
        .scrollableTable(
            label: m(.catalogueDeclarationsTitle),
            .table(
                .class("data-table"), .id("declarations"),
                .thead(
                    .tr(
                        .th(.text(m(.catalogueEmployer))), .th(.text(m(.catalogueYear))),
                        .th(.text(m(.catalogueState))), .th(.text(m(.catalogueLineCount))),
                        .th(.text(m(.catalogueHeadcount))), .th(.text(m(.catalogueSubmittedAt))))),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .data(named: "declaration", value: row.declaration.id?.uuidString ?? ""),
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(
                                    .href(SiteURL.catalogueDeclaration(row.declaration.id ?? UUID()).path),
                                    .text(row.employer))),
                            .td(.text("\(row.declaration.year)")),
                            .td(CatalogueBadges.state(row.declaration.state, m)),
                            .td(.class("number"), .text(row.lines.formatted())),
                            .td(.class("number"), .text(row.people.formatted())),
                            .td(
                                .class("nowrap"),
                                .text(row.declaration.submittedAt.map { ZiboTime.today($0).description } ?? "—")))
                    })))
    }
}

/// `/catalogue/declarations/{id}`: one declaration's lines; for its employer, the form to
/// add a line and the submit button while it may change; for the departments, the form
/// to return it.
package struct ShortageDeclarationPageModel {
    package var declaration: ShortageDeclaration
    package var employer: String
    package var lines: [(line: ShortageDeclarationLine, occupation: String, chain: String)]
    package var isEmployer: Bool
    package var isOffice: Bool
    package var occupations: [String]
    package var chains: [(code: String, name: String)]
    package var input: ShortageLineInput
    package var errors: FieldErrors.Shown?
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let title = m(.catalogueDeclarationTitle(year: declaration.year, employer: employer))
        let editable = isEmployer && declaration.isEditable
        return layout.render(
            title: title,
            body: .group(
                .h1(.text(title)),
                .p(.text(m(.catalogueState) + "："), CatalogueBadges.state(declaration.state, m)),
                FormParts.notice(notice),
                .unwrap(declaration.returnReason) { reason in
                    .div(
                        .class("notice notice--secret"), .id("declaration-returned"),
                        .p(.strong(.text(m(.catalogueReturnedBecause))), .text(" " + reason)))
                },
                FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
                lines.isEmpty
                    ? .p(.class("empty-state"), .id("lines-empty"), .text(m(.catalogueNoLines)))
                    : linesTable(m, removable: editable),
                .if(editable, addForm(m)),
                .if(
                    editable && !lines.isEmpty,
                    .form(
                        .id("declaration-submit"), .method(.post),
                        .action(SiteURL.catalogueDeclarationSubmit(declaration.id ?? UUID()).path),
                        FormParts.csrf(csrf),
                        .h2(.text(m(.catalogueSubmit))),
                        .p(.class("field__hint"), .text(m(.catalogueSubmitHint))),
                        .button(.type(.submit), .class("button"), .text(m(.catalogueSubmit))))),
                .if(isOffice && declaration.state == .submitted, returnForm(m)),
                .p(.a(.href(SiteURL.catalogueDeclarations.path), .text("← " + m(.catalogueDeclarationsTitle))))))
    }

    private func linesTable(_ m: Messages, removable: Bool) -> Node<HTML.BodyContext> {
        .scrollableTable(
            label: m(.catalogueLines),
            .table(
                .class("data-table data-table--wide"), .id("declaration-lines"),
                .thead(
                    .tr(
                        .th(.text(m(.catalogueOccupation))), .th(.text(m(.catalogueChain))),
                        .th(.text(m(.catalogueHeadcount))), .th(.text(m(.catalogueUrgency))),
                        .th(.text(m(.catalogueEducation))), .th(.text(m(.catalogueExperience))),
                        .th(.text(m(.cataloguePay))), .th(.text(m(.catalogueSkills))),
                        .if(removable, .th(.text(m(.catalogueActions)))))),
                .tbody(
                    .forEach(lines) { item in
                        let line = item.line
                        return .tr(
                            .data(named: "occupation", value: line.occupationCode),
                            .th(.attribute(named: "scope", value: "row"), .text(item.occupation)),
                            .td(.text(item.chain)),
                            .td(.class("number"), .text(line.headcount.formatted())),
                            .td(.text(m.urgency(line.urgency))),
                            .td(.text(CatalogueCells.education(line.education, m))),
                            .td(.text(CatalogueCells.experience(line.experienceYears, m))),
                            .td(
                                .class("nowrap"),
                                .text(CatalogueCells.payRange(Money(fen: line.payMinFen), Money(fen: line.payMaxFen)))),
                            .td(.text(line.skillList.joined(separator: "、"))),
                            .if(
                                removable,
                                .td(
                                    .class("nowrap"),
                                    .form(
                                        .class("inline-form"), .method(.post),
                                        .action(SiteURL.catalogueLineDelete(line.id ?? UUID()).path),
                                        FormParts.csrf(csrf),
                                        .button(
                                            .type(.submit), .class("button button--small button--danger"),
                                            .attribute(
                                                named: "aria-label",
                                                value: "\(m(.catalogueRemoveLine)) \(item.occupation)"),
                                            .text(m(.catalogueRemoveLine)))))))
                    })))
    }

    private func addForm(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .id("line-form"), .method(.post), .action(SiteURL.catalogueDeclarationLines(declaration.id ?? UUID()).path),
            FormParts.csrf(csrf),
            .h2(.text(m(.catalogueAddLine))),
            FormParts.field(
                .init(
                    id: "line-occupation", name: "occupation", label: m(.catalogueOccupation),
                    value: input.occupation ?? "", error: errors?["occupation"], hint: m(.catalogueOccupationHint),
                    suggestions: occupations)),
            .div(
                .class("filter-grid"),
                FormParts.select(
                    id: "line-chain", name: "chain", label: m(.catalogueChain),
                    options: [("", m(.catalogueChooseChain))] + chains.map { ($0.code, $0.name) },
                    selected: input.chain, error: errors?["chain"]),
                FormParts.field(
                    .init(
                        id: "line-headcount", name: "headcount", label: m(.catalogueHeadcount), type: .number,
                        value: input.headcount ?? "", error: errors?["headcount"])),
                FormParts.select(
                    id: "line-urgency", name: "urgency", label: m(.catalogueUrgency),
                    options: [("", m(.catalogueChooseUrgency))]
                        + ShortageUrgency.allCases.map { ($0.rawValue, m.urgency($0)) },
                    selected: input.urgency, error: errors?["urgency"]),
                FormParts.select(
                    id: "line-education", name: "education", label: m(.catalogueEducation),
                    options: [("", m(.catalogueNotRequired))]
                        + EducationLevel.allCases.map { ($0.rawValue, m.education($0) + m(.catalogueOrAbove)) },
                    selected: input.education, error: errors?["education"]),
                FormParts.field(
                    .init(
                        id: "line-experience", name: "experienceYears", label: m(.catalogueExperience), type: .number,
                        value: input.experienceYears ?? "", error: errors?["experienceYears"], required: false)),
                FormParts.field(
                    .init(
                        id: "line-pay-min", name: "payMinYuan", label: m(.cataloguePayMin),
                        value: input.payMinYuan ?? "", error: errors?["payMinYuan"])),
                FormParts.field(
                    .init(
                        id: "line-pay-max", name: "payMaxYuan", label: m(.cataloguePayMax),
                        value: input.payMaxYuan ?? "", error: errors?["payMaxYuan"]))),
            FormParts.textarea(
                id: "line-skills", name: "skills", label: m(.catalogueSkills), value: input.skills,
                hint: m(.catalogueSkillsHint), error: errors?["skills"], rows: 2),
            .button(.type(.submit), .class("button"), .text(m(.catalogueAddLineButton))))
    }

    private func returnForm(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .id("declaration-return"), .method(.post),
            .action(SiteURL.catalogueDeclarationReturn(declaration.id ?? UUID()).path),
            FormParts.csrf(csrf),
            .h2(.text(m(.catalogueReturn))),
            FormParts.textarea(
                id: "return-reason", name: "reason", label: m(.catalogueReturnReason), value: nil,
                error: errors?["reason"], rows: 3),
            .button(.type(.submit), .class("button button--danger"), .text(m(.catalogueReturn))))
    }
}

/// A declaration's or an edition's state as a badge.
enum CatalogueBadges {
    static func state(_ state: ShortageDeclaration.State, _ m: Messages) -> Node<HTML.BodyContext> {
        .span(
            .class(state == .returned ? "badge badge--warn" : "badge"), .data(named: "state", value: state.rawValue),
            .text(m.declarationState(state)))
    }

    static func state(_ state: CatalogueEdition.State, _ m: Messages) -> Node<HTML.BodyContext> {
        .span(
            .class(state == .published ? "badge badge--digital" : "badge"),
            .data(named: "state", value: state.rawValue), .text(m.editionState(state)))
    }
}
