/// The skill level and title level a talent's certificates give them, as the profile
/// shows them: the highest skill level of any valid skill-level certificate, and the
/// highest title that a certificate is directly recognised as under the M8 pathways
/// (a junior or intermediate grade certificate; the policy file says which). Pathways
/// that only allow applying for a title review, and the skill-to-title crossover, need
/// an application and a decision: its approval recognises the title (`TitleRecognition`),
/// which the caller raises these levels with.
public struct DerivedLevels: Equatable, Sendable {
    public var skillLevel: SkillLevel?
    public var titleLevel: TitleLevel?

    public init(skillLevel: SkillLevel? = nil, titleLevel: TitleLevel? = nil) {
        self.skillLevel = skillLevel
        self.titleLevel = titleLevel
    }

    public init(certificates: [(kind: CertificateKind, level: CertificateLevel?)], pathways: [TitlePathway]) {
        for certificate in certificates {
            switch certificate.level {
            case let .skill(level)?:
                skillLevel = Swift.max(skillLevel ?? level, level)
            case let .engineer(level)?:
                let recognised = pathways.first {
                    $0.certificate == certificate.kind && $0.level == level && $0.outcome == .recognizedAsTitle
                }
                if let title = recognised?.titleLevel { titleLevel = Swift.max(titleLevel ?? title, title) }
            case nil:
                break
            }
        }
    }

    /// The higher of each level.
    public func raised(to other: DerivedLevels) -> DerivedLevels {
        DerivedLevels(
            skillLevel: [skillLevel, other.skillLevel].compactMap { $0 }.max(),
            titleLevel: [titleLevel, other.titleLevel].compactMap { $0 }.max())
    }
}
