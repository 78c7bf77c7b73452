import Fluent
import Foundation
import SQLKit
import TalentDomain

/// The supply–demand map of a year (issue 18), read from what is already counted or small:
/// the year's published catalogue, the posts' headcounts, the pool's tallies
/// (`SupplyTally`) and the training of the year. Separate from its routes so it is
/// tested without HTTP.
package enum SupplyDemandQuery {
    package struct Map: Sendable {
        package var year: Int
        package var rows: [SupplyDemand.Row]
        /// The chains that have a cell, in code order ("" — no key chain — last).
        package var chains: [String]
        package var countedAt: Date?
        package var catalogueEdition: Int?
    }

    /// Chains by code, "" (no key chain) last.
    static func chainOrder(_ a: String, _ b: String) -> Bool { (a.isEmpty ? 1 : 0, a) < (b.isEmpty ? 1 : 0, b) }

    /// The map of `year`. Posts: for the current year the open ones (published, deadline
    /// not passed); for another year those published whose deadline fell in it.
    package static func map(year: Int, today: CalendarDate, on db: any Database) async throws -> Map {
        let sql = db as! any SQLDatabase
        var cells: [String: [String: SupplyDemand.Cell]] = [:]
        func add(_ occupation: String, _ chain: String, _ change: (inout SupplyDemand.Cell) -> Void) {
            var cell = cells[occupation, default: [:]][chain] ?? SupplyDemand.Cell(chainCode: chain)
            change(&cell)
            cells[occupation, default: [:]][chain] = cell
        }
        let edition = try await CatalogueQuery.current(year: year, on: db)
        if let id = edition?.id {
            for row in try await sql.raw(
                """
                SELECT occupation_code AS o, chain_code AS c, CAST(SUM(headcount) AS BIGINT) AS n FROM catalogue_entries \
                WHERE edition_id = \(bind: id) GROUP BY occupation_code, chain_code
                """
            ).all() {
                let n = try row.decode(column: "n", as: Int.self)
                add(try row.decode(column: "o", as: String.self), try row.decode(column: "c", as: String.self)) {
                    $0.catalogue += n
                }
            }
        }
        let posts: SQLQueryString =
            year == today.year
            ? "state = 'published' AND deadline >= \(bind: today.description)"
            : "state IN ('published', 'closed') AND deadline >= \(bind: "\(year)-01-01") AND deadline <= \(bind: "\(year)-12-31")"
        for row in try await sql.raw(
            """
            SELECT occupation_code AS o, chain_code AS c, CAST(SUM(headcount) AS BIGINT) AS n FROM job_posts \
            WHERE \(posts) GROUP BY occupation_code, chain_code
            """
        ).all() {
            let n = try row.decode(column: "n", as: Int.self)
            add(try row.decode(column: "o", as: String.self), try row.decode(column: "c", as: String?.self) ?? "") {
                $0.posts += n
            }
        }
        var unattached: [String: (talents: Int, qualified: Int)] = [:]
        let tallies = try await SupplyTally.query(on: db).all()
        for tally in tallies {
            if tally.chainCode.isEmpty {
                unattached[tally.occupationCode] = (tally.talents, tally.qualified)
            } else {
                add(tally.occupationCode, tally.chainCode) {
                    ($0.talents, $0.qualified) = ($0.talents + tally.talents, $0.qualified + tally.qualified)
                }
            }
        }
        var training: [String: (enrolled: Int, completed: Int)] = [:]
        for row in try await sql.raw(
            """
            SELECT p.occupation_code AS o, e.status AS s, COUNT(*) AS n FROM enrollments e \
            JOIN programs p ON p.id = e.program_id WHERE p.year = \(bind: year) AND p.occupation_code IS NOT NULL \
            AND e.status IN ('enrolled', 'completed') GROUP BY p.occupation_code, e.status
            """
        ).all() {
            let (code, n) = (try row.decode(column: "o", as: String.self), try row.decode(column: "n", as: Int.self))
            if try row.decode(column: "s", as: String.self) == "completed" {
                training[code, default: (0, 0)].completed += n
            } else {
                training[code, default: (0, 0)].enrolled += n
            }
        }
        var openPrograms: [String: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT occupation_code AS o, COUNT(*) AS n FROM programs WHERE occupation_code IS NOT NULL \
            AND status IN ('open', 'running') AND ends_on >= \(bind: today.description) GROUP BY occupation_code
            """
        ).all() {
            openPrograms[try row.decode(column: "o", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        // Occupations with demand or training; supply alone (a million talents of every
        // occupation) would bury what is asked for.
        let shown = Set(cells.filter { $0.value.values.contains { $0.demand > 0 } }.keys).union(training.keys)
        let rows = shown.sorted().map { code in
            SupplyDemand.Row(
                occupationCode: code,
                cells: (cells[code] ?? [:]).values.sorted { Self.chainOrder($0.chainCode, $1.chainCode) },
                unattached: unattached[code]?.talents ?? 0, unattachedQualified: unattached[code]?.qualified ?? 0,
                inTraining: training[code]?.enrolled ?? 0, trained: training[code]?.completed ?? 0,
                openPrograms: openPrograms[code] ?? 0)
        }
        let chains = Set(rows.flatMap { $0.cells.filter { $0.demand > 0 || $0.talents > 0 }.map(\.chainCode) })
        return Map(
            year: year, rows: rows,
            chains: chains.sorted(by: chainOrder),
            countedAt: tallies.map(\.countedAt).max(), catalogueEdition: edition?.number)
    }
}
