/// Who sees personal identifiers in full (PIPL: the minimum necessary). Everyone else,
/// including the talent's own employer, sees `370303********1234` and `138****5678`.
public enum PersonalData {
    /// The HR bureau's administrators and the departments' officers verify identities and
    /// review applications; they need the whole number.
    public static func revealsIdentifiers(to role: Role) -> Bool {
        switch role {
        case .admin, .officer: true
        case .provider, .employer, .talent: false
        }
    }
}
