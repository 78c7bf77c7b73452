import Foundation

/// The development secret key, generated once into the data folder with mode 0600 so
/// that encrypted fields stay readable across restarts without any configuration.
package enum SecretKeyFile {
    package static let name = "secret.key"

    package struct Failure: Error {
        package var message: String
    }

    /// The file's keys, one a line: the current key first, then previous ones (as in
    /// `TALENT_SECRET_KEY`).
    package static func loadOrCreate(in directory: URL) throws(Failure) -> [[UInt8]] {
        let url = directory.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: url.path) {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw Failure(message: "cannot read \(url.path)")
            }
            switch AppConfig.decodeKeys(text) {
            case let .success(keys): return keys
            case let .failure(problem): throw Failure(message: "\(url.path): \(problem.message)")
            }
        }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let created = FileManager.default.createFile(
            atPath: url.path, contents: Data((Data(key).base64EncodedString() + "\n").utf8),
            attributes: [.posixPermissions: 0o600])
        guard created else { throw Failure(message: "cannot write \(url.path)") }
        return [key]
    }
}
