import Foundation

/// Files of the repository the domain tests read: the shipped policy and reference data.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    static var shippedPolicy: String {
        get throws { try text("Sources/Reference/Resources/policy/zibo-2025.yaml") }
    }
}

extension String {
    /// Replaces the first occurrence of `old`; a missing one stops the test run, so a
    /// fixture edit can never silently do nothing.
    func replacingOnce(_ old: String, with new: String) -> String {
        guard let range = range(of: old) else { fatalError("fixture text \(old) not found") }
        return replacingCharacters(in: range, with: new)
    }
}
