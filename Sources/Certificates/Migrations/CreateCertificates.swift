import Fluent
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentPool

/// Certificates, signed and verifiable by code (issue 5).
package struct CreateCertificates: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
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
            // Training's tables, by name: certificates sit below training and do not know
            // its models (a certificate from a course keeps the ids it came from).
            .field("enrollment_id", .uuid, .references("enrollments", "id"))
            .field("program_id", .uuid, .references("programs", "id"))
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

    package func revert(on database: any Database) async throws {
        try await database.schema(Certificate.schema).delete()
    }
}
