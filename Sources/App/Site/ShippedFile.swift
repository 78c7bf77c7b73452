import Foundation
import SiteKit

/// Files shipped inside the application's resource bundle, so the defaults work from
/// any working directory.
enum ShippedFile: String, CaseIterable {
    case policy = "policy/zibo-2025.yaml"
    case occupations = "reference/occupations.yaml"
    case districts = "reference/districts.yaml"
    case industryChains = "reference/industry-chains.yaml"
    case stylesheet = "static/site.css"
    case script = "static/site.js"
    case openAPI = "openapi.json"

    /// From the bundle's own path: Foundation on Linux reports a bundle's `Resources`
    /// folder as its `resourceURL`, Darwin does not, and our folder is named `Resources`.
    var url: URL? {
        URL(fileURLWithPath: Bundle.module.bundlePath).appendingPathComponent("Resources/\(rawValue)")
    }

    /// The file's name for messages and its text.
    func read() throws -> (file: String, text: String) {
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ShippedFileMissing(name: rawValue)
        }
        return (url.path, text)
    }
}

struct ShippedFileMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "The shipped file \(name) is missing from the application bundle." }
}
