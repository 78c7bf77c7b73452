import Fluent
import Vapor

extension Application {
    /// What a command does before its work: the schema brought up to date and the policy
    /// and reference data recorded — the App's bootstrap, which it sets here, so a
    /// capability's command prepares without knowing what preparing involves. Without
    /// one set, only the schema.
    package var preparation: @Sendable (Application) async throws -> Void {
        get { storage[PreparationKey.self] ?? { try await $0.autoMigrate() } }
        set { storage[PreparationKey.self] = newValue }
    }

    package func prepare() async throws {
        try await preparation(self)
    }

    private struct PreparationKey: StorageKey {
        typealias Value = @Sendable (Application) async throws -> Void
    }
}
