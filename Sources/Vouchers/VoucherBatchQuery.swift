import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool

/// One page of a batch's vouchers for its page: how many there are in each state, and
/// those of the chosen state whose holder's name holds the typed text, 50 at a time.
package struct VoucherBatchQuery: Sendable, Equatable {
    package static let pageSize = 50

    package var batchID: UUID
    package var status: VoucherStatus?
    /// Part of a holder's name.
    package var holder: String?
    package var page: Int = 1

    package struct Result: Sendable {
        package var vouchers: [Voucher]
        /// Vouchers of the batch in each state, whatever the filters.
        package var counts: [VoucherStatus: Int]
        /// How many the filters match, for the page numbers.
        package var matching: Int
    }

    package func run(on db: any Database) async throws -> Result {
        var counts: [VoucherStatus: Int] = [:]
        let rows = try await (db as! any SQLDatabase).raw(
            "SELECT status, COUNT(*) AS n FROM vouchers WHERE batch_id = \(bind: batchID) GROUP BY status"
        ).all()
        for row in rows {
            guard let status = VoucherStatus(rawValue: try row.decode(column: "status", as: String.self)) else {
                continue
            }
            counts[status] = try row.decode(column: "n", as: Int.self)
        }
        let matching = try await filtered(on: db).count()
        let vouchers = try await filtered(on: db).with(\.$talent).sort(\.$createdAt).sort(\.$id)
            .range(((page - 1) * Self.pageSize)..<(page * Self.pageSize)).all()
        return Result(vouchers: vouchers, counts: counts, matching: matching)
    }

    private func filtered(on db: any Database) -> QueryBuilder<Voucher> {
        let query = Voucher.query(on: db).filter(\.$batch.$id == batchID)
        if let status { query.filter(\.$status == status) }
        if let holder {
            query.join(Talent.self, on: \Voucher.$talent.$id == \Talent.$id).filter(Talent.self, \.$name ~~ holder)
        }
        return query
    }

    /// The parameters that reproduce it, without the page (for links that keep the
    /// filters).
    package var parameters: [(String, String)] {
        [status.map { ("status", $0.rawValue) }, holder.map { ("q", $0) }].compactMap { $0 }
    }
}
