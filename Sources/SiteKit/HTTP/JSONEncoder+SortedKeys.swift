import Foundation

extension JSONEncoder {
    /// Keys in order, so equal values encode to equal bytes (checksums, stable answers).
    package static var sortedKeys: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
