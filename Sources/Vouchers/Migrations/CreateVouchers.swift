import Fluent
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentPool
import Training

/// Training vouchers and their batches (issue 5).
package struct CreateVouchers: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(VoucherBatch.schema)
            .id()
            .field("name", .string, .required)
            .field("key_group", .string, .required)
            .field("district_code", .string)
            .field("occupation_code", .string, .required, .references(Occupation.schema, "code"))
            .field("value_fen", .int64, .required)
            .field("issued_on", .string, .required)
            .field("expires_on", .string, .required)
            .field("issued_count", .int, .required)
            .field("issued_by", .uuid, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(Voucher.schema)
            .id()
            .field("batch_id", .uuid, .required, .references(VoucherBatch.schema, "id"))
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("key_group", .string, .required)
            .field("occupation_code", .string, .required, .references(Occupation.schema, "code"))
            .field("value_fen", .int64, .required)
            .field("issued_on", .string, .required)
            .field("expires_on", .string, .required)
            .field("status", .string, .required)
            .field("redeemed_at", .datetime)
            .field("enrollment_id", .uuid, .references(Enrollment.schema, "id"))
            .field("program_id", .uuid, .references(Program.schema, "id"))
            .field("provider_id", .uuid, .references(Organization.schema, "id"))
            .field("created_at", .datetime)
            // One voucher pays for one enrolment.
            .unique(on: "enrollment_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // A talent's vouchers; a provider's settlement list by period.
        try await sql.create(index: "vouchers_talent").on(Voucher.schema).column("talent_id").column("occupation_code")
            .run()
        try await sql.create(index: "vouchers_provider").on(Voucher.schema).column("provider_id").column("redeemed_at")
            .run()
        try await sql.create(index: "vouchers_batch").on(Voucher.schema).column("batch_id").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(Voucher.schema).delete()
        try await database.schema(VoucherBatch.schema).delete()
    }
}
