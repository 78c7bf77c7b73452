import TalentDomain

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

    package func level(_ level: EngineerLevel) -> String {
        switch level {
        case .junior: self(.levelJunior)
        case .intermediate: self(.levelIntermediate)
        case .senior: self(.levelSenior)
        }
    }
}
