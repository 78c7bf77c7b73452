/// 报名条件: what a program asks of an applicant, kept as data on the program so each
/// provider states its own (for example, intermediate engineer training asks for a junior
/// certificate *or* some years in the field). Any one alternative suffices; a program
/// with none is open to everyone.
public struct EntryRequirement: Codable, Hashable, Sendable {
    public var anyOf: [Clause]

    public init(anyOf: [Clause] = []) { self.anyOf = anyOf }

    public enum Clause: Codable, Hashable, Sendable {
        /// A valid certificate of this kind, in the program's occupation when the program
        /// has one, at `minimum` level or higher (any level when nil).
        case certificate(kind: CertificateKind, minimum: EngineerLevel?)
        /// A skill level of the ladder on the profile, at least this one.
        case skillLevel(SkillLevel)
        /// Years working in the field, as the applicant declares them on the application.
        case yearsInField(Int)
        /// Education at least this level.
        case education(EducationLevel)
    }

    /// What is known of an applicant when they apply.
    public struct Applicant: Sendable {
        public var certificates: [HeldCertificate]
        public var skillLevel: SkillLevel?
        public var education: EducationLevel?
        public var yearsInField: Int?

        public init(
            certificates: [HeldCertificate] = [], skillLevel: SkillLevel? = nil,
            education: EducationLevel? = nil, yearsInField: Int? = nil
        ) {
            self.certificates = certificates
            self.skillLevel = skillLevel
            self.education = education
            self.yearsInField = yearsInField
        }
    }

    public struct HeldCertificate: Sendable {
        public var kind: CertificateKind
        public var level: CertificateLevel?
        public var occupationCode: String?

        public init(kind: CertificateKind, level: CertificateLevel?, occupationCode: String?) {
            self.kind = kind
            self.level = level
            self.occupationCode = occupationCode
        }
    }

    /// Eligible, or not eligible with the alternatives as reasons, none of which the
    /// applicant satisfies (the refusal names them all). `measure`: the program's.
    public func check(_ applicant: Applicant, occupationCode: String?, measure: String) -> Decision<Clause> {
        let met = anyOf.isEmpty || anyOf.contains { $0.isMet(by: applicant, occupationCode: occupationCode) }
        return Decision(under: measure, refusing: met ? [] : anyOf)
    }
}

extension EntryRequirement.Clause {
    func isMet(by applicant: EntryRequirement.Applicant, occupationCode: String?) -> Bool {
        switch self {
        case let .certificate(kind, minimum):
            applicant.certificates.contains { held in
                guard held.kind == kind else { return false }
                if let occupationCode, held.occupationCode != occupationCode { return false }
                guard let minimum else { return true }
                if case let .engineer(level)? = held.level { return level >= minimum }
                return false
            }
        case let .skillLevel(minimum):
            applicant.skillLevel.map { $0 >= minimum } ?? false
        case let .yearsInField(minimum):
            applicant.yearsInField.map { $0 >= minimum } ?? false
        case let .education(minimum):
            applicant.education.map { $0 >= minimum } ?? false
        }
    }
}
