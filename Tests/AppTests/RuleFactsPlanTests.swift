import Applications
import Foundation
import SQLKit
import TalentPool
import Testing

@testable import App

/// The facts of one talent are read through the talent range in every branch: the
/// profile page asks for them, and an index on kind or state read every talent's rows.
@Suite("Rule facts: one talent's rows found by its id, however large the pool")
struct RuleFactsPlanTests {
    @Test func everyBranchOfTheFactsStatementSearchesByTheTalentRange() async throws {
        try await TestApp.run { app, _ in
            guard let sql = app.db as? any SQLDatabase, !TalentSearchIndex.isPostgres(sql) else { return }
            let id = UUID()
            let statement = RuleFacts.statement(from: id, to: id, borrowing: .all)
            let plan = try await sql.raw("EXPLAIN QUERY PLAN \(statement)").all()
                .map { try $0.decode(column: "detail", as: String.self) }
            let reads = plan.filter { $0.hasPrefix("SEARCH") || $0.hasPrefix("SCAN") }
            // Applications, certificates, enrollments (and their program), the subsidy
            // ledger, attributes (and their occupation), the loan ledger.
            #expect(reads.count == 8, "\(plan)")
            for read in reads
            where ["applications", "certificates", "e ", "subsidy_ledger", "a ", "loan_ledger"].contains(where: {
                read.contains("SEARCH \($0)")
            }) {
                #expect(read.contains("talent_id>? AND talent_id<?"), "\(read)")
            }
            #expect(!reads.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        }
    }
}
