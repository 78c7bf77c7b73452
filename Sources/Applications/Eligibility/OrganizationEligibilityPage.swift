import Foundation
import Organizations
import SiteKit
import TalentDomain

/// An organisation's "我能申报什么" (M4): what it declared of itself, the form to declare
/// it again (for its own staff and administrators), and each enterprise loan with its
/// decision and reasons.
package struct OrganizationEligibilityPageModel {
    package var organization: Organization
    package var eligibility: OrganizationEligibility
    /// The viewer may declare the facts: the form's token; nil for a reader.
    package var csrf: String?
    /// A refused declaration, shown again with its reasons.
    package var input: OrganizationFactsInput?
    package var errors = FieldErrors()
    package var notice: String?
    /// Set for the organisation's own employer accounts: the "开始申报" buttons' token.
    package var applyCSRF: String?
    /// Its applications still open, by `kind|basis`, to link instead of a second start.
    package var openApplications: [String: UUID] = [:]
    /// A start the workflow refused: shown again in its card with the reasons.
    package var failedStart: EligibilityPageModel.FailedStart?
    /// The key industry chains to choose the organisation's from.
    package var chains: [(code: String, name: String)] = []

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let policy = layout.policy
        let title = m(.eligibilityTitleOf(name: organization.name))
        let shown = errors.shown(in: m)
        let loans: [Node<HTML.ListContext>] = EligibilityPageModel.byOutcome(eligibility.loans, \.decision.outcome)
            .map { ruling in
                EligibilityPageModel.loanCard(
                    ruling, m, policy,
                    start: EligibilityPageModel.start(
                        rule: ruling.ruleID, basisID: ruling.ruleID, outcome: ruling.decision.outcome, csrf: applyCSRF,
                        open: openApplications, failed: failedStart, policy, m))
            }
        return layout.render(
            title: title,
            body: .group(
                .h1(.text(title)),
                .p(
                    .class("lead"),
                    .text(
                        m(
                            .organizationEligibilityIntro(
                                date: eligibility.asOf.description, policy: policy.title.text(m.language))))),
                FormParts.notice(notice),
                FormParts.errorSummary(title: m(.formErrorsTitle), shown.messages),
                facts(m, shown),
                chain(m),
                .section(
                    .id("eligibility-loans"), .attribute(named: "aria-labelledby", value: "loans-heading"),
                    .h2(.id("loans-heading"), .text(m(.eligibilityLoansHeading))),
                    .if(loans.isEmpty, .p(.class("empty-state"), .text(m(.organizationNoLoans)))),
                    .ul(.class("card-list"), .group(loans)))))
    }

    /// The key industry chain it belongs to, and for those who may change it the form.
    private func chain(_ m: Messages) -> Node<HTML.BodyContext> {
        let current = organization.chainCode.map { code in chains.first { $0.code == code }?.name ?? code }
        let form: Node<HTML.BodyContext>
        if let csrf, let id = organization.id {
            form = .form(
                .class("filters"), .id("chain-form"), .method(.post), .action(SiteURL.organizationChain(id).path),
                FormParts.csrf(csrf),
                FormParts.select(
                    id: "organization-chain", name: "chain", label: m(.organizationChain),
                    options: [("", m(.organizationChainNone))] + chains.map { ($0.code, $0.name) },
                    selected: organization.chainCode),
                .button(.type(.submit), .class("button"), .text(m(.organizationChainSave))))
        } else {
            form = .empty
        }
        return .section(
            .id("organization-chain-section"), .attribute(named: "aria-labelledby", value: "chain-heading"),
            .h2(.id("chain-heading"), .text(m(.organizationChain))),
            .p(.class("muted"), .text(m(.organizationChainIntro))),
            .p(.id("organization-chain-current"), .text(current ?? m(.organizationChainNone))), form)
    }

    /// What was declared, and the form that declares it again.
    private func facts(_ m: Messages, _ shown: FieldErrors.Shown) -> Node<HTML.BodyContext> {
        let o = organization
        func fact(_ label: Message, _ value: String?) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(m(label))), .dd(.text(value ?? m(.organizationFactUndeclared))))
        }
        let list: Node<HTML.BodyContext> = .dl(
            .class("facts"), .id("organization-facts"),
            fact(.organizationFactsYear, o.factsYear.map(String.init)),
            fact(.organizationStaffCount, o.staffCount.map(String.init)),
            fact(.organizationRevenue, o.revenueFen.map { Money(fen: $0).formatted }),
            fact(.organizationNewHireShare, o.newHireKeyGroupPercent.map { "\($0)%" }))
        let form: Node<HTML.BodyContext>
        if let csrf, let id = o.id {
            let value = { (typed: String?, stored: String?) in (input == nil ? stored : typed) ?? "" }
            form = .form(
                .id("facts-form"), .method(.post), .action(SiteURL.organizationFacts(id).path),
                FormParts.csrf(csrf),
                FormParts.field(
                    .init(
                        id: "facts-year", name: "year", label: m(.organizationFactsYear),
                        value: value(input?.year, o.factsYear.map(String.init)), error: shown["year"])),
                FormParts.field(
                    .init(
                        id: "facts-staff", name: "staffCount", label: m(.organizationStaffCount),
                        value: value(input?.staffCount, o.staffCount.map(String.init)), error: shown["staffCount"],
                        required: false, hint: m(.organizationFactHint))),
                FormParts.field(
                    .init(
                        id: "facts-revenue", name: "revenueYuan", label: m(.organizationRevenue),
                        value: value(input?.revenueYuan, o.revenueFen.map { Money(fen: $0).yuanText }),
                        error: shown["revenueYuan"], required: false, hint: m(.organizationFactHint))),
                FormParts.field(
                    .init(
                        id: "facts-share", name: "newHireKeyGroupPercent", label: m(.organizationNewHireShare),
                        value: value(input?.newHireKeyGroupPercent, o.newHireKeyGroupPercent.map(String.init)),
                        error: shown["newHireKeyGroupPercent"], required: false, hint: m(.organizationFactHint))),
                .button(.type(.submit), .class("button"), .text(m(.organizationFactsSave))))
        } else {
            form = .empty
        }
        return .section(
            .id("organization-facts-section"), .attribute(named: "aria-labelledby", value: "facts-heading"),
            .h2(.id("facts-heading"), .text(m(.organizationFactsHeading))),
            .p(.class("muted"), .text(m(.organizationFactsIntro))),
            list, form)
    }
}
