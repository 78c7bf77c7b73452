import Certificates
import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// An application moved from one state to another (for the notifications that follow).
package struct ApplicationMoved: DomainEvent {
    package var applicationID: UUID
    package var applicant: Applicant
    package var departmentCode: String
    /// The kind's name, for what is said about it.
    package var kindLabel: LocalizedText
    package var from: ApplicationState?
    package var to: ApplicationState
    /// Who moved it; nil for the platform.
    package var actorID: UUID?
    package var at: Date
}

/// The use cases of the application workflow (issue 16): start a draft, and move it —
/// submit, withdraw, return for correction, approve, reject. Each runs in the caller's
/// write transaction: the move, its history row, the audit event, the effects of an
/// approval (the ledger) and the events' subscribers, all or nothing.
package enum ApplicationWorkflow {
    /// A draft for `applicant` of the kind and for what `input` names: the certificate
    /// or training a subsidy is claimed for, the title rule or the loan applied under.
    /// Refused when the kind is unknown, the basis is not one the kind's rules take for
    /// this applicant (an organisation borrows, a person also claims and applies for
    /// titles), an application for it is already open, or the amount is wrong (or given
    /// where none is involved).
    package static func start(
        _ input: ApplicationInput, for applicant: Applicant, policy: PolicyDocument, context: WriteContext,
        on db: any Database
    ) async throws -> PolicyApplication {
        var read = FieldReader()
        let kindID = read.text(input.kind, "kind", .applicationKind, max: 60)
        let kind = kindID.flatMap { policy.applicationKind($0) }
        if kindID != nil, kind == nil { read.fail("kind", .applicationKindUnknown, .unknown) }
        let basisID = read.text(input.basisID, "basisID", .applicationBasis, max: 60)
        guard let kind, let basisID, read.errors.isEmpty else { throw read.errors }

        guard
            let ruling = try await ApplicableRuling.find(
                kind: kind, basisID: basisID, for: applicant, policy: policy, today: context.today, on: db)
        else {
            throw FieldErrors(
                "basisID", kind.subsidy == nil ? .applicationRuleUnknown : .applicationBasisUnknown, .unknown)
        }
        let open = try await PolicyApplication.query(on: db).of(applicant)
            .filter(\.$kind == kind.id).filter(\.$basisID == basisID)
            .filter(\.$state ~~ [.draft, .submitted, .returned]).count()
        guard open == 0 else { throw FieldErrors("basisID", .applicationAlreadyOpen, .taken) }

        let asked: Money?
        if !ruling.involvesMoney {
            if input.amountAsked.trimmedText != nil { throw FieldErrors("amountAsked", .applicationNoAmount) }
            asked = nil
        } else if let fixed = ruling.amount {
            // The policy fixes it: nothing to ask, and nothing else may be asked.
            if let text = input.amountAsked.trimmedText, Money(yuanText: text) != fixed {
                throw FieldErrors("amountAsked", .applicationAmountFixed(amount: fixed.formatted))
            }
            asked = fixed
        } else {
            asked = read.money(input.amountAsked, "amountAsked", .applicationAmountAsked)
            if asked?.fen == 0 { read.fail("amountAsked", .applicationAmountRequired, .required) }
            // A loan: at most its cap less what the applicant holds of it.
            if let asked, let available = ruling.available, asked > available {
                read.fail("amountAsked", .applicationAmountOverAvailable(available: available.formatted))
            }
            guard read.errors.isEmpty else { throw read.errors }
        }

        let application = PolicyApplication()
        application.kind = kind.id
        application.measure = kind.measure
        application.departmentCode = kind.department
        (application.$talent.id, application.$organization.id) = (applicant.talentID, applicant.organizationID)
        application.state = .draft
        application.basisID = basisID
        (application.occupationCode, application.levelCode, application.enrollmentID) = (
            ruling.occupationCode, ruling.levelCode, ruling.enrollmentID
        )
        application.amountAskedFen = asked?.fen
        // Only a signed-in applicant starts one: never a made-up author.
        guard let author = context.actor?.userID else { throw Abort(.unauthorized) }
        application.createdBy = author
        try await application.create(on: db)
        try await record(application, from: nil, comment: nil, kindLabel: kind.label, context: context, on: db)
        return application
    }

    /// Does `action` on `application`, which the caller loaded in scope inside its
    /// transaction. A move the state does not allow is a 409 naming the state; a step
    /// without what it needs a 422 naming the field; a submission or an approval the
    /// rules refuse a 422 with every reason and the measure.
    package static func step(
        _ action: ApplicationAction, _ application: PolicyApplication, _ input: ApplicationStepInput,
        policy: PolicyDocument, context: WriteContext, on db: any Database
    ) async throws {
        let from = application.state
        guard let to = action.next(from: from) else { throw WriteConflict.application(in: from) }
        let comment = input.comment.trimmedText
        if action.needsComment, comment == nil {
            throw FieldErrors("comment", .applicationCommentRequired, .required)
        }
        if let comment, comment.count > 1_000 {
            throw FieldErrors("comment", Message { m in m(.fieldTooLong(field: m(.applicationComment), max: "1000")) })
        }
        guard let kind = policy.applicationKind(application.kind) else {
            throw FieldErrors("kind", .applicationKindUnknown, .unknown)
        }
        switch action {
        case .submit:
            let ruling = try await ruling(
                for: application, kind, countingOpen: true, policy: policy, context: context, on: db)
            try refuseIfNotEligible(ruling)
            try refuseIfOverAvailable(ruling, Money(fen: application.amountAskedFen ?? 0))
            try await requireAttachments(application, kind, on: db)
            application.decision = DecisionSnapshot(ruling).json
            application.policyVersion = policy.version
            application.submittedAt = context.now
            application.dueOn = policy.calendar.adding(workingDays: kind.workingDays, to: context.today).description
        case .approve:
            // A loan's place in its sequence is counted before the rules read what is
            // held: a loan granted in between is then either seen by the rules or takes
            // the same place, and the ledger's unique index refuses this one.
            let place =
                try await LoanGrant.query(on: db).of(application.applicant)
                .filter(\.$productID ~~ policy.loanProducts.filter { kind.rules.contains($0.ruleID) }.map(\.id))
                .count() + 1
            // The facts may have moved since submission (another claim approved meanwhile).
            let ruling = try await ruling(
                for: application, kind, countingOpen: false, policy: policy, context: context, on: db)
            try refuseIfNotEligible(ruling)
            application.decidedAt = context.now
            if ruling.involvesMoney {
                let granted = try grantedAmount(application, ruling, input)
                try refuseIfOverAvailable(ruling, granted)
                application.amountGrantedFen = granted.fen
                if let subsidy = kind.subsidy {
                    try await pay(subsidy, application, amount: granted, policy: policy, context: context, on: db)
                }
                if let product = ruling.loanProduct {
                    try await lend(product, application, amount: granted, place: place, context: context, on: db)
                }
            } else if input.amountGranted.trimmedText != nil {
                throw FieldErrors("amountGranted", .applicationNoAmount)
            }
            if let title = ruling.title, let talent = try await application.$talent.get(on: db) {
                try await TitleRecognitions.recognise(
                    title, for: talent, application: try application.requireID(), rule: ruling.ruleID,
                    context: context, on: db)
            }
        case .reject:
            application.decidedAt = context.now
        case .withdraw, .return:
            break
        }
        try await claim(application, from: from, to: to, on: db)
        application.state = to
        try await application.save(on: db)
        try await record(application, from: from, comment: comment, kindLabel: kind.label, context: context, on: db)
    }

    /// Moves the row from `from` to `to` only if it is still in `from`: of two requests
    /// deciding the same application at once, the second finds it moved and gets a 409.
    private static func claim(
        _ application: PolicyApplication, from: ApplicationState, to: ApplicationState, on db: any Database
    ) async throws {
        let sql = db as! any SQLDatabase
        let moved = try await sql.raw(
            """
            UPDATE applications SET state = \(bind: to.rawValue)
            WHERE id = \(bind: application.requireID()) AND state = \(bind: from.rawValue) RETURNING id
            """
        ).first()
        guard moved != nil else {
            let now = try await PolicyApplication.find(application.requireID(), on: db)?.state ?? from
            throw WriteConflict.application(in: now)
        }
    }

    /// The engine's ruling on the application's basis, its own claim not counting.
    private static func ruling(
        for application: PolicyApplication, _ kind: ApplicationKind, countingOpen: Bool, policy: PolicyDocument,
        context: WriteContext, on db: any Database
    ) async throws -> ApplicableRuling {
        guard
            let ruling = try await ApplicableRuling.find(
                kind: kind, basisID: application.basisID, for: application.applicant, excluding: application.id,
                countingOpen: countingOpen, policy: policy, today: context.today, on: db)
        else {
            // The certificate was revoked or the training undone since the draft.
            throw FieldErrors("basisID", .applicationBasisGone, .unknown, measure: kind.measure)
        }
        return ruling
    }

    /// A refusal with every reason the rule gives, citing its measure.
    private static func refuseIfNotEligible(_ ruling: ApplicableRuling) throws {
        guard ruling.outcome == .notEligible else { return }
        let reasons = ruling.reasons
        throw FieldErrors(
            "eligibility",
            Message { m in
                let texts = reasons.map { $0.text.text(m.language) }
                return m(.applicationNotEligible(reasons: texts.joined(separator: m.language == .zh ? "" : " ")))
            }, .notAllowed, measure: ruling.measure)
    }

    /// A loan asked or granted past the cap less what the borrower holds now (another
    /// loan may have been granted since the draft).
    private static func refuseIfOverAvailable(_ ruling: ApplicableRuling, _ amount: Money) throws {
        guard let available = ruling.available, amount > available else { return }
        let reason = LoanEligibility.Reason.amountOverAvailable(asked: amount, available: available)
        throw FieldErrors(
            "eligibility", Message { m in m(.applicationNotEligible(reasons: m.reason(reason))) }, .notAllowed,
            measure: ruling.measure)
    }

    private static func requireAttachments(
        _ application: PolicyApplication, _ kind: ApplicationKind, on db: any Database
    ) async throws {
        let attached = Set(
            try await ApplicationAttachment.query(on: db).filter(\.$application.$id == application.requireID())
                .all().map(\.code))
        let missing = kind.attachments.filter { $0.required && !attached.contains($0.code) }
        guard !missing.isEmpty else { return }
        throw FieldErrors(
            "attachments",
            Message { m in
                m(
                    .applicationAttachmentsMissing(
                        names: missing.map { $0.label.text(m.language) }.joined(separator: m.language.listSeparator)))
            }, .required)
    }

    /// The history row, the audit event and the event for the followers.
    private static func record(
        _ application: PolicyApplication, from: ApplicationState?, comment: String?, kindLabel: LocalizedText,
        context: WriteContext, on db: any Database
    ) async throws {
        let id = try application.requireID()
        try await ApplicationEvent(
            applicationID: id, actorID: context.actor?.userID, at: context.now, from: from,
            to: application.state, comment: comment
        ).create(on: db)
        try await context.record(
            AuditEntry(
                from == nil ? .applicationCreate : .applicationStep, entityID: id.uuidString,
                changedFields: ["state:\(application.state.rawValue)"]), on: db)
        try await context.publish(
            ApplicationMoved(
                applicationID: id, applicant: application.applicant, departmentCode: application.departmentCode,
                kindLabel: kindLabel, from: from, to: application.state, actorID: context.actor?.userID,
                at: context.now), on: db)
    }

    /// Occupation, level and course of what a claim is made for.
    static func facts(of basis: SubsidyEligibility.Basis?) -> (String?, String?, String?) {
        switch basis {
        case let .certificate(certificate)?:
            (certificate.occupationCode, certificate.level?.code, certificate.enrollmentID)
        case let .training(training)?: (training.occupationCode, nil, training.enrollmentID)
        case nil: (nil, nil, nil)
        }
    }
}

extension WriteConflict {
    /// A step the application's state does not allow: a 409 naming the state it is in.
    static func application(in state: ApplicationState) -> WriteConflict {
        WriteConflict(Message { m in m(.applicationStateConflict(state: m.applicationState(state))) })
    }
}

/// What the engine decided at submission, kept with the application: the outcome, and
/// each reason's code with its sentence in both languages (the facts in it), for the
/// reviewer and for later audit — it does not change when the facts do.
package struct DecisionSnapshot: Codable, Sendable {
    package var outcome: RuleOutcome
    package var measure: String
    package var reasons: [Reason]
    package var amountFen: Int64?
    /// The title an approval recognises, for a title application.
    package var titleLevel: TitleLevel?

    package struct Reason: Codable, Sendable {
        package var code: String
        package var text: LocalizedText
    }

    init(_ ruling: ApplicableRuling) {
        outcome = ruling.outcome
        measure = ruling.measure
        reasons = ruling.reasons
        amountFen = ruling.amount?.fen
        titleLevel = ruling.title
    }

    var json: String { String(decoding: (try? JSONEncoder.sortedKeys.encode(self)) ?? Data(), as: UTF8.self) }
}
