import Fluent
import Foundation

/// The pool's talents of one occupation employed in one key chain (`chain_code` empty:
/// in none), and how many of them are qualified — counted by `SupplyTallies.recount`,
/// because counting a million profiles' occupations on each view of the map takes
/// seconds.
package final class SupplyTally: Model, @unchecked Sendable {
    package static let schema = "supply_tallies"

    @ID(key: .id) package var id: UUID?
    @Field(key: "occupation_code") package var occupationCode: String
    @Field(key: "chain_code") package var chainCode: String
    @Field(key: "talents") package var talents: Int
    @Field(key: "qualified") package var qualified: Int
    @Field(key: "counted_at") package var countedAt: Date

    package init() {}

    package init(occupationCode: String, chainCode: String, talents: Int, qualified: Int, countedAt: Date) {
        (self.occupationCode, self.chainCode, self.talents, self.qualified, self.countedAt) = (
            occupationCode, chainCode, talents, qualified, countedAt
        )
    }
}
