import Foundation
import SiteKit
import TalentDomain

/// `/catalogue/editions`: every edition, drafts too, with the form that compiles the
/// year's draft from the submitted declarations (the catalogue's departments only).
package struct CatalogueEditionsPageModel {
    package struct Row: Sendable {
        package var edition: CatalogueEdition
        package var entries: Int
    }

    package var rows: [Row]
    package var mayCompile: Bool
    package var years: [Int]
    /// Submitted declarations waiting for the next compilation, by year.
    package var submitted: [Int: Int]
    package var year: String?
    package var errors: FieldErrors.Shown?
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        var parts: [Node<HTML.BodyContext>] = [
            .h1(.text(m(.catalogueEditionsTitle))), .p(.class("lead"), .text(m(.catalogueEditionsIntro))),
            FormParts.notice(notice), FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
        ]
        if mayCompile { parts.append(compileForm(m)) }
        parts.append(.p(.a(.href(SiteURL.catalogueDeclarations.path), .text(m(.catalogueDeclarationsTitle) + " →"))))
        parts.append(
            rows.isEmpty ? .p(.class("empty-state"), .id("editions-empty"), .text(m(.catalogueNoEditions))) : table(m))
        return layout.render(title: m(.catalogueEditionsTitle), body: .group(parts))
    }

    private func table(_ m: Messages) -> Node<HTML.BodyContext> {
        let columns: [Message] = [
            .catalogueYear, .catalogueEditionNumber, .catalogueState, .catalogueEntryCount, .catalogueDeclarationCount,
            .catalogueCompiledAt, .cataloguePublishedAt,
        ]
        return .scrollableTable(
            label: m(.catalogueEditionsTitle),
            .table(
                .class("data-table"), .id("editions"),
                .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text(m($0))) })),
                .tbody(.forEach(rows) { row(m, $0) })))
    }

    private func row(_ m: Messages, _ row: Row) -> Node<HTML.TableContext> {
        let edition = row.edition
        return .tr(
            .data(named: "edition", value: edition.id?.uuidString ?? ""),
            .td(.text("\(edition.year)")),
            .th(
                .attribute(named: "scope", value: "row"),
                .a(
                    .href(SiteURL.catalogueEdition(edition.id ?? UUID()).path),
                    .text(m(.catalogueEditionName(number: edition.number))))),
            .td(CatalogueBadges.state(edition.state, m)),
            .td(.class("number"), .text(row.entries.formatted())),
            .td(.class("number"), .text(edition.declarationCount.formatted())),
            .td(.class("nowrap"), .text(ZiboTime.timestamp(edition.compiledAt))),
            .td(.class("nowrap"), .text(edition.publishedAt.map(ZiboTime.timestamp) ?? "—")))
    }

    private func compileForm(_ m: Messages) -> Node<HTML.BodyContext> {
        let options: [(value: String, label: String)] = years.map {
            ("\($0)", m(.catalogueYearWaiting(year: $0, submitted: submitted[$0] ?? 0)))
        }
        return .form(
            .class("filters"), .id("edition-compile"), .method(.post), .action(SiteURL.catalogueEditions.path),
            FormParts.csrf(csrf),
            FormParts.select(
                id: "compile-year", name: "year", label: m(.catalogueYear),
                options: options, selected: year, error: errors?["year"]),
            .button(.type(.submit), .class("button"), .text(m(.catalogueCompile))),
            .p(.class("field__hint"), .text(m(.catalogueCompileHint))))
    }
}

/// `/catalogue/editions/{id}`: one edition — its facts, what it changes against the
/// published one, its entries — and for a draft the forms that publish or discard it.
package struct CatalogueEditionPageModel {
    package var edition: CatalogueEdition
    package var rows: [CatalogueQuery.Row]
    package var correction: CatalogueCorrection?
    package var mayPublish: Bool
    /// Publishing it supersedes the year's published edition (a note is required).
    package var supersedes: Int?
    package var note: String?
    package var errors: FieldErrors.Shown?
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let title = m(.catalogueEditionTitle(year: edition.year, number: edition.number))
        var parts: [Node<HTML.BodyContext>] = [
            .h1(.text(title)), FormParts.notice(notice),
            FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []), facts(m),
        ]
        if edition.state == .published {
            parts.append(.p(.a(.href(SiteURL.catalogueYear(edition.year).path), .text(m(.catalogueSeePublic) + " →"))))
        }
        if let correction { parts.append(CatalogueCells.correction(correction, layout)) }
        parts.append(.h2(.text(m(.catalogueEntries))))
        parts.append(rows.isEmpty ? .p(.class("empty-state"), .text(m(.catalogueNoMatch))) : entries(title, layout))
        // Publishing comes after the entries: one reads what one publishes.
        if edition.state == .draft, mayPublish { parts.append(actions(m, edition.id ?? UUID())) }
        parts.append(.p(.a(.href(SiteURL.catalogueEditions.path), .text("← " + m(.catalogueEditionsTitle)))))
        return layout.render(title: title, body: .group(parts))
    }

    private func facts(_ m: Messages) -> Node<HTML.BodyContext> {
        var items: [(String, Node<HTML.BodyContext>)] = [
            (m(.catalogueState), CatalogueBadges.state(edition.state, m)),
            (m(.catalogueDeclarationCount), .text(edition.declarationCount.formatted())),
            (m(.catalogueEntryCount), .text(rows.count.formatted())),
            (m(.catalogueCompiledAt), .text(ZiboTime.timestamp(edition.compiledAt))),
        ]
        if let published = edition.publishedAt {
            items.append((m(.cataloguePublishedAt), .text(ZiboTime.timestamp(published))))
        }
        if let note = edition.note { items.append((m(.catalogueCorrectionNote), .text(note))) }
        return .dl(.class("facts"), .forEach(items) { item in .group(.dt(.text(item.0)), .dd(item.1)) })
    }

    private func entries(_ title: String, _ layout: Layout) -> Node<HTML.BodyContext> {
        let m = layout.messages
        let columns: [Message] = [
            .catalogueOccupation, .catalogueHeadcount, .catalogueUrgency, .catalogueEducation, .catalogueExperience,
            .cataloguePay, .catalogueSkills, .catalogueEmployers,
        ]
        return .scrollableTable(
            label: title,
            .table(
                .class("data-table data-table--wide"), .id("edition-entries"),
                .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text(m($0))) })),
                .tbody(.forEach(rows) { CatalogueCells.row($0, layout) })))
    }

    private func hint(_ m: Messages) -> String {
        supersedes.map { m(.cataloguePublishCorrectionHint(number: $0)) } ?? m(.cataloguePublishHint)
    }

    private func actions(_ m: Messages, _ id: UUID) -> Node<HTML.BodyContext> {
        .group(
            .form(
                .id("edition-publish"), .method(.post), .action(SiteURL.catalogueEditionPublish(id).path),
                FormParts.csrf(csrf),
                .h2(.text(m(.cataloguePublish))),
                .p(.class("field__hint"), .text(hint(m))),
                // Only a correction says what it corrects.
                .if(
                    supersedes != nil,
                    FormParts.textarea(
                        id: "publish-note", name: "note", label: m(.catalogueCorrectionNote), value: note,
                        error: errors?["note"], rows: 2)),
                .button(.type(.submit), .class("button"), .text(m(.cataloguePublish)))),
            .details(
                .class("row-details"),
                .summary(.text(m(.catalogueDiscard))),
                .form(
                    .id("edition-discard"), .method(.post), .action(SiteURL.catalogueEditionDiscard(id).path),
                    FormParts.csrf(csrf),
                    .p(.text(m(.catalogueDiscardConfirm))),
                    .button(.type(.submit), .class("button button--danger"), .text(m(.catalogueDiscard))))))
    }
}
