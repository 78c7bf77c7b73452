import Foundation
import Vapor

extension Application {
    private struct InstanceIDKey: StorageKey {
        package typealias Value = String
    }

    /// This process among the instances sharing the database: host, process id and a
    /// random part (a restarted process may get the same id). Owns the leases it takes.
    package var instanceID: String {
        get { storage[InstanceIDKey.self] ?? "" }
        set { storage[InstanceIDKey.self] = newValue }
    }

    package static func makeInstanceID() -> String {
        let host = ProcessInfo.processInfo.hostName.replacingOccurrences(of: ":", with: "-")
        return "\(host):\(getpid()):\(UUID().uuidString.prefix(8).lowercased())"
    }
}
