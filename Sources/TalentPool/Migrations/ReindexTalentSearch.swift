import Fluent
import SiteKit

/// What the search index holds of a profile changed: the name's words twice, marked for
/// "is the keyword in the name?" and plainly among all words (`SearchTokens.inName`), and
/// Latin words with their beginnings (`SearchTokens`); on PostgreSQL, one unweighted vector
/// (`TalentSearchIndex.vector`). Re-derives the tokens of every profile indexed before.
package struct ReindexTalentSearch: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await TalentSearchIndex.rebuild(on: database)
    }

    /// The old index cannot be told apart from the new by what it holds; rebuilding it
    /// with the current code is the only way back, and it is what `prepare` does.
    package func revert(on database: any Database) async throws {}
}
