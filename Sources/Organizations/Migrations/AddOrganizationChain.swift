import Fluent
import SQLKit
import SiteKit

/// Which industry chain (产业链) an organisation belongs to, so the talent search can
/// filter talents by the chain of their employer.
package struct AddOrganizationChain: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Organization.schema).field("chain_code", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "organizations_chain").on(Organization.schema).column("chain_code").run()
    }

    package func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "organizations_chain").run()
        }
        try await database.schema(Organization.schema).deleteField("chain_code").update()
    }
}
