import SiteKit
import TalentDomain

/// The names of this capability's terms in the user's language.
extension Messages {
    package func urgency(_ urgency: ShortageUrgency) -> String {
        switch urgency {
        case .shortage: self(.urgencyShortage)
        case .urgent: self(.urgencyUrgent)
        case .general: self(.urgencyGeneral)
        }
    }

    package func declarationState(_ state: ShortageDeclaration.State) -> String {
        switch state {
        case .draft: self(.declarationStateDraft)
        case .submitted: self(.declarationStateSubmitted)
        case .returned: self(.declarationStateReturned)
        }
    }

    package func editionState(_ state: CatalogueEdition.State) -> String {
        switch state {
        case .draft: self(.editionStateDraft)
        case .published: self(.editionStatePublished)
        }
    }

    package func wageReportState(_ state: WageReport.State) -> String {
        switch state {
        case .draft: self(.wageReportStateDraft)
        case .submitted: self(.wageReportStateSubmitted)
        }
    }

    package func wageDimension(_ dimension: String) -> String {
        switch WageCell.Dimension(rawValue: dimension) {
        case .level: self(.wageDimensionLevel)
        case .chain: self(.wageDimensionChain)
        case .occupation, nil: self(.wageDimensionOccupation)
        }
    }

    package func catalogueField(_ field: CatalogueDifference.Field) -> String {
        switch field {
        case .headcount: self(.catalogueHeadcount)
        case .employerCount: self(.catalogueEmployers)
        case .urgency: self(.catalogueUrgency)
        case .education: self(.catalogueEducation)
        case .skills: self(.catalogueSkills)
        case .experienceYears: self(.catalogueExperience)
        case .pay: self(.cataloguePay)
        }
    }
}
