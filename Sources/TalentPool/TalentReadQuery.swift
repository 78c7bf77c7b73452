import Fluent
import Foundation
import SQLKit
import SiteKit

/// One profile with its coded attributes in a single statement, for the API read by id
/// (what integrations call most). Written as SQL: Fluent's query builder spends more
/// time quoting column names than the database spends answering, and two queries cost
/// two trips through the driver's thread pool.
package enum TalentReadQuery {
    package static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> (
        talent: Talent, attributes: [TalentAttribute]
    )? {
        // Kinds and codes are identifiers (`4-04-05-01`, `college_graduates`): no spaces
        // or line breaks, so "kind code" lines come apart again unambiguously.
        let lines: SQLQueryString =
            TalentSearchIndex.isPostgres(sql)
            ? "string_agg(a.kind || ' ' || a.code, E'\\n')"
            : "group_concat(a.kind || ' ' || a.code, char(10))"
        guard
            let row = try await sql.raw(
                """
                SELECT \(unsafeRaw: Talent.selectList), (SELECT \(lines) FROM talent_attributes a WHERE a.talent_id = t.id) AS coded_attributes \
                FROM talents t WHERE t.id = \(bind: id)
                """
            ).first()
        else { return nil }
        let talent = try row.decode(fluentModel: Talent.self)
        let attributes = try (row.decode(column: "coded_attributes", as: String?.self) ?? "")
            .split(separator: "\n").compactMap { line -> TalentAttribute? in
                let parts = line.split(separator: " ", maxSplits: 1)
                guard parts.count == 2, let kind = TalentAttribute.Kind(rawValue: String(parts[0])) else { return nil }
                return TalentAttribute(talentID: id, kind: kind, code: String(parts[1]))
            }
        return (talent, attributes.sorted { $0.code < $1.code })
    }
}
