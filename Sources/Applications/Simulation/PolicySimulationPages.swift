import Foundation
import SiteKit
import TalentDomain

/// `/admin/policy-simulations`: the upload of a draft policy and the recent simulations.
package struct PolicySimulationFormPageModel {
    package var csrf: String
    package var error: String?
    package var recent: [PolicySimulationRun]

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.simulationsTitle),
            body: .group(
                .h1(.text(m(.simulationsTitle))),
                .p(.class("lead"), .text(m(.simulationsIntro))),
                FormParts.errorSummary(title: m(.formErrorsTitle), error.map { [$0] } ?? []),
                .form(
                    .id("simulation-form"), .method(.post), .enctype(.multipartData),
                    .action(SiteURL.policySimulations.path),
                    FormParts.csrf(csrf),
                    .div(
                        .class(error == nil ? "field" : "field field--error"),
                        .label(.for("simulation-file"), .text(m(.simulationFile))),
                        .p(.id("simulation-file-hint"), .class("field__hint"), .text(m(.simulationFileHint))),
                        .input(
                            .id("simulation-file"), .type(.file), .name("file"),
                            .attribute(named: "required", value: "required"),
                            .attribute(named: "accept", value: ".yaml,.yml,text/yaml,application/yaml"),
                            .attribute(named: "aria-describedby", value: "simulation-file-hint"))),
                    .button(.type(.submit), .class("button"), .text(m(.simulationSubmit)))),
                .if(
                    !recent.isEmpty,
                    .section(
                        .h2(.text(m(.simulationRecent))),
                        .ul(
                            .id("simulations"),
                            .forEach(recent) { run in
                                .li(
                                    .a(
                                        .href(SiteURL.policySimulation(run.id ?? UUID()).path),
                                        .text("\(run.createdAt.map(ZiboTime.timestamp) ?? "") · \(run.fileName)")),
                                    .text(" · \(run.draftLabel) · " + Self.state(run.status, m)))
                            })))))
    }

    static func state(_ status: PolicySimulationRun.Status, _ m: Messages) -> String {
        switch status {
        case .running: m(.simulationStateRunning)
        case .done: m(.simulationStateDone)
        case .failed: m(.simulationStateFailed)
        }
    }
}

/// `/admin/policy-simulations/{id}`: progress while the job runs (the page reloads itself),
/// then the report — rule by rule, where it changes, the money, and a masked sample.
package struct PolicySimulationPageModel {
    package var run: PolicySimulationRun
    package var progress: Job?
    /// District and occupation names by code, in the reader's language.
    package var districtNames: [String: String]
    package var occupationNames: [String: String]
    /// How many occupations a rule lists on the page; the download has them all.
    static let occupationsShown = 15

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.simulationResultTitle),
            body: .group(
                .h1(.text(m(.simulationResultTitle))),
                .p(.class("lead"), .text(m(.simulationCompare(draft: run.draftLabel, active: run.activeLabel)))),
                .p(.text("\(run.fileName) · \(run.createdAt.map(ZiboTime.timestamp) ?? "")")),
                status(m),
                run.report.map { report(of: $0, m) } ?? .empty,
                .p(.a(.href(SiteURL.policySimulations.path), .text(m(.simulationAgain))))))
    }

    private func status(_ m: Messages) -> Node<HTML.BodyContext> {
        switch run.status {
        case .running:
            let (done, total) = (progress?.done ?? 0, max(progress?.total ?? 0, 1))
            return .div(
                .id("simulation-status"), .attribute(named: "role", value: "status"),
                .attribute(named: "aria-live", value: "polite"),
                .p(
                    .text(
                        done == 0
                            ? m(.simulationQueued)
                            : m(.simulationRunning(done: done.formatted(), total: total.formatted())))),
                .element(
                    named: "progress",
                    nodes: [
                        .attribute(named: "max", value: String(total)),
                        .attribute(named: "value", value: String(min(done, total))),
                        .attribute(named: "aria-label", value: m(.simulationResultTitle)),
                    ]),
                .span(.data(named: "refresh-seconds", value: "2")))
        case .failed:
            return .p(
                .id("simulation-status"), .class("error-summary"),
                .text(m(.simulationFailed(reason: run.problemText(m.language) ?? ""))))
        case .done:
            return .empty
        }
    }

    private func report(of report: PolicySimulation.Report, _ m: Messages) -> Node<HTML.BodyContext> {
        let changed = report.rules.filter(\.changes)
        let delta = Money(fen: report.moneyAfter.fen - report.moneyBefore.fen)
        return .group(
            .div(
                .id("simulation-summary"), .class("notice"), .attribute(named: "role", value: "status"),
                .p(
                    .text(
                        m(
                            .simulationSummary(
                                people: (report.subjects - (report.organisations ?? 0)).formatted(),
                                organisations: (report.organisations ?? 0).formatted(),
                                affected: report.affected.formatted())))),
                .p(
                    .text(
                        m(
                            .simulationMoney(
                                before: report.moneyBefore.formatted, after: report.moneyAfter.formatted,
                                delta: Self.signed(delta)))))),
            .p(.class("field__hint"), .text(m(.simulationMoneyNote))),
            .if(
                report.rules.contains { $0.isLoan == true },
                .p(.class("field__hint"), .text(m(.simulationLoanNote)))),
            .p(
                .a(
                    .class("button button--secondary"),
                    .href(SiteURL.policySimulationWorkbook(run.id ?? UUID()).path),
                    .text(m(.simulationDownload)))),
            .scrollableTable(label: m(.simulationResultTitle), rulesTable(report.rules, m)),
            changed.isEmpty
                ? .p(.class("empty-state"), .text(m(.simulationNothingChanges)))
                : .group(changed.map { details($0, m) }),
            samples(report.samples, m))
    }

    private func rulesTable(_ rules: [PolicySimulation.RuleTally], _ m: Messages) -> Node<HTML.BodyContext> {
        .table(
            .class("data-table data-table--wide"), .id("simulation-rules"),
            .thead(
                .tr(
                    .th(.text(m(.simulationRule))), .th(.text(m(.simulationActive))), .th(.text(m(.simulationDraft))),
                    .th(.class("number"), .text(m(.simulationGained))),
                    .th(.class("number"), .text(m(.simulationLost))),
                    .th(.class("number"), .text(m(.simulationMoneyDelta))))),
            .tbody(
                .forEach(rules) { rule in
                    .tr(
                        .data(named: "rule", value: rule.ruleID),
                        .data(named: "changes", value: rule.changes ? "yes" : "no"),
                        .td(
                            .text(rule.text.text(m.language)),
                            .br(),
                            .small(.class("muted"), .text("\(rule.measure) · \(rule.ruleID)")),
                            .if(!rule.inDraft, .span(.class("badge badge--warn"), .text(m(.simulationRuleRemoved)))),
                            .if(!rule.inActive, .span(.class("badge"), .text(m(.simulationRuleNew))))),
                        Self.counts(rule.before, m), Self.counts(rule.after, m),
                        .td(.class("number"), .text(rule.shift.gained.formatted())),
                        .td(.class("number"), .text(rule.shift.lost.formatted())),
                        .td(.class("number"), .text(Self.signed(rule.shift.money))))
                }))
    }

    /// Where one rule changes: by district, and by occupation (the largest shifts first).
    private func details(_ rule: PolicySimulation.RuleTally, _ m: Messages) -> Node<HTML.BodyContext> {
        let districts = rule.byDistrict.sorted { $0.key < $1.key }
        let occupations = rule.byOccupation.sorted {
            ($0.value.gained + $0.value.lost, $1.key) > ($1.value.gained + $1.value.lost, $0.key)
        }
        return .section(
            .class("card"), .data(named: "rule", value: rule.ruleID),
            .h2(.text("\(m(.simulationDetails)) · \(rule.ruleID)")),
            .p(.text(rule.text.text(m.language))),
            .h3(.text(m(.simulationByDistrict))),
            .scrollableTable(
                label: "\(m(.simulationByDistrict)) · \(rule.ruleID)",
                groupTable(
                    m(.simulationDistrict), districts.map { (districtNames[$0.key] ?? $0.key, $0.value) }, m)),
            .h3(.text(m(.simulationByOccupation))),
            .scrollableTable(
                label: "\(m(.simulationByOccupation)) · \(rule.ruleID)",
                groupTable(
                    m(.simulationOccupation),
                    occupations.prefix(Self.occupationsShown).map { (occupationName($0.key, m), $0.value) }, m)),
            .if(
                occupations.count > Self.occupationsShown,
                .p(
                    .class("field__hint"),
                    .text(m(.simulationMoreGroups(count: String(occupations.count - Self.occupationsShown)))))))
    }

    private func groupTable(_ heading: String, _ rows: [(String, PolicySimulation.Shift)], _ m: Messages)
        -> Node<HTML.BodyContext>
    {
        .table(
            .class("data-table data-table--wide"),
            .thead(
                .tr(
                    .th(.text(heading)), .th(.class("number"), .text(m(.simulationGained))),
                    .th(.class("number"), .text(m(.simulationLost))),
                    .th(.class("number"), .text(m(.simulationMoneyDelta))))),
            .tbody(
                .forEach(rows) { name, shift in
                    .tr(
                        .td(.text(name)), .td(.class("number"), .text(shift.gained.formatted())),
                        .td(.class("number"), .text(shift.lost.formatted())),
                        .td(.class("number"), .text(Self.signed(shift.money))))
                }))
    }

    private func samples(_ samples: [PolicySimulation.Sample], _ m: Messages) -> Node<HTML.BodyContext> {
        guard !samples.isEmpty else { return .empty }
        return .section(
            .h2(.text(m(.simulationSamples))),
            .scrollableTable(
                label: m(.simulationSamples),
                .table(
                    .class("data-table"), .id("simulation-samples"),
                    .thead(
                        .tr(
                            .th(.text(m(.simulationPerson))), .th(.text(m(.simulationDistrict))),
                            .th(.text(m(.simulationChanges))))),
                    .tbody(
                        .forEach(samples) { sample in
                            .tr(
                                .td(
                                    UUID(uuidString: sample.id).map {
                                        let page: SiteURL =
                                            sample.isOrganisation == true ? .organizationEligibility($0) : .talent($0)
                                        return .a(.href(page.path), .text(sample.maskedName))
                                    } ?? .text(sample.maskedName)),
                                .td(.text(districtNames[sample.district] ?? sample.district)),
                                .td(
                                    .ul(
                                        .class("plain-list"),
                                        .forEach(sample.changes) { change in
                                            .li(.text(Self.change(change, m)))
                                        })))
                        }))))
    }

    private func occupationName(_ code: String, _ m: Messages) -> String {
        code.isEmpty ? m(.simulationNoOccupation) : occupationNames[code].map { "\($0)（\(code)）" } ?? code
    }

    /// 符合 n over 待审核 n, one to a line.
    static func counts(_ counts: PolicySimulation.Counts, _ m: Messages) -> Node<HTML.TableRowContext> {
        .td(
            .class("number"), .text(m(.simulationEligibleCount(count: counts.eligible.formatted()))), .br(),
            .text(m(.simulationReviewCount(count: counts.needsReview.formatted()))))
    }

    static func change(_ change: PolicySimulation.Change, _ m: Messages) -> String {
        var text = "\(change.ruleID)：\(m.outcome(change.before)) → \(m.outcome(change.after))"
        if change.moneyBefore != change.moneyAfter {
            text += "（\(change.moneyBefore.formatted) → \(change.moneyAfter.formatted)）"
        }
        return text
    }

    /// `+¥600.00`, `-¥1,500.00`, `¥0.00`.
    static func signed(_ money: Money) -> String {
        money.fen > 0 ? "+\(money.formatted)" : money.formatted
    }
}
