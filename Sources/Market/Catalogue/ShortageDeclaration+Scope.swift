import Fluent
import FluentSQL
import SiteKit
import TalentDomain

extension ShortageDeclaration: ScopedResource {
    package static let resourceKind = ResourceKind.shortageDeclaration

    package static func restrict(
        _ query: QueryBuilder<ShortageDeclaration>, to scope: AccessScope, for actor: Actor
    ) -> QueryBuilder<ShortageDeclaration> {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$organization.$id == $0) }
                ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department, .own, .none: query.filter(.sql(unsafeRaw: "1 = 0"))
        }
    }

    package var owner: ResourceOwner { ResourceOwner(organizationID: $organization.id) }
}

extension CatalogueEdition: ScopedResource {
    package static let resourceKind = ResourceKind.catalogueEdition

    package static func restrict(
        _ query: QueryBuilder<CatalogueEdition>, to scope: AccessScope, for actor: Actor
    ) -> QueryBuilder<CatalogueEdition> {
        scope == .any ? query : query.filter(.sql(unsafeRaw: "1 = 0"))
    }

    package var owner: ResourceOwner { ResourceOwner() }
}

/// 目录编制部门: the officers who review declarations and compile the catalogue are those
/// of the departments the policy gives its target (MIIT and HRSS); administrators too.
/// Other departments' officers have the permission table's row but not this check.
package enum CatalogueOffice {
    package static func includes(_ actor: Actor?, policy: PolicyDocument) -> Bool {
        guard let actor else { return false }
        switch actor.role {
        case .admin: return true
        case .officer: return actor.departmentCode.map(policy.catalogueDepartments.contains) ?? false
        case .provider, .employer, .talent: return false
        }
    }
}
