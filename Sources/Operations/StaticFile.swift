import Foundation
import SiteKit

/// The stylesheet, script, icon and API document the platform serves (this module's resources).
package enum StaticFile: String, CaseIterable {
    case stylesheet = "static/site.css"
    case script = "static/site.js"
    case favicon = "static/favicon.svg"
    case openAPI = "openapi.json"

    /// The file's name for messages and its text.
    package func read() throws -> (file: String, text: String) { try BundledFile.read(rawValue, in: .module) }
}
