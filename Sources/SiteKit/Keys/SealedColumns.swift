import Fluent
import Vapor

/// Where a capability keeps values sealed or indexed with the personal-data keys, so that
/// `talent keys rotate` can move every one of them to the current key. Each capability
/// declares its own (`Capability.sealedColumns`); the key change needs no list of them.
package struct SealedColumns: Sendable {
    package struct Column: Sendable {
        package var name: String
        /// A `.data` column holding nonce + ciphertext + tag; otherwise base64 text.
        package var binary: Bool

        package init(_ name: String, binary: Bool = false) {
            (self.name, self.binary) = (name, binary)
        }
    }

    /// A keyed hash of the plaintext of one of `columns`, for look-ups.
    package struct BlindIndex: Sendable {
        package var column: String
        /// The sealed column whose plaintext it indexes.
        package var of: String
        /// Called in the batch's transaction with each changed index, old and new, for the
        /// tables that refer to a row by its index.
        package var reindexed: @Sendable ([(old: String, new: String)], any Database) async throws -> Void

        package init(
            column: String, of source: String,
            reindexed: @escaping @Sendable ([(old: String, new: String)], any Database) async throws -> Void = { _, _ in
            }
        ) {
            (self.column, self.of, self.reindexed) = (column, source, reindexed)
        }
    }

    package var table: String
    /// Its UUID primary key.
    package var key: String
    package var columns: [Column]
    package var blindIndex: BlindIndex?

    package init(table: String, key: String = "id", columns: [Column], blindIndex: BlindIndex? = nil) {
        (self.table, self.key, self.columns, self.blindIndex) = (table, key, columns, blindIndex)
    }
}

extension Application {
    private struct SealedColumnsKey: StorageKey {
        typealias Value = [SealedColumns]
    }

    /// Every composed capability's sealed columns (and SiteKit's own job files).
    package var sealedColumns: [SealedColumns] {
        get { storage[SealedColumnsKey.self] ?? [] }
        set { storage[SealedColumnsKey.self] = newValue }
    }
}
