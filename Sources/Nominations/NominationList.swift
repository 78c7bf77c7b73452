import Fluent
import Foundation
import Organizations
import TalentPool

/// A list of candidates a department recommends to a programme for a year (推荐), and
/// for a district where the programme is nominated district by district. Assembled as a
/// draft, then submitted as it stands; the outcome of each candidate comes later.
package final class NominationList: Model, @unchecked Sendable {
    package static let schema = "nomination_lists"

    @ID(key: .id) package var id: UUID?
    /// `NominationProgramme.id` of the policy file.
    @Field(key: "programme_id") package var programmeID: String
    @Field(key: "year") package var year: Int
    @OptionalField(key: "district_code") package var districtCode: String?
    /// The district's code, or `city`: one list a programme, year and district.
    @Field(key: "scope_key") package var scopeKey: String
    @Field(key: "department_code") package var departmentCode: String
    @Enum(key: "state") package var state: State
    @Field(key: "created_by") package var createdBy: UUID
    @OptionalField(key: "submitted_at") package var submittedAt: Date?
    @OptionalField(key: "submitted_by") package var submittedBy: UUID?
    /// The share as it was sent: the digital count where the programme follows the
    /// nomination rule (the M8 yearly target counts those), and the list's size.
    @OptionalField(key: "digital_at_submission") package var digitalAtSubmission: Int?
    @OptionalField(key: "total_at_submission") package var totalAtSubmission: Int?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package init(programmeID: String, year: Int, districtCode: String?, departmentCode: String, createdBy: UUID) {
        (self.programmeID, self.year, self.districtCode) = (programmeID, year, districtCode)
        (self.scopeKey, self.departmentCode, self.state, self.createdBy) = (
            districtCode ?? "city", departmentCode, .draft, createdBy
        )
    }

    package enum State: String, Codable, CaseIterable, Sendable {
        /// Being assembled: candidates come and go.
        case draft
        /// Sent as it stands; only outcomes are recorded from here.
        case submitted
    }
}

/// One candidate on a list: a talent, or an organisation (with its project where the
/// programme asks one), and what came of it.
package final class NominationCandidate: Model, @unchecked Sendable {
    package static let schema = "nomination_candidates"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "list_id") package var list: NominationList
    @OptionalParent(key: "talent_id") package var talent: Talent?
    @OptionalParent(key: "organization_id") package var organization: Organization?
    @OptionalField(key: "project_title") package var projectTitle: String?
    /// `talent:<id>` or `organization:<id>:<project>`: unique on its list, so a candidate
    /// is on a list once however many officers add it at the same moment.
    @Field(key: "candidate_key") package var candidateKey: String
    @Field(key: "added_by") package var addedBy: UUID
    @OptionalEnum(key: "outcome") package var outcome: Outcome?
    @OptionalField(key: "outcome_on") package var outcomeOn: String?
    @OptionalField(key: "outcome_note") package var outcomeNote: String?
    @OptionalField(key: "outcome_by") package var outcomeBy: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(listID: UUID, talentID: UUID, addedBy: UUID) {
        $list.id = listID
        $talent.id = talentID
        candidateKey = "talent:\(talentID.uuidString)"
        self.addedBy = addedBy
    }

    package init(listID: UUID, organizationID: UUID, projectTitle: String?, addedBy: UUID) {
        $list.id = listID
        $organization.id = organizationID
        self.projectTitle = projectTitle
        candidateKey = "organization:\(organizationID.uuidString):\(projectTitle ?? "")"
        self.addedBy = addedBy
    }

    package enum Outcome: String, Codable, CaseIterable, Sendable {
        case selected
        case notSelected = "not_selected"
    }
}
