import Foundation
import SiteKit
import TalentDomain
import Vapor

/// A nomination list through the API: the programme and year, its state, the share as
/// it stands (and as sent), and its candidates when one list is read.
package struct NominationListDTO: Content {
    package var id: UUID?
    package var programme: String
    package var programmeName: String
    package var measure: String
    package var year: Int
    package var district: String?
    package var department: String
    package var state: String
    package var submittedAt: Date?
    package var candidateCount: Int
    package var share: ShareDTO?
    package var candidates: [CandidateDTO]?

    package struct ShareDTO: Content {
        package var digital: Int
        package var total: Int
        package var percent: Int
        package var minPercent: Int
        package var satisfied: Bool
        /// Digital candidates still to add; absent when adding cannot meet the rule.
        package var digitalNeeded: Int?
        package var othersToRemove: Int

        init(_ share: NominationShare) {
            (digital, total, percent, minPercent) = (share.digital, share.total, share.percent, share.minPercent)
            (satisfied, digitalNeeded, othersToRemove) = (share.isSatisfied, share.digitalNeeded, share.othersToRemove)
        }
    }

    package struct CandidateDTO: Content {
        package var id: UUID
        package var talentID: UUID?
        package var organizationID: UUID?
        package var name: String
        /// Masked: the full number is never in a list.
        package var residentIDMasked: String?
        package var skillLevel: String?
        package var digital: Bool
        package var projectTitle: String?
        package var outcome: String?
        package var outcomeOn: String?
        package var outcomeNote: String?

        init(_ candidate: NominationQuery.Candidate) {
            (id, talentID, organizationID, name) = (
                candidate.id, candidate.talentID, candidate.organizationID, candidate.name
            )
            (residentIDMasked, skillLevel, digital) = (
                candidate.residentIDMasked, candidate.skillLevel?.rawValue, candidate.digital
            )
            (projectTitle, outcome, outcomeOn, outcomeNote) = (
                candidate.projectTitle, candidate.outcome?.rawValue, candidate.outcomeOn, candidate.outcomeNote
            )
        }
    }

    init(
        _ list: NominationList, policy: PolicyDocument, language: DisplayLanguage, candidateCount: Int,
        share: NominationShare? = nil, candidates: [NominationQuery.Candidate]? = nil
    ) {
        let programme = policy.nominationProgramme(list.programmeID)
        (id, self.programme, year, district, department) = (
            list.id, list.programmeID, list.year, list.districtCode, list.departmentCode
        )
        programmeName = programme?.name.text(language) ?? list.programmeID
        measure = programme?.measure ?? ""
        (state, submittedAt, self.candidateCount) = (list.state.rawValue, list.submittedAt, candidateCount)
        self.share = programme?.followsNominationRule == true ? share.map(ShareDTO.init) : nil
        self.candidates = candidates?.map(CandidateDTO.init)
    }
}
