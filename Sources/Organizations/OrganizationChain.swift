import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// 所属重点产业链: the key industry chain an organisation belongs to, which the talent
/// search filters by and the shortage catalogue groups by. Set by the organisation's own
/// staff or an administrator; empty clears it.
package struct OrganizationChainInput: Content {
    @FormText package var chain: String? = nil

    package init(chain: String? = nil) { self.chain = chain }
}

package enum OrganizationChain {
    /// The path's organisation's chain, for the page and the API alike: one write
    /// transaction; 404 outside the actor's reach, 403 where it may only read it.
    package static func set(_ input: OrganizationChainInput, _ req: Request) async throws -> Organization {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            guard
                let organization = try await req.scopedQuery(Organization.self, for: .change, on: db)
                    .filter(\.$id == id).first()
            else {
                let readable = try await req.scopedQuery(Organization.self, for: .read, on: db).filter(\.$id == id)
                    .first()
                throw readable == nil ? Abort(.notFound) : Abort(.forbidden, reason: req.messages(.errorForbidden))
            }
            var read = FieldReader()
            let code = read.text(input.chain, "chain", .organizationChain, required: false, max: 40)
            if let code, try await IndustryChain.find(code, on: db) == nil {
                read.fail("chain", .organizationChainUnknown, .unknown)
            }
            guard read.errors.isEmpty else { throw read.errors }
            organization.chainCode = code
            try await organization.save(on: db)
            try await context.record(
                AuditEntry(.organizationChain, entityID: id.uuidString, changedFields: ["chain_code"]), on: db)
            return organization
        }
    }
}
