import Fluent
import FluentSQL
import Foundation
import Reference
import SQLKit
import SiteKit
import TalentDomain

/// Reading wage price information: a year's reported employees (for publishing), the
/// published years and their cells with the occupations' and chains' names, and the
/// previous year's medians for the change.
package enum WageQuery {
    /// Every employee of the year's submitted reports, read in one statement and kept as
    /// numbers as the rows arrive (a million rows never sit in memory as rows). The
    /// employer is its report's number in the year: one report per employer and year.
    package static func employees(year: Int, on db: any Database) async throws -> WageTabulation.Table {
        let table = TableBuilder()
        try await (db as! any SQLDatabase).raw(
            """
            SELECT r.n, r.chain_code, e.occupation_code, e.skill_level, e.annual_pay_fen
            FROM wage_entries e JOIN (
                SELECT id, chain_code, ROW_NUMBER() OVER (ORDER BY id) AS n FROM wage_reports
                WHERE year = \(bind: year) AND state = 'submitted'
            ) r ON r.id = e.report_id
            """
        ).run { row in table.add(row) }
        return try table.finish()
    }

    /// Collects rows delivered one by one by the database driver.
    private final class TableBuilder: @unchecked Sendable {
        private let lock = NSLock()
        private var table = WageTabulation.Table()
        private var failure: (any Error)?

        func add(_ row: any SQLRow) {
            lock.lock()
            defer { lock.unlock() }
            guard failure == nil else { return }
            do {
                table.append(
                    employer: try row.decode(column: "n", as: Int.self),
                    occupationCode: try row.decode(column: "occupation_code", as: String.self),
                    skillLevel: try row.decode(column: "skill_level", as: String?.self).flatMap(
                        SkillLevel.init(rawValue:)),
                    chainCode: try row.decode(column: "chain_code", as: String?.self),
                    annualPay: try row.decode(column: "annual_pay_fen", as: Int64.self))
            } catch {
                failure = error
            }
        }

        func finish() throws -> WageTabulation.Table {
            lock.lock()
            defer { lock.unlock() }
            if let failure { throw failure }
            return table
        }
    }

    /// How many employees each report has, in one statement (a list of a thousand
    /// reports must not read each report's rows).
    package static func employeeCounts(of reports: [WageReport], on db: any Database) async throws -> [UUID: Int] {
        let ids = reports.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        let rows = try await (db as! any SQLDatabase).select()
            .column("report_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "employees")
            .from(WageEntry.schema).where("report_id", .in, ids).groupBy("report_id").all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "report_id", as: UUID.self)] = try row.decode(
                column: "employees", as: Int.self)
        }
        return counts
    }

    /// The published years, latest first.
    package static func publishedYears(on db: any Database) async throws -> [WageYear] {
        try await WageYear.query(on: db).filter(\.$publishedAt != nil).sort(\.$id, .descending).all()
    }

    /// A published occupation with its cells: all levels together, by level, by chain.
    package struct Occupation: Sendable {
        package var code: String
        package var name: LocalizedText
        package var overall: WageCell
        package var levels: [WageCell]
        package var chains: [(cell: WageCell, name: LocalizedText)]
        /// Last year's median of the occupation, when both years show one.
        package var previousMedian: Money?
    }

    /// The year's occupations in code order (those whose overall cell is shown first),
    /// with the levels and chains of `detail` only: a page shows one occupation's at a
    /// time, and reading every cell of a large year costs more than the page may take.
    package static func occupations(year: Int, detail: String?, on db: any Database) async throws -> [Occupation] {
        let cells = try await WageCellRow.query(on: db).filter(\.$year == year)
            .group(.or) { either in
                either.filter(\.$dimension == .occupation)
                if let detail { either.filter(\.$occupationCode == detail) }
            }
            .all().map(\.cell)
        let previous = try await WageCellRow.query(on: db).filter(\.$year == year - 1)
            .filter(\.$dimension == .occupation).all().map(\.cell)
        let lastMedian = Dictionary(
            previous.compactMap { cell in cell.percentiles.map { (cell.occupationCode, $0.p50) } },
            uniquingKeysWith: { a, _ in a })
        let names = try await occupationNames(Set(cells.map(\.occupationCode)), on: db)
        let chainNames = try await chainNames(on: db)
        let byOccupation = Dictionary(grouping: cells, by: \.occupationCode)
        return byOccupation.compactMap { code, cells -> Occupation? in
            guard let overall = cells.first(where: { $0.dimension == .occupation }) else { return nil }
            return Occupation(
                code: code, name: names[code] ?? LocalizedText(zh: code, en: code), overall: overall,
                levels: cells.filter { $0.dimension == .level }.sorted {
                    ($0.skillLevel ?? .apprentice) < ($1.skillLevel ?? .apprentice)
                },
                chains: cells.filter { $0.dimension == .chain }.sorted { ($0.chainCode ?? "") < ($1.chainCode ?? "") }
                    .map {
                        (
                            $0,
                            chainNames[$0.chainCode ?? ""]
                                ?? LocalizedText(zh: $0.chainCode ?? "", en: $0.chainCode ?? "")
                        )
                    },
                previousMedian: overall.percentiles == nil ? nil : lastMedian[code])
        }.sorted { ($0.overall.isSuppressed ? 1 : 0, $0.code) < ($1.overall.isSuppressed ? 1 : 0, $1.code) }
    }

    static func occupationNames(_ codes: Set<String>, on db: any Database) async throws -> [String: LocalizedText] {
        guard !codes.isEmpty else { return [:] }
        var names: [String: LocalizedText] = [:]
        for row in try await Reference.Occupation.query(on: db).filter(\.$id ~~ Array(codes)).all() {
            names[row.id ?? ""] = LocalizedText(zh: row.nameZh, en: row.nameEn)
        }
        return names
    }

    static func chainNames(on db: any Database) async throws -> [String: LocalizedText] {
        var names: [String: LocalizedText] = [:]
        for row in try await IndustryChain.query(on: db).all() {
            names[row.id ?? ""] = LocalizedText(zh: row.nameZh, en: row.nameEn)
        }
        return names
    }
}

extension WageReport: ScopedResource {
    package static let resourceKind = ResourceKind.wageReport

    package static func restrict(_ query: QueryBuilder<WageReport>, to scope: AccessScope, for actor: Actor)
        -> QueryBuilder<WageReport>
    {
        switch scope {
        case .any: query
        case .organization:
            actor.organizationID.map { query.filter(\.$organization.$id == $0) }
                ?? query.filter(.sql(unsafeRaw: "1 = 0"))
        case .department, .own, .none: query.filter(.sql(unsafeRaw: "1 = 0"))
        }
    }

    package var owner: ResourceOwner { ResourceOwner(organizationID: $organization.id) }
}
