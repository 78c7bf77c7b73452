import SiteKit
import Vapor

/// A new list: the programme, the year, and the district where the programme is
/// nominated district by district.
package struct NominationListInput: Content {
    /// `NominationProgramme.id`.
    @FormText package var programme: String? = nil
    @FormText package var year: String? = nil
    /// A district's code (`370303`).
    @FormText package var district: String? = nil

    package init(programme: String? = nil, year: String? = nil, district: String? = nil) {
        (self.programme, self.year, self.district) = (programme, year, district)
    }
}

/// A candidate to add: a talent, or an organisation with its project where the programme
/// asks one.
package struct NominationCandidateInput: Content {
    @FormText package var talentID: String? = nil
    @FormText package var organizationID: String? = nil
    @FormText package var projectTitle: String? = nil

    package init(talentID: String? = nil, organizationID: String? = nil, projectTitle: String? = nil) {
        (self.talentID, self.organizationID, self.projectTitle) = (talentID, organizationID, projectTitle)
    }
}

/// What came of a candidate: selected or not, on which day, with a note.
package struct NominationOutcomeInput: Content {
    /// `selected` or `not_selected`.
    @FormText package var outcome: String? = nil
    /// `YYYY-MM-DD`, not after today; today when empty.
    @FormText package var decidedOn: String? = nil
    @FormText package var note: String? = nil

    package init(outcome: String? = nil, decidedOn: String? = nil, note: String? = nil) {
        (self.outcome, self.decidedOn, self.note) = (outcome, decidedOn, note)
    }
}
