import Fluent
import SQLKit

/// The review queue pages by due date and id (issue 16's benchmark: 100,000 applications):
/// an index in that order per department, and one across departments for administrators,
/// so that a page is a short index walk rather than a sort of the whole queue.
package struct AddApplicationQueueOrder: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "applications_department_due").on(PolicyApplication.schema)
            .column("department_code").column("due_on").column("id").run()
        try await sql.create(index: "applications_due").on(PolicyApplication.schema)
            .column("due_on").column("id").run()
    }

    package func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "applications_department_due").run()
        try await sql.drop(index: "applications_due").run()
    }
}
