import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import TalentPool

/// 申报 (DESIGN.md's `Application`, named apart from Vapor's `Application`): a person's
/// or an organisation's application of a kind the policy file lists — a subsidy, a
/// title, a loan — with what the engine decided when it was submitted, the department
/// that reviews it and the day it is due.
package final class PolicyApplication: Model, @unchecked Sendable {
    package static let schema = "applications"

    @ID(key: .id) package var id: UUID?
    /// `ApplicationKind.id` in the policy file.
    @Field(key: "kind") package var kind: String
    @Field(key: "measure") package var measure: String
    /// The reviewing department (`ApplicationKind.department`), fixed when it is made.
    @Field(key: "department_code") package var departmentCode: String
    /// The applicant: a talent or an organisation, exactly one (the table checks it).
    @OptionalParent(key: "talent_id") package var talent: Talent?
    @OptionalParent(key: "organization_id") package var organization: Organization?
    @Enum(key: "state") package var state: ApplicationState
    /// The certificate or enrolment a subsidy is claimed for.
    @OptionalField(key: "basis_id") package var basisID: String?
    @OptionalField(key: "occupation_code") package var occupationCode: String?
    @OptionalField(key: "level_code") package var levelCode: String?
    /// The course behind the claim, for the subsidies that exclude each other.
    @OptionalField(key: "enrollment_id") package var enrollmentID: String?
    @OptionalField(key: "amount_asked_fen") package var amountAskedFen: Int64?
    @OptionalField(key: "amount_granted_fen") package var amountGrantedFen: Int64?
    /// The engine's decision at the last submission, as JSON (`DecisionSnapshot`).
    @OptionalField(key: "decision") package var decision: String?
    @OptionalField(key: "policy_version") package var policyVersion: Int?
    /// `YYYY-MM-DD`: the last working day the department has, from the last submission.
    @OptionalField(key: "due_on") package var dueOn: String?
    @OptionalField(key: "submitted_at") package var submittedAt: Date?
    @OptionalField(key: "decided_at") package var decidedAt: Date?
    @Field(key: "created_by") package var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package var applicant: Applicant {
        if let organization = $organization.id { return .organization(organization) }
        return .talent($talent.id ?? UUID())
    }

    package var properties: [any AnyProperty] {
        [
            $id, $kind, $measure, $departmentCode, $talent, $organization, $state, $basisID, $occupationCode,
            $levelCode,
            $enrollmentID,
            $amountAskedFen, $amountGrantedFen, $decision, $policyVersion, $dueOn, $submittedAt, $decidedAt,
            $createdBy, $createdAt, $updatedAt,
        ]
    }
}

/// Who applies: a person, or an organisation (a small or micro enterprise's loan).
package enum Applicant: Hashable, Sendable {
    case talent(UUID)
    case organization(UUID)

    package var talentID: UUID? {
        if case let .talent(id) = self { id } else { nil }
    }

    package var organizationID: UUID? {
        if case let .organization(id) = self { id } else { nil }
    }
}

/// One move of an application: who, when, from, to, why. The timeline the applicant and
/// the reviewers see; never changed.
package final class ApplicationEvent: Model, @unchecked Sendable {
    package static let schema = "application_events"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "application_id") package var application: PolicyApplication
    /// Who made the move; nil for the platform itself (an erasure withdrawing what was open).
    @OptionalField(key: "actor_id") package var actorID: UUID?
    @Field(key: "at") package var at: Date
    @OptionalEnum(key: "from_state") package var from: ApplicationState?
    @Enum(key: "to_state") package var to: ApplicationState
    @OptionalField(key: "comment") package var comment: String?

    package init() {}

    package var properties: [any AnyProperty] { [$id, $application, $actorID, $at, $from, $to, $comment] }

    package init(
        applicationID: UUID, actorID: UUID?, at: Date, from: ApplicationState?, to: ApplicationState, comment: String?
    ) {
        $application.id = applicationID
        (self.actorID, self.at, self.from, self.to, self.comment) = (actorID, at, from, to, comment)
    }
}

/// 补贴发放台账: a subsidy granted, in fen. Its unique indexes are what make a second
/// payment for the same certificate or training, for the same occupation and level (where
/// the policy says once), or one claim more than the year allows impossible, whatever
/// the requests racing to approve them.
package final class SubsidyGrant: Model, @unchecked Sendable {
    package static let schema = "subsidy_ledger"

    @ID(key: .id) package var id: UUID?
    @Field(key: "application_id") package var applicationID: UUID
    @Parent(key: "talent_id") package var talent: Talent
    @Enum(key: "subsidy") package var subsidy: Subsidy.Kind
    @Field(key: "basis_id") package var basisID: String
    @OptionalField(key: "occupation_code") package var occupationCode: String?
    @OptionalField(key: "level_code") package var levelCode: String?
    /// The course behind it, for the subsidies that exclude each other.
    @OptionalField(key: "enrollment_id") package var enrollmentID: String?
    /// `occupation|level` where the policy pays once per occupation and level; nil else.
    @OptionalField(key: "once_key") package var onceKey: String?
    @Field(key: "claim_year") package var claimYear: Int
    /// 1 … the year's limit: the claim's place among the person's claims of that year.
    @OptionalField(key: "claim_slot") package var claimSlot: Int?
    @Field(key: "amount_fen") package var amountFen: Int64
    /// `YYYY-MM-DD`.
    @Field(key: "granted_on") package var grantedOn: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var properties: [any AnyProperty] {
        [
            $id, $applicationID, $talent, $subsidy, $basisID, $occupationCode, $levelCode, $enrollmentID, $onceKey,
            $claimYear, $claimSlot, $amountFen, $grantedOn, $createdAt,
        ]
    }
}
