import Fluent
import SQLKit

/// The review queue pages by due date and id (issue 16's benchmark: 100,000 applications):
/// an index in that order for each way the queue is read — a department's or every
/// department's, with a state or without — so that a page is a short index walk, never a
/// sort or a scan of the whole queue, and the counts by state and due date are read from
/// the index alone. The first queue index (department, state, due date) lacked the id.
package struct AddApplicationQueueOrder: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "applications_queue").run()
        for (name, columns) in Self.indexes {
            var index = sql.create(index: name).on(PolicyApplication.schema)
            for column in columns { index = index.column(column) }
            try await index.run()
        }
    }

    package func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, _) in Self.indexes { try await sql.drop(index: name).run() }
        try await sql.create(index: "applications_queue").on(PolicyApplication.schema)
            .column("department_code").column("state").column("due_on").run()
    }

    private static let indexes: [(String, [String])] = [
        ("applications_department_state_due", ["department_code", "state", "due_on", "id"]),
        ("applications_department_due", ["department_code", "due_on", "id"]),
        ("applications_state_due", ["state", "due_on", "id"]),
        ("applications_due", ["due_on", "id"]),
    ]
}
