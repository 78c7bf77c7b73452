import Certificates
import Foundation
import SiteKit
import TalentDomain

/// One application: what it claims, its state and deadline, what the rules said at
/// submission, its documents, its history — and the steps the viewer may take: the
/// applicant attaches, submits, withdraws; a reviewer returns, approves, rejects.
package struct ApplicationPageModel {
    package var application: PolicyApplication
    package var applicantName: String
    /// The certificate or training it claims for, or the title rule it is made under, in words.
    package var basis: String?
    /// The title its approval recognised, standing or revoked.
    package var recognition: TitleRecognition?
    /// The reason a refused revocation had, to show again.
    package var revokeReason: String?
    /// The loan its approval granted, repaid or not.
    package var loan: LoanGrant?
    /// The day a refused repayment had, to show again.
    package var repaidOn: String?
    package var attachments: [ApplicationAttachment]
    package var history: [(event: ApplicationEvent, actor: String)]
    package var isApplicant: Bool
    package var isReviewer: Bool
    package var csrf: String
    package var errors = FieldErrors()
    /// The comment and amount a refused step had, to show again.
    package var step = ApplicationStepInput()
    package var notice: String?
    /// The reviewer enters the amount granted: a subsidy whose amount the policy does not
    /// fix (a title application involves none).
    package var reviewerSetsAmount = false

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let policy = layout.policy
        let kind = policy.applicationKind(application.kind)
        let title = kind?.label.text(m.language) ?? application.kind
        let shown = errors.shown(in: m)
        let department = policy.department(application.departmentCode)?.fullName.text(m.language)
        func fact(_ label: Message, _ value: String?) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(m(label))), .dd(.text(value ?? "—")))
        }
        let facts: Node<HTML.BodyContext> = .dl(
            .class("facts"), .id("application-facts"),
            fact(.applicationState, m.applicationState(application.state)),
            fact(.applicationApplicant, applicantName),
            fact(kind?.subsidy == nil ? .applicationRule : .applicationBasisLabel, basis),
            .unwrap(application.amountAskedFen) { fact(.applicationAmountAskedLabel, Money(fen: $0).formatted) },
            .unwrap(application.amountGrantedFen) { fact(.applicationAmountGrantedLabel, Money(fen: $0).formatted) },
            fact(.applicationDepartment, department ?? application.departmentCode),
            fact(.applicationSubmitted, application.submittedAt.map(ZiboTime.timestamp)),
            fact(.applicationDue, application.dueOn))
        return layout.render(
            title: title,
            body: .group(
                .p(
                    .a(
                        .href(SiteURL.applications.path),
                        .text(isApplicant ? m(.applicationsMine) : m(.applicationsQueue)))),
                .h1(.text(title), .span(.class("badge"), .text(m.applicationState(application.state)))),
                FormParts.notice(notice),
                FormParts.errorSummary(title: m(.formErrorsTitle), shown.messages),
                facts,
                decision(m, policy),
                recognised(m, shown),
                lent(m, shown),
                documents(kind, m, shown),
                steps(kind, m, shown),
                timeline(m)))
    }

    /// The engine's outcome and reasons when it was last submitted.
    private func decision(_ m: Messages, _ policy: PolicyDocument) -> Node<HTML.BodyContext> {
        guard let text = application.decision,
            let snapshot = try? JSONDecoder().decode(DecisionSnapshot.self, from: Data(text.utf8))
        else { return .empty }
        return .section(
            .id("application-decision"), .attribute(named: "aria-labelledby", value: "decision-heading"),
            .h2(.id("decision-heading"), .text(m(.applicationDecisionHeading))),
            .p(EligibilityPageModel.badge(snapshot.outcome, m)),
            .if(
                !snapshot.reasons.isEmpty,
                .ul(.class("rules"), .forEach(snapshot.reasons) { .li(.text($0.text.text(m.language))) })))
    }

    /// The title the approval recognised, whether it still stands, and for a reviewer the
    /// form that revokes it.
    private func recognised(_ m: Messages, _ shown: FieldErrors.Shown) -> Node<HTML.BodyContext> {
        guard let recognition, let id = application.id else { return .empty }
        let title = m.titleLevel(recognition.titleLevel)
        let status: Node<HTML.BodyContext> =
            recognition.revokedAt.map { at in
                .p(
                    .class("field__error"),
                    .text(
                        m(
                            .applicationRecognitionRevoked(
                                date: ZiboTime.day(at), reason: recognition.revokeReason ?? ""))
                    ))
            } ?? .empty
        let form: Node<HTML.BodyContext> =
            isReviewer && !recognition.isRevoked
            ? .form(
                .id("revoke-recognition-form"), .method(.post),
                .action(SiteURL.applicationRevokeRecognition(id).path), FormParts.csrf(csrf),
                FormParts.textarea(
                    id: "revoke-reason", name: "reason", label: m(.applicationRevokeReason), value: revokeReason,
                    hint: m(.applicationRevokeHint), error: shown["reason"], rows: 2),
                .button(.type(.submit), .class("button button--danger"), .text(m(.applicationRevokeRecognition))))
            : .empty
        return .section(
            .id("application-recognition"), .attribute(named: "aria-labelledby", value: "recognition-heading"),
            .h2(.id("recognition-heading"), .text(m(.applicationRecognitionHeading))),
            .p(.text(m(.applicationRecognised(title: title, date: recognition.recognisedOn)))),
            status, form)
    }

    /// The loan the approval granted, whether it is repaid, and for a reviewer the form
    /// that records it repaid.
    private func lent(_ m: Messages, _ shown: FieldErrors.Shown) -> Node<HTML.BodyContext> {
        guard let loan, let id = application.id else { return .empty }
        let form: Node<HTML.BodyContext> =
            isReviewer && loan.repaidOn == nil
            ? .form(
                .id("loan-repaid-form"), .method(.post), .action(SiteURL.applicationLoanRepaid(id).path),
                FormParts.csrf(csrf),
                FormParts.field(
                    .init(
                        id: "loan-repaid-on", name: "repaidOn", label: m(.loanRepaidOn), type: .date,
                        value: repaidOn ?? "", error: shown["repaidOn"], hint: m(.loanRepaidHint))),
                .button(.type(.submit), .class("button button--secondary"), .text(m(.loanRecordRepaid))))
            : .empty
        return .section(
            .id("application-loan"), .attribute(named: "aria-labelledby", value: "loan-heading"),
            .h2(.id("loan-heading"), .text(m(.loanHeading))),
            .p(.text(m(.loanGranted(amount: Money(fen: loan.amountFen).formatted, date: loan.grantedOn)))),
            .unwrap(loan.repaidOn) { .p(.text(m(.loanRepaid(date: $0)))) },
            form)
    }

    private func documents(_ kind: ApplicationKind?, _ m: Messages, _ shown: FieldErrors.Shown)
        -> Node<HTML.BodyContext>
    {
        let editable = isApplicant && (application.state == .draft || application.state == .returned)
        let expected = kind?.attachments ?? []
        let items: [Node<HTML.ListContext>] = expected.map { document in
            let files = attachments.filter { $0.code == document.code }
            let links: [Node<HTML.BodyContext>] = files.compactMap { file in
                file.id.map { id in
                    .a(
                        .href(SiteURL.applicationAttachment(id).path),
                        .text("\(file.fileName)（\(ByteCountText.of(file.byteCount))）"))
                }
            }
            let state: Node<HTML.BodyContext> =
                files.isEmpty
                ? .span(
                    .class(document.required ? "badge badge--warn" : "badge"), .text(m(.applicationDocumentMissing)))
                : .group(links.map { .group($0, .text(" ")) })
            return .li(
                .data(named: "document", value: document.code),
                .strong(.text(document.label.text(m.language))),
                .if(document.required, .text("（\(m(.applicationDocumentRequired))）")), .text(" "), state)
        }
        let upload: Node<HTML.BodyContext> =
            editable && application.id != nil
            ? .form(
                .id("attach-form"), .method(.post), .enctype(.multipartData),
                .action(application.id.map { SiteURL.applicationAttachments($0).path } ?? ""),
                FormParts.csrf(csrf),
                FormParts.select(
                    id: "attach-code", name: "code", label: m(.applicationDocumentKind),
                    options: expected.map { ($0.code, $0.label.text(m.language)) }, selected: nil,
                    error: shown["code"]),
                .div(
                    .class(shown["file"] == nil ? "field" : "field field--error"),
                    .label(.for("attach-file"), .text(m(.applicationDocumentFile))),
                    .p(.id("attach-file-hint"), .class("field__hint"), .text(m(.applicationDocumentsHint))),
                    .unwrap(shown["file"]) { .p(.id("attach-file-error"), .class("field__error"), .text($0)) },
                    .input(
                        .id("attach-file"), .name("file"), .type(.file),
                        .attribute(named: "accept", value: "application/pdf,image/jpeg,image/png"),
                        .attribute(named: "aria-describedby", value: "attach-file-hint"),
                        .attribute(named: "required", value: "required"))),
                .button(.type(.submit), .class("button button--secondary"), .text(m(.applicationUpload))))
            : .empty
        return .section(
            .id("application-documents"), .attribute(named: "aria-labelledby", value: "documents-heading"),
            .h2(.id("documents-heading"), .text(m(.applicationDocuments))),
            .unwrap(shown["attachments"]) { .p(.class("field__error"), .text($0)) },
            .ul(.class("rules"), .group(items)),
            upload)
    }

    /// The forms of the steps the viewer may take now.
    private func steps(_ kind: ApplicationKind?, _ m: Messages, _ shown: FieldErrors.Shown) -> Node<HTML.BodyContext> {
        guard let id = application.id else { return .empty }
        func button(_ action: ApplicationAction, _ label: Message, style: String) -> Node<HTML.BodyContext> {
            .form(
                .class("inline-form"), .method(.post), .action(SiteURL.applicationStep(id, action).path),
                FormParts.csrf(csrf), .button(.type(.submit), .class(style), .text(m(label))))
        }
        var forms: [Node<HTML.BodyContext>] = []
        if isApplicant {
            if ApplicationAction.submit.next(from: application.state) != nil {
                let label: Message = application.state == .returned ? .applicationResubmit : .applicationSubmit
                forms.append(button(.submit, label, style: "button"))
            }
            if ApplicationAction.withdraw.next(from: application.state) != nil {
                forms.append(button(.withdraw, .applicationWithdraw, style: "button button--secondary"))
            }
        }
        if isReviewer, application.state.awaitsReview {
            let asked = Money(fen: application.amountAskedFen ?? 0).formatted
            forms.append(
                .form(
                    .id("decide-form"), .method(.post),
                    .action(SiteURL.applicationStep(id, .approve).path),
                    FormParts.csrf(csrf),
                    FormParts.textarea(
                        id: "decide-comment", name: "comment", label: m(.applicationComment), value: step.comment,
                        hint: m(.applicationCommentHint), error: shown["comment"], rows: 3),
                    .if(
                        reviewerSetsAmount,
                        FormParts.field(
                            .init(
                                id: "decide-amount", name: "amountGranted", label: m(.applicationAmountGranted),
                                value: step.amountGranted ?? "", error: shown["amountGranted"], required: false,
                                hint: m(.applicationAmountGrantedHint(asked: asked))))),
                    .div(
                        .class("button-row"),
                        .button(.type(.submit), .class("button"), .text(m(.applicationApprove))),
                        .button(
                            .type(.submit), .class("button button--secondary"),
                            .attribute(named: "formaction", value: SiteURL.applicationStep(id, .return).path),
                            .text(m(.applicationReturn))),
                        .button(
                            .type(.submit), .class("button button--danger"),
                            .attribute(named: "formaction", value: SiteURL.applicationStep(id, .reject).path),
                            .text(m(.applicationReject))))))
        }
        guard !forms.isEmpty else { return .empty }
        return .section(
            .id("application-steps"), .attribute(named: "aria-labelledby", value: "steps-heading"),
            .h2(.id("steps-heading"), .text(m(.applicationNextSteps))),
            .div(.class("button-row"), .group(forms)))
    }

    private func timeline(_ m: Messages) -> Node<HTML.BodyContext> {
        let items: [Node<HTML.ListContext>] = history.map { entry in
            .li(
                .data(named: "to", value: entry.event.to.rawValue),
                .strong(.text(m.applicationState(entry.event.to))),
                .text(" · \(ZiboTime.timestamp(entry.event.at)) · \(entry.actor)"),
                .unwrap(entry.event.comment) { .p(.text($0)) })
        }
        return .section(
            .id("application-history"), .attribute(named: "aria-labelledby", value: "history-heading"),
            .h2(.id("history-heading"), .text(m(.applicationTimeline))),
            .ol(.class("rules"), .group(items)))
    }
}

/// "1.2 MB": a file's size for people.
enum ByteCountText {
    static func of(_ count: Int) -> String {
        if count < 1024 { return "\(count) B" }
        if count < 1024 * 1024 { return "\((count + 512) / 1024) KB" }
        let tenths = (count * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
