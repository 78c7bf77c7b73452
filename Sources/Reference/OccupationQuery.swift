import Fluent
import Foundation
import SiteKit

/// The occupation catalogue search: keyword, digital-only, digital first then by code,
/// keyset pagination. Separate from its routes so it is tested without HTTP.
package struct OccupationQuery: Sendable, Equatable {
    package static let defaultLimit = 50
    package static let maxLimit = 200

    package var keyword: String?
    package var digitalOnly: Bool
    package var limit: Int
    /// The position after which the page starts (see `Cursor`).
    package var after: Cursor?

    package init(keyword: String? = nil, digitalOnly: Bool, limit: Int, after: Cursor? = nil) {
        self.keyword = keyword
        self.digitalOnly = digitalOnly
        self.limit = limit
        self.after = after
    }

    /// A position in the order (digital first, then code), written `d.CODE` or `o.CODE`.
    package struct Cursor: Sendable, Equatable {
        package var isDigital: Bool
        package var code: String

        package init(isDigital: Bool, code: String) {
            self.isDigital = isDigital
            self.code = code
        }

        package init?(_ text: String) {
            let parts = text.split(separator: ".", maxSplits: 1)
            guard parts.count == 2, ["d", "o"].contains(parts[0]), !parts[1].isEmpty,
                parts[1].count <= 32
            else { return nil }
            isDigital = parts[0] == "d"
            code = String(parts[1])
        }

        package var text: String { "\(isDigital ? "d" : "o").\(code)" }
    }

    package struct Page: Sendable {
        package var items: [Occupation]
        package var total: Int
        package var next: Cursor?
    }

    /// The keyword as matched: trimmed, lower-cased, LIKE wildcards removed (a user's `%`
    /// must not turn a search into "everything"); nil when nothing is left.
    package var normalizedKeyword: String? {
        guard let keyword else { return nil }
        let cleaned = keyword.lowercased().filter { !"%_\\".contains($0) }
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return cleaned.isEmpty ? nil : String(cleaned.prefix(64))
    }

    package func run(on database: any Database) async throws -> Page {
        let total = try await filtered(on: database).count()
        var query = filtered(on: database)
        if let after {
            // Rows after (d, code) in "digital first, then code" order: the rest of the same
            // kind, and — after a digital row — every non-digital one.
            query = query.group(.or) { or in
                or.group(.and) { same in
                    same.filter(\.$isDigital == after.isDigital).filter(\.$id > after.code)
                }
                if after.isDigital { or.filter(\.$isDigital == false) }
            }
        }
        let rows =
            try await query
            .sort(\.$isDigital, .descending)
            .sort(\.$id, .ascending)
            .limit(limit + 1)
            .all()
        let items = Array(rows.prefix(limit))
        let next = rows.count > limit ? items.last.map { Cursor(isDigital: $0.isDigital, code: $0.id ?? "") } : nil
        return Page(items: items, total: total, next: next)
    }

    private func filtered(on database: any Database) -> QueryBuilder<Occupation> {
        var query = Occupation.query(on: database)
        if let keyword = normalizedKeyword {
            query = query.filter(\.$searchText ~~ keyword)
        }
        if digitalOnly {
            query = query.filter(\.$isDigital == true)
        }
        return query
    }
}
