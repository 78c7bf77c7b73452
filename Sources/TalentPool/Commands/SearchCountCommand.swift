import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `talent search count 'q=数据&district=370303'` (or `@FILE`, a search a line): for
/// each search (the query parameters of `/talents`), the exact number of matching profiles over the whole pool
/// and the total the list shows (an estimate beyond 1,000), as one JSON line each. For
/// a report that needs the exact figure, and for the benchmark, which prints the
/// estimate's error. Counting every match reads the whole index: seconds at a million.
package struct SearchCountCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Argument(name: "action", help: "count")
        var action: String

        @Argument(name: "search", help: "A query string of /talents ('q=数据&district=370303'), or @FILE: one a line.")
        var search: String
    }

    /// `count`: every match; `shown`: the list's total, a count when `exact`.
    package struct Line: Encodable, Equatable {
        package var search: String
        package var count: Int
        package var shown: Int
        package var exact: Bool

        package init(search: String, count: Int, shown: Int, exact: Bool) {
            (self.search, self.count, self.shown, self.exact) = (search, count, shown, exact)
        }
    }

    /// One search (a query string of `/talents`) counted both ways, over the whole pool.
    package static func count(_ search: String, today: CalendarDate, on db: any Database) async throws -> Line {
        let parameters = URLComponents(string: "?" + search)?.queryItems?.map { ($0.name, $0.value ?? "") } ?? []
        let shown: TalentSearchQuery
        do {
            shown = try TalentSearchQuery(parameters: parameters, messages: Messages(language: .en))
        } catch let abort as Abort {
            throw CommandFailure(message: "\(search): \(abort.reason)")
        }
        var exact = shown
        // Only the count is wanted: one row, so no page of a common word is sorted.
        (exact.exactCountUpTo, exact.limit) = (Int(Int32.max), 1)
        let listed = try await shown.run(scope: .everyone, today: today, on: db)
        let counted = try await exact.run(scope: .everyone, today: today, on: db)
        return Line(
            search: search.removingPercentEncoding ?? search, count: counted.total, shown: listed.total,
            exact: listed.totalIsExact)
    }

    package let help = "Counts a search exactly beside the list's total: talent search count 'q=数据' | @FILE"

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "count" else {
            throw CommandFailure(message: "Usage: talent search count QUERY | @FILE")
        }
        let app = context.application
        try await app.prepare()
        let today = app.clock.today
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var searches = [signature.search]
        if signature.search.hasPrefix("@") {
            let path = String(signature.search.dropFirst())
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CommandFailure(message: "\(path): cannot read the file")
            }
            searches = text.split(whereSeparator: \.isNewline).map(String.init)
        }
        for search in searches {
            let line = try await Self.count(search, today: today, on: app.db)
            context.console.print(String(decoding: try encoder.encode(line), as: UTF8.self))
        }
    }
}
