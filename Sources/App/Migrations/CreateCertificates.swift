import Fluent
import SQLKit
import SiteKit

/// Certificates, signed and verifiable by code (issue 5).
struct CreateCertificates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Certificate.schema)
            .id()
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("level", .string)
            .field("occupation_code", .string, .references(Occupation.schema, "code"))
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("issuer_id", .uuid, .references(Organization.schema, "id"))
            .field("issuer_name", .string, .required)
            .field("issuer_key", .string, .required)
            .field("number", .string, .required)
            .field("issued_on", .string, .required)
            .field("enrollment_id", .uuid, .references(Enrollment.schema, "id"))
            .field("program_id", .uuid, .references(Program.schema, "id"))
            .field("holder_masked", .string, .required)
            .field("signature", .string, .required)
            .field("key_id", .string, .required)
            .field("revoked_at", .datetime)
            .field("revoke_reason", .string)
            .field("recorded_by", .uuid, .required)
            .field("created_at", .datetime)
            .unique(on: "code")
            // 证书编号 is unique per issuer.
            .unique(on: "issuer_key", "number")
            // One certificate per completed enrolment (NULLs — certificates recorded from
            // elsewhere — are distinct on both engines).
            .unique(on: "enrollment_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "certificates_talent").on(Certificate.schema).column("talent_id").run()
        try await sql.create(index: "certificates_issuer").on(Certificate.schema).column("issuer_id").column(
            "issued_on"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Certificate.schema).delete()
    }
}
