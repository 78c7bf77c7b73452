import TalentDomain

/// The engineer levels (工程师等级) in the user's language: programs, certificates, courses
/// and the measure pages all name them.
extension Messages {
    package func level(_ level: EngineerLevel) -> String {
        switch level {
        case .junior: self(.levelJunior)
        case .intermediate: self(.levelIntermediate)
        case .senior: self(.levelSenior)
        }
    }
}
