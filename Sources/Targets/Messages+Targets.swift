import SiteKit
import TalentDomain

/// The names of this capability's terms and refusals in the user's language.
extension Messages {
    /// "≥ 200 人" / "≥ 200 people": a target's comparison, number and unit.
    package func target(_ target: Target) -> String {
        let unit: String =
            switch target.unit {
            case .person: self(.unitPerson)
            case .session: self(.unitSession)
            case .event: self(.unitEvent)
            case .edition: self(.unitEdition)
            case .percent: self(.unitPercent)
            }
        let separator = target.unit == .percent || language == .zh ? "" : " "
        return "\(target.comparison.symbol) \(target.value)\(separator)\(unit)"
    }
}
