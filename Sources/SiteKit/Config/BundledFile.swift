import Foundation

/// A file shipped inside a module's resource bundle, so the defaults work from any
/// working directory. Each module with resources names its own (`ReferenceFile`,
/// `StaticFile`) and passes its `Bundle.module`.
package enum BundledFile {
    /// The file's path and text.
    package static func read(_ name: String, in bundle: Bundle) throws -> (file: String, text: String) {
        // From the bundle's own path: Foundation on Linux reports a bundle's `Resources`
        // folder as its `resourceURL`, Darwin does not, and our folder is named `Resources`.
        let url = URL(fileURLWithPath: bundle.bundlePath).appendingPathComponent("Resources/\(name)")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BundledFileMissing(name: name)
        }
        return (url.path, text)
    }
}

package struct BundledFileMissing: Error, CustomStringConvertible {
    package var name: String
    package var description: String { "The shipped file \(name) is missing from the application bundle." }
}
