import Fluent
import Foundation
import SiteKit

/// The occupation catalogue search: keyword, digital-only, digital first then by code,
/// keyset pagination. Separate from its routes so it is tested without HTTP.
struct OccupationQuery: Sendable, Equatable {
    static let defaultLimit = 50
    static let maxLimit = 200

    var keyword: String?
    var digitalOnly: Bool
    var limit: Int
    /// The position after which the page starts (see `Cursor`).
    var after: Cursor?

    /// A position in the order (digital first, then code), written `d.CODE` or `o.CODE`.
    struct Cursor: Sendable, Equatable {
        var isDigital: Bool
        var code: String

        init(isDigital: Bool, code: String) {
            self.isDigital = isDigital
            self.code = code
        }

        init?(_ text: String) {
            let parts = text.split(separator: ".", maxSplits: 1)
            guard parts.count == 2, ["d", "o"].contains(parts[0]), !parts[1].isEmpty,
                parts[1].count <= 32
            else { return nil }
            isDigital = parts[0] == "d"
            code = String(parts[1])
        }

        var text: String { "\(isDigital ? "d" : "o").\(code)" }
    }

    struct Page: Sendable {
        var items: [Occupation]
        var total: Int
        var next: Cursor?
    }

    /// The keyword as matched: trimmed, lower-cased, LIKE wildcards removed (a user's `%`
    /// must not turn a search into "everything"); nil when nothing is left.
    var normalizedKeyword: String? {
        guard let keyword else { return nil }
        let cleaned = keyword.lowercased().filter { !"%_\\".contains($0) }
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return cleaned.isEmpty ? nil : String(cleaned.prefix(64))
    }

    func run(on database: any Database) async throws -> Page {
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
