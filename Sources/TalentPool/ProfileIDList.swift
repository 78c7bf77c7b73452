import Foundation
import SiteKit

/// A list of talent profile ids typed or pasted into a form: one a line, or separated by
/// spaces, commas or 、.
package enum ProfileIDList {
    /// The ids in order, or nil when an entry is not an id or there are none or more
    /// than `maximum`.
    package static func parse(_ text: String, maximum: Int) -> [UUID]? {
        let parts = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "，" || $0 == "、" })
        let ids = parts.compactMap { UUID(uuidString: String($0)) }
        guard !parts.isEmpty, ids.count == parts.count, ids.count <= maximum else { return nil }
        return ids
    }
}
