import TalentDomain
import Vapor

/// A link a capability puts in the page header: in the site navigation every visitor
/// sees, or among the signed-in person's own places for the roles it names. Each
/// capability declares its own (`Capability.navigation`), so a new capability adds its
/// pages to the header without editing the layout; the header lists them by `order`.
package struct NavigationEntry: Sendable {
    package enum Place: Sendable {
        /// The site navigation. The entry is marked current on every path that starts
        /// with `section`, or on its own path only when `section` is nil.
        case site(section: String?)
        /// The signed-in person's places, for these roles.
        case account(roles: Set<Role>)
    }

    package var url: SiteURL
    package var label: Message
    package var place: Place
    /// Where it stands among all capabilities' entries. Today the site navigation runs
    /// home 10, measures 20, departments 30, occupations 40, training 50, courses 60,
    /// verification 70; the places workspace 10, applications to review 15, talents 20, training 30, vouchers 40–45,
    /// organisations 50, users 60, departments 70, erasures 75, audit 80, own profile 90,
    /// what one can apply for 92, own applications 93, own training 95, account 100.
    package var order: Int

    package init(_ url: SiteURL, _ label: Message, _ place: Place, order: Int) {
        (self.url, self.label, self.place, self.order) = (url, label, place, order)
    }

    /// Whether this entry is among the places of someone with `role`.
    package func isPlace(of role: Role) -> Bool {
        if case let .account(roles) = place { return roles.contains(role) }
        return false
    }

    /// Whether this entry is in the site navigation.
    package var isSite: Bool {
        if case .site = place { return true }
        return false
    }
}

extension Application {
    private struct NavigationKey: StorageKey {
        typealias Value = [NavigationEntry]
    }

    /// The header's entries from every composed capability, in order.
    package var navigation: [NavigationEntry] {
        get { storage[NavigationKey.self] ?? [] }
        set { storage[NavigationKey.self] = newValue.sorted { $0.order < $1.order } }
    }
}
