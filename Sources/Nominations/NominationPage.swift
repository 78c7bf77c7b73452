import Foundation
import SiteKit
import TalentDomain

/// `/nominations/{id}`: one list — the programme and the policy's sentence, the digital
/// share as the list is built (where the programme follows the rule) with the count it
/// still needs, the candidates, and by state: the search that adds candidates, submit
/// and discard (a draft), or each candidate's outcome (a submitted list).
package struct NominationPageModel {
    package var list: NominationList
    package var programme: NominationProgramme
    package var districtName: String?
    package var candidates: [NominationQuery.Candidate]
    package var share: NominationShare
    /// The search's text and what it found (nil before a search).
    package var query: String?
    package var matches: [NominationMatch]?
    package var csrf: String
    package var today: CalendarDate
    package var errors: FieldErrors.Shown?
    package var notice: String?

    private var isDraft: Bool { list.state == .draft }
    private var listID: UUID { list.id ?? UUID() }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let policy = layout.policy
        let name = programme.name.text(m.language)
        let title = "\(name) · \(list.year)" + (districtName.map { " · \($0)" } ?? "")
        let department = policy.department(list.departmentCode)?.shortName.text(m.language) ?? list.departmentCode
        let measure = policy.measure(programme.measure)
        return layout.render(
            title: title,
            body: .group(
                .p(.a(.href(SiteURL.nominations.path), .text(m(.nominationBack)))),
                .h1(.text(title)),
                FormParts.notice(notice),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
                facts(m, department: department, measure: measure),
                .if(programme.followsNominationRule, shareSection(m, policy.nominationRule)),
                candidatesSection(m),
                .if(isDraft, .group(addSection(m), submitSection(m)))))
    }

    private func facts(_ m: Messages, department: String, measure: Measure?) -> Node<HTML.BodyContext> {
        let state = m.nominationState(list.state)
        let sent = list.submittedAt.map { " · " + m(.nominationSubmittedOn(date: ZiboTime.day($0))) } ?? ""
        let basis = (measure.map { $0.title.text(m.language) + "：" } ?? "") + programme.source.text(m.language)
        return .dl(
            .class("facts"),
            .dt(.text(m(.nominationState))), .dd(.id("list-state"), .text(state + sent)),
            .dt(.text(m(.nominationDepartment))), .dd(.text(department)),
            .dt(.text(m(.nominationMeasure))), .dd(.text(basis)))
    }

    /// The share, announced to screen readers as it changes after each step.
    private func shareSection(_ m: Messages, _ rule: NominationRule) -> Node<HTML.BodyContext> {
        let line = m(
            .nominationShareLine(
                digital: share.digital, total: share.total, percent: share.percent, minimum: share.minPercent))
        let verdict = share.isSatisfied ? m(.nominationShareMet) : m(.nominationShareNeeds(share))
        let meter: Node<HTML.BodyContext> = .element(
            named: "meter",
            nodes: [
                .class("share-meter"), .attribute(named: "min", value: "0"), .attribute(named: "max", value: "100"),
                .attribute(named: "low", value: String(rule.minDigitalSharePercent)),
                .attribute(named: "optimum", value: "100"),
                .attribute(named: "value", value: String(share.percent)),
                .attribute(named: "aria-labelledby", value: "share-heading"),
                .text("\(share.percent)%"),
            ])
        return .section(
            .id("share"), .class("card"), .attribute(named: "aria-labelledby", value: "share-heading"),
            .data(named: "satisfied", value: share.isSatisfied ? "true" : "false"),
            .h2(.id("share-heading"), .text(m(.nominationShareHeading))),
            meter,
            .p(.attribute(named: "role", value: "status"), .text(line + " "), .strong(.text(verdict))))
    }

    private func candidatesSection(_ m: Messages) -> Node<HTML.BodyContext> {
        let ofTalents = programme.candidates == .talent
        let recording = list.state == .submitted
        var headings = [m(.nominationName)]
        if ofTalents { headings += [m(.nominationIDNumber), m(.nominationSkillLevel), m(.nominationOccupations)] }
        if programme.asksProject { headings.append(m(.nominationProject)) }
        headings.append(m(.nominationOutcomeColumn))
        if isDraft { headings.append(m(.nominationActions)) }
        let head: Node<HTML.TableContext> = .thead(.tr(.forEach(headings) { .th(.text($0)) }))
        let rows: [Node<HTML.TableContext>] = candidates.map { row($0, m, ofTalents: ofTalents, recording: recording) }
        let table: Node<HTML.BodyContext> = .table(
            .class("data-table data-table--wide"), .id("candidates"), head, .tbody(.group(rows)))
        return .section(
            .attribute(named: "aria-labelledby", value: "candidates-heading"),
            .h2(.id("candidates-heading"), .text("\(m(.nominationCandidates))（\(candidates.count)）")),
            candidates.isEmpty
                ? .p(.class("empty-state"), .text(m(.nominationNoCandidates)))
                : .scrollableTable(label: m(.nominationCandidates), table))
    }

    private func row(
        _ candidate: NominationQuery.Candidate, _ m: Messages, ofTalents: Bool, recording: Bool
    ) -> Node<HTML.TableContext> {
        let occupations = candidate.occupations.map { m.language == .zh ? $0.zh : $0.en }
        var cells: [Node<HTML.TableRowContext>] = [.td(.text(candidate.name), digitalBadge(candidate.digital, m))]
        if ofTalents {
            cells += [
                .td(.text(candidate.residentIDMasked ?? "—")),
                .td(.text(candidate.skillLevel.map { m.skillLevel($0) } ?? "—")),
                .td(.text(occupations.isEmpty ? "—" : occupations.joined(separator: "、"))),
            ]
        }
        if programme.asksProject { cells.append(.td(.text(candidate.projectTitle ?? "—"))) }
        // A submitted list's pending candidate: the outcome is recorded in its cell.
        let decided = [candidate.outcomeOn, candidate.outcomeNote].compactMap { $0 }.joined(separator: " · ")
        cells.append(
            recording && candidate.outcome == nil
                ? .td(outcomeForm(candidate, m))
                : .td(
                    .text(m.nominationOutcome(candidate.outcome)),
                    .if(!decided.isEmpty, .span(.class("muted"), .text(" · " + decided)))))
        if isDraft { cells.append(.td(removeForm(candidate, m))) }
        return .tr(.data(named: "digital", value: candidate.digital ? "true" : "false"), .group(cells))
    }

    private func digitalBadge(_ digital: Bool, _ m: Messages) -> Node<HTML.BodyContext> {
        digital ? .group(.text(" "), .span(.class("badge badge--digital"), .text(m(.nominationDigital)))) : .empty
    }

    private func removeForm(_ candidate: NominationQuery.Candidate, _ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .method(.post), .action(SiteURL.nominationCandidateRemove(candidate.id).path),
            FormParts.csrf(csrf),
            .button(
                .type(.submit), .class("button button--secondary button--small"),
                .attribute(named: "aria-label", value: "\(m(.nominationRemove)) \(candidate.name)"),
                .text(m(.nominationRemove))))
    }

    /// One row's outcome, compact: the labels are there for screen readers, the row says whose.
    private func outcomeForm(_ candidate: NominationQuery.Candidate, _ m: Messages) -> Node<HTML.BodyContext> {
        let id = candidate.id.uuidString.prefix(8)
        let hidden = { (field: String, label: Message) -> Node<HTML.FormContext> in
            .label(.for("\(field)-\(id)"), .class("visually-hidden"), .text("\(m(label)) \(candidate.name)"))
        }
        return .form(
            .class("inline-form outcome-form"), .method(.post),
            .action(SiteURL.nominationCandidateOutcome(candidate.id).path),
            FormParts.csrf(csrf),
            hidden("outcome", .nominationOutcome),
            .select(
                .id("outcome-\(id)"), .attribute(named: "name", value: "outcome"),
                FormParts.option(
                    NominationCandidate.Outcome.selected.rawValue, m(.nominationSelected), selected: false),
                FormParts.option(
                    NominationCandidate.Outcome.notSelected.rawValue, m(.nominationNotSelected), selected: false)),
            hidden("decided", .nominationDecidedOn),
            .input(.id("decided-\(id)"), .name("decidedOn"), .type(.date), .value(today.description)),
            hidden("note", .nominationNote),
            .input(
                .id("note-\(id)"), .name("note"), .type(.text),
                .attribute(named: "placeholder", value: m(.nominationNote))),
            .button(.type(.submit), .class("button button--small"), .text(m(.nominationRecordOutcome))))
    }

    private func addSection(_ m: Messages) -> Node<HTML.BodyContext> {
        let ofTalents = programme.candidates == .talent
        return .section(
            .id("add"), .attribute(named: "aria-labelledby", value: "add-heading"),
            .h2(.id("add-heading"), .text(m(.nominationAddHeading))),
            .form(
                .class("search-form"), .method(.get), .action(SiteURL.nomination(listID).path + "#add"),
                FormParts.field(
                    .init(
                        id: "candidate-search", name: "q", label: m(.nominationSearch), type: .search,
                        value: query ?? "",
                        hint: ofTalents ? m(.nominationSearchTalentHint) : m(.nominationSearchOrganizationHint))),
                .button(.type(.submit), .class("button button--secondary"), .text(m(.nominationSearchButton)))),
            found(m, ofTalents: ofTalents))
    }

    private func found(_ m: Messages, ofTalents: Bool) -> Node<HTML.BodyContext> {
        guard let matches else { return .empty }
        guard !matches.isEmpty else { return .p(.class("empty-state"), .text(m(.nominationNoResults))) }
        let items: [Node<HTML.ListContext>] = matches.map { match($0, m, ofTalents: ofTalents) }
        return .ul(.class("card-list"), .id("matches"), .group(items))
    }

    private func match(_ match: NominationMatch, _ m: Messages, ofTalents: Bool) -> Node<HTML.ListContext> {
        let details = [match.detail, match.skillLevel.map { m.skillLevel($0) }].compactMap { $0 }
        let summary: Node<HTML.BodyContext> = .p(
            .strong(.text(match.name)), digitalBadge(match.digital, m),
            .if(!details.isEmpty, .span(.class("muted"), .text(" · " + details.joined(separator: " · ")))))
        let action: Node<HTML.BodyContext> =
            if let blocked = match.blocked {
                .p(.class("muted"), .text(m(blocked)))
            } else {
                addForm(match, m, ofTalents: ofTalents)
            }
        return .li(.class("card"), summary, action)
    }

    private func addForm(_ match: NominationMatch, _ m: Messages, ofTalents: Bool) -> Node<HTML.BodyContext> {
        let project: Node<HTML.FormContext> =
            programme.asksProject
            ? FormParts.field(
                .init(
                    id: "project-\(match.id.uuidString.prefix(8))", name: "projectTitle", label: m(.nominationProject),
                    error: errors?["projectTitle"]))
            : .empty
        return .form(
            .class("inline-form"), .method(.post), .action(SiteURL.nominationCandidates(listID).path),
            FormParts.csrf(csrf),
            .input(.type(.hidden), .name(ofTalents ? "talentID" : "organizationID"), .value(match.id.uuidString)),
            project,
            .button(
                .type(.submit), .class("button button--small"),
                .attribute(named: "aria-label", value: "\(m(.nominationAdd)) \(match.name)"),
                .text(m(.nominationAdd))))
    }

    private func submitSection(_ m: Messages) -> Node<HTML.BodyContext> {
        .section(
            .class("button-row"), .id("list-actions"),
            .form(
                .method(.post), .action(SiteURL.nominationSubmit(listID).path), FormParts.csrf(csrf),
                .p(.class("field__hint"), .text(m(.nominationSubmitHint))),
                .button(.type(.submit), .class("button"), .text(m(.nominationSubmit)))),
            .form(
                .method(.post), .action(SiteURL.nominationDiscard(listID).path), FormParts.csrf(csrf),
                .data(named: "confirm", value: m(.nominationDiscardHint)),
                .p(.class("field__hint"), .text(m(.nominationDiscardHint))),
                .button(.type(.submit), .class("button button--danger"), .text(m(.nominationDiscard)))))
    }
}
