import Fluent
import Foundation
import SiteKit
import TalentDomain

extension FieldReader {
    /// The organisation a program or course is run by: the one an administrator names in
    /// `value` (a provider, university or institute — not an enterprise), or the actor's
    /// own for everyone else.
    package mutating func provider(
        _ value: String?, _ field: String, actor: Actor, scope: AccessScope,
        on db: any Database
    ) async throws -> UUID? {
        guard scope == .any else {
            if actor.organizationID == nil { fail(field, .programProviderInvalid) }
            return actor.organizationID
        }
        guard let id = self.id(value, field, .programProvider) else { return nil }
        guard let organization = try await Organization.find(id, on: db), organization.kind != .enterprise else {
            fail(field, .programProviderInvalid)
            return nil
        }
        return id
    }
}
