import Foundation
import SiteKit

/// The policy and reference data shipped with the platform (this module's resources).
package enum ReferenceFile: String, CaseIterable {
    case policy = "policy/zibo-2025.yaml"
    case occupations = "reference/occupations.yaml"
    case districts = "reference/districts.yaml"
    case industryChains = "reference/industry-chains.yaml"

    /// The file's name for messages and its text.
    package func read() throws -> (file: String, text: String) { try BundledFile.read(rawValue, in: .module) }
}
