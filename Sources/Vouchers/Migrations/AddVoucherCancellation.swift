import Fluent
import SiteKit

/// Who cancelled a voucher (作废), when and why: an officer cancels a voucher issued by
/// mistake or the unused rest of a batch, and the holder sees the reason.
package struct AddVoucherCancellation: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        for (name, type) in Self.columns {
            try await database.schema(Voucher.schema).field(name, type).update()
        }
    }

    package func revert(on database: any Database) async throws {
        for (name, _) in Self.columns {
            try await database.schema(Voucher.schema).deleteField(name).update()
        }
    }

    private static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("cancelled_at", .datetime), ("cancel_reason", .string), ("cancelled_by", .uuid),
    ]
}
