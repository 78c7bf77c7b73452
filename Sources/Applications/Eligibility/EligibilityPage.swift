import Foundation
import Reference
import SiteKit
import TalentDomain
import TalentPool

/// "我能申报什么": every rule the policy applies to one talent, its outcome and the reasons,
/// each with the sentence of the policy it applies — for the talent on their account, and
/// for an officer on any profile they may read.
package struct EligibilityPageModel {
    package var talentName: String
    /// The viewer is the talent themself.
    package var own: Bool
    package var eligibility: TalentEligibility
    /// Names of the occupations the certificates and training name, by code.
    package var occupations: [String: Occupation]
    /// Where the start of work in the field is declared, when the viewer may edit it.
    package var editProfile: SiteURL?
    /// Set for the talent themself: the form token of the "开始申报" buttons.
    package var csrf: String?
    /// Their applications still open, by `kind|basis`, to link instead of a second start.
    package var openApplications: [String: UUID] = [:]
    /// A start the workflow refused: shown again in its card with the reasons.
    package var failedStart: FailedStart?

    package struct FailedStart {
        package var input: ApplicationInput
        package var errors: FieldErrors
    }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let title = own ? m(.eligibilityTitle) : m(.eligibilityTitleOf(name: talentName))
        let intro = m(
            .eligibilityIntro(date: eligibility.asOf.description, policy: layout.policy.title.text(m.language)))
        // What can be applied for first, then what a reviewer decides, then the rest; the
        // policy's order within each.
        let titles: [Node<HTML.ListContext>] = Self.byOutcome(eligibility.titles, \.decision.outcome)
            .map { titleCard($0, m, layout.policy) }
        let subsidies: [Node<HTML.ListContext>] = Self.byOutcome(
            Array(eligibility.subsidies.enumerated()), \.element.decision.outcome
        ).map { subsidyCard($0.element, $0.offset, m, layout) }
        let loans: [Node<HTML.ListContext>] = Self.byOutcome(eligibility.loans, \.decision.outcome)
            .map {
                Self.loanCard(
                    $0, m, layout.policy,
                    start: start(
                        rule: $0.ruleID, basisID: $0.ruleID, outcome: $0.decision.outcome, layout.policy, m))
            }
        let body: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .p(.class("lead"), .text(intro)),
            summary(m),
            yearsInField(m),
            .section(
                .id("eligibility-titles"), .attribute(named: "aria-labelledby", value: "titles-heading"),
                .h2(.id("titles-heading"), .text(m(.eligibilityTitlesHeading))),
                .ul(.class("card-list"), .group(titles))),
            .section(
                .id("eligibility-subsidies"), .attribute(named: "aria-labelledby", value: "subsidies-heading"),
                .h2(.id("subsidies-heading"), .text(m(.eligibilitySubsidiesHeading))),
                .ul(.class("card-list"), .group(subsidies))),
            .if(
                !loans.isEmpty,
                .section(
                    .id("eligibility-loans"), .attribute(named: "aria-labelledby", value: "loans-heading"),
                    .h2(.id("loans-heading"), .text(m(.eligibilityLoansHeading))),
                    .ul(.class("card-list"), .group(loans)))))
        return layout.render(title: title, body: body)
    }

    private func yearsInField(_ m: Messages) -> Node<HTML.BodyContext> {
        let value: Node<HTML.BodyContext>
        if let start = eligibility.fieldWorkStart {
            value = .text(m(.eligibilityYears(years: String(eligibility.yearsInField ?? 0), since: start.description)))
        } else {
            let link: Node<HTML.BodyContext> =
                editProfile.map { .a(.href($0.path), .text(m(.eligibilityDeclareYears))) } ?? .empty
            value = .group(.text(m(.eligibilityYearsUndeclared) + " "), link)
        }
        return .dl(.class("facts"), .dt(.text(m(.eligibilityYearsInField))), .dd(value))
    }

    private func summary(_ m: Messages) -> Node<HTML.BodyContext> {
        let counts = eligibility.counts
        return .p(
            .id("eligibility-summary"), .attribute(named: "role", value: "status"),
            .text(
                m(
                    .eligibilitySummary(
                        eligible: String(counts[.eligible] ?? 0), review: String(counts[.needsReview] ?? 0),
                        not: String(counts[.notEligible] ?? 0)))))
    }

    private func titleCard(_ ruling: TitleEligibility.Ruling, _ m: Messages, _ policy: PolicyDocument)
        -> Node<HTML.ListContext>
    {
        let heading = "title-\(ruling.ruleID)"
        let evidence: Node<HTML.BodyContext> =
            ruling.evidence.map { held in
                .p(
                    .text(
                        m(
                            .eligibilityEvidence(
                                certificate: m.certificate(held.kind, held.level), date: held.issuedOn.description))))
            } ?? .empty
        let reasons = ruling.decision.reasons.map { m.reason($0) }
        return Self.card(
            rule: ruling.ruleID, outcome: ruling.decision.outcome, heading: heading, title: m.grant(ruling.grant), m,
            [
                evidence, Self.reasons(reasons, m),
                start(
                    rule: ruling.ruleID, basisID: ruling.grant.titleApplied.map { _ in ruling.ruleID },
                    outcome: ruling.decision.outcome, policy, m),
                quote(ruling.policyText.text(m.language), m),
            ])
    }

    /// One rule: its heading with the outcome, then what explains it.
    static func card(
        rule: String, outcome: RuleOutcome, heading: String, title: String, _ m: Messages,
        _ content: [Node<HTML.BodyContext>]
    ) -> Node<HTML.ListContext> {
        let badge = Self.badge(outcome, m)
        let head: Node<HTML.BodyContext> = .h3(.id(heading), .text(title + " "), badge)
        return .li(
            .class("card"), .data(named: "rule", value: rule), .data(named: "outcome", value: outcome.rawValue),
            .attribute(named: "aria-labelledby", value: heading), head, .group(content))
    }

    /// A loan product: its cap and what may still be asked, the reasons, `start` (the
    /// button, or what stands for it), the measure's sentence and where the conditions
    /// come from.
    static func loanCard(
        _ ruling: LoanEligibility.Ruling, _ m: Messages, _ policy: PolicyDocument, start: Node<HTML.BodyContext>
    ) -> Node<HTML.ListContext> {
        let conditions: Node<HTML.BodyContext> =
            policy.loanBorrowers.map { .p(.class("muted"), .text($0.source.text(m.language))) } ?? .empty
        return card(
            rule: ruling.ruleID, outcome: ruling.decision.outcome, heading: "loan-\(ruling.product.id)",
            title: ruling.product.label.text(m.language), m,
            [
                .p(.text(m(.loanCap(cap: ruling.product.cap.formatted, available: ruling.available.formatted)))),
                reasons(ruling.decision.reasons.map { m.reason($0) }, m),
                start,
                .element(
                    named: "details",
                    nodes: [
                        .element(named: "summary", text: m(.eligibilityPolicyText)),
                        .p(.class("muted"), .text(ruling.policyText.text(m.language))), conditions,
                    ]),
            ])
    }

    private func subsidyCard(_ ruling: SubsidyEligibility.Ruling, _ index: Int, _ m: Messages, _ layout: Layout)
        -> Node<HTML.ListContext>
    {
        let heading = "subsidy-\(index)"
        let name = { (kind: Subsidy.Kind) in
            layout.policy.subsidies.first { $0.kind == kind }?.label.text(m.language) ?? kind.rawValue
        }
        var content: [Node<HTML.BodyContext>] = []
        if let basis = ruling.basis {
            let amount = ruling.amount.map { m(.subsidyAmount(amount: $0.formatted)) } ?? m(.subsidyAmountByDepartment)
            content += [.p(.text(self.basis(basis, m))), .p(.text(amount))]
        }
        let reasons = ruling.decision.reasons.map { m.reason($0, subsidyName: name) }
        content += [
            Self.reasons(reasons, m),
            start(
                rule: ruling.ruleID, basisID: ruling.basis?.id, outcome: ruling.decision.outcome, layout.policy, m),
            quote(ruling.policyText.text(m.language), m),
        ]
        return Self.card(
            rule: ruling.ruleID, outcome: ruling.decision.outcome, heading: heading,
            title: ruling.label.text(m.language), m, content)
    }

    private func start(rule: String, basisID: String?, outcome: RuleOutcome, _ policy: PolicyDocument, _ m: Messages)
        -> Node<HTML.BodyContext>
    {
        Self.start(
            rule: rule, basisID: basisID, outcome: outcome, csrf: csrf, open: openApplications, failed: failedStart,
            policy, m)
    }

    /// For the applicant themself (`csrf` set), where a kind of application takes the rule
    /// and it is not refused: the button that starts one, or the link to the one already
    /// open. `basisID`: the certificate or training a subsidy is claimed for, or the title
    /// or loan rule's own id.
    static func start(
        rule: String, basisID: String?, outcome: RuleOutcome, csrf: String?, open openApplications: [String: UUID],
        failed failedStart: FailedStart?, _ policy: PolicyDocument, _ m: Messages
    ) -> Node<HTML.BodyContext> {
        guard let csrf, let basisID, outcome != .notEligible, let kind = policy.applicationKind(forRule: rule)
        else { return .empty }
        if let open = openApplications["\(kind.id)|\(basisID)"] {
            return .p(
                .a(
                    .class("button button--secondary"), .href(SiteURL.application(open).path),
                    .text(m(.applicationOpenOne))))
        }
        // The refusal of this very start, when it was refused.
        let failed = failedStart.flatMap { $0.input.kind == kind.id && $0.input.basisID == basisID ? $0 : nil }
        let shown = failed?.errors.shown(in: m)
        let others = (shown?.items ?? []).filter { $0.field != "amountAsked" }.map(\.text)
        let amount: Node<HTML.FormContext> =
            policy.amountIsAsked(for: kind)
            ? FormParts.field(
                .init(
                    id: "amount-" + "\(kind.id)-\(basisID)".filter { $0.isLetter || $0.isNumber || $0 == "-" },
                    name: "amountAsked", label: m(.applicationAmountAsked), value: failed?.input.amountAsked ?? "",
                    error: shown?["amountAsked"], hint: m(.applicationAmountAskedHint)))
            : .empty
        return .form(
            .method(.post), .action(SiteURL.applications.path),
            .forEach(others) { .p(.class("field__error"), .attribute(named: "role", value: "alert"), .text($0)) },
            FormParts.csrf(csrf),
            .input(.type(.hidden), .name("kind"), .value(kind.id)),
            .input(.type(.hidden), .name("basisID"), .value(basisID)),
            amount,
            .button(.type(.submit), .class("button"), .text(m(.applicationStart))))
    }

    private func basis(_ basis: SubsidyEligibility.Basis, _ m: Messages) -> String {
        switch basis {
        case let .certificate(certificate):
            m(
                .subsidyForCertificate(
                    certificate: m.certificate(certificate.kind, certificate.level),
                    occupation: occupationName(certificate.occupationCode, m), date: certificate.issuedOn.description))
        case let .training(training):
            m(
                .subsidyForTraining(
                    occupation: occupationName(training.occupationCode, m), date: training.completedOn.description))
        }
    }

    private func occupationName(_ code: String?, _ m: Messages) -> String {
        guard let code else { return "—" }
        return occupations[code]?.codedName(m.language) ?? code
    }

    static func reasons(_ texts: [String], _ m: Messages) -> Node<HTML.BodyContext> {
        guard !texts.isEmpty else { return .empty }
        let items: [Node<HTML.ListContext>] = texts.map { .li(.text($0)) }
        return .group(
            .p(.class("visually-hidden"), .text(m(.eligibilityReasons))),
            .ul(.class("rules"), .group(items)))
    }

    /// The sentence of the policy, folded: the reasons come first.
    private func quote(_ text: String, _ m: Messages) -> Node<HTML.BodyContext> {
        let summary: Node<HTML.BodyContext> = .element(named: "summary", text: m(.eligibilityPolicyText))
        let sentence: Node<HTML.BodyContext> = .p(.class("muted"), .text(text))
        return .element(named: "details", nodes: [summary, sentence])
    }

    static func byOutcome<Item>(_ items: [Item], _ outcome: KeyPath<Item, RuleOutcome>) -> [Item] {
        [RuleOutcome.eligible, .needsReview, .notEligible].flatMap { wanted in
            items.filter { $0[keyPath: outcome] == wanted }
        }
    }

    static func badge(_ outcome: RuleOutcome, _ m: Messages) -> Node<HTML.BodyContext> {
        let style =
            switch outcome {
            case .eligible: "badge badge--digital"
            case .needsReview: "badge badge--warn"
            case .notEligible: "badge"
            }
        return .span(.class(style), .text(m.outcome(outcome)))
    }
}
