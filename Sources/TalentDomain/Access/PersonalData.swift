/// Who sees personal identifiers in full (PIPL: the minimum necessary): the platform's
/// administrators and the officers of the departments the policy file names
/// (`identifier_readers`, the HR bureau in the shipped file), who verify identities.
/// Everyone else — another department's officers, the talent's own employer — sees
/// `370303********1234` and `138****5678`. Lists show masked numbers to everyone; a full
/// number is read one profile at a time, and the read is audited. The registration's
/// consent text names the same readers (`readers(in:)`), so it cannot say otherwise.
public enum PersonalData {
    public static func revealsIdentifiers(to actor: Actor, policy: PolicyDocument) -> Bool {
        switch actor.role {
        case .admin: true
        case .officer: actor.departmentCode.map(readerDepartments(policy).contains) ?? false
        case .provider, .employer, .talent: false
        }
    }

    /// The departments whose officers read full numbers.
    public static func readerDepartments(_ policy: PolicyDocument) -> [String] {
        policy.identifierReaders?.departments ?? []
    }
}

/// `identifier_readers` of the policy file: the departments whose officers may read full
/// ID and mobile numbers (besides the administrators).
public struct IdentifierReaders: Codable, Hashable, Sendable {
    public var departments: [String]

    public init(departments: [String]) { self.departments = departments }
}
