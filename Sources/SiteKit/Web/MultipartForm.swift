import Foundation
import Vapor

/// A `multipart/form-data` body (an upload form) read in one pass, once per request.
///
/// Why not Vapor's form-data decoder: it reads the body a byte at a time through
/// `ByteBufferView`, which in a debug build (what `swift run talent serve` runs) costs
/// about 1 µs a byte, and the CSRF check and the route each decoded the body: a 6 MB
/// import file took 12 s to be accepted (the CI's browser test gave up after 15 s). Here
/// the boundaries are found with `memchr` and `memcmp`, so the file's bytes are only
/// copied, never stepped through in Swift.
package struct MultipartForm: Sendable {
    package struct Part: Sendable {
        package var name: String
        /// Set for a file input, "" when the user chose none.
        package var filename: String?
        package var body: [UInt8]
    }

    package var parts: [Part]

    /// A form of more parts than this is refused; ours have at most a handful.
    static let maxParts = 64

    /// The text of the first field called `name`.
    package func text(_ name: String) -> String? {
        parts.first { $0.name == name }.map { String(decoding: $0.body, as: UTF8.self) }
    }

    /// The first file called `name`, if one was chosen and it has content.
    package func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.filename != nil && !$0.body.isEmpty }
    }

    /// Reads `body` delimited by `boundary`; nil when it is not a well-formed form (no
    /// boundary, a part without headers, no closing delimiter, too many parts).
    package init?(_ body: UnsafeRawBufferPointer, boundary: String) {
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [13, 10]
        var parts: [Part] = []
        // The first delimiter may follow a preamble; every later one follows a CRLF.
        guard var cursor = Self.find(delimiter, in: body, from: 0) else { return nil }
        cursor += delimiter.count
        while true {
            if Self.matches([45, 45], in: body, at: cursor) { break }  // "--": the closing delimiter
            guard Self.matches(crlf, in: body, at: cursor), parts.count < Self.maxParts,
                let headersEnd = Self.find([13, 10, 13, 10], in: body, from: cursor + 2),
                let end = Self.find(crlf + delimiter, in: body, from: headersEnd + 4)
            else { return nil }
            let headers = String(decoding: body[(cursor + 2)..<headersEnd], as: UTF8.self)
            guard let disposition = Self.disposition(in: headers), let name = disposition["name"] else { return nil }
            parts.append(Part(name: name, filename: disposition["filename"], body: Array(body[(headersEnd + 4)..<end])))
            cursor = end + 2 + delimiter.count
        }
        self.parts = parts
    }

    /// The `name` and `filename` parameters of the part's `Content-Disposition: form-data`.
    static func disposition(in headers: String) -> [String: String]? {
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":"),
                line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition"
            else { continue }
            var parameters: [String: String] = [:]
            for parameter in Self.splitParameters(line[line.index(after: colon)...]).dropFirst() {
                guard let equals = parameter.firstIndex(of: "=") else { continue }
                let key = parameter[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                var value = parameter[parameter.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                    value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                }
                parameters[key] = value
            }
            return parameters
        }
        return nil
    }

    /// Splits at the semicolons outside quotes (a file name may hold one).
    private static func splitParameters(_ text: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" {
                quoted.toggle()
            } else if character == ";", !quoted {
                pieces.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }

    private static func matches(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= haystack.count, let base = haystack.baseAddress else {
            return false
        }
        return needle.withUnsafeBytes { memcmp(base + offset, $0.baseAddress!, needle.count) == 0 }
    }

    /// The offset of the first `needle` at or after `start`: `memchr` for its first byte,
    /// `memcmp` for the rest.
    private static func find(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let first = needle.first else { return nil }
        var offset = start
        while offset + needle.count <= haystack.count {
            guard let hit = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) else {
                return nil
            }
            let position = base.distance(to: UnsafeRawPointer(hit))
            if matches(needle, in: haystack, at: position) { return position }
            offset = position + 1
        }
        return nil
    }
}

extension Request {
    /// The request's `multipart/form-data` body, read once (the CSRF check and the route
    /// both ask); nil for any other body or one that is not well formed.
    package var multipartForm: MultipartForm? {
        if let cached = storage[MultipartFormKey.self] { return cached }
        guard let contentType = headers.contentType, contentType.type == "multipart",
            contentType.subType == "form-data", let boundary = contentType.parameters["boundary"],
            let buffer = body.data
        else { return nil }
        let unquoted = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        let form = buffer.withUnsafeReadableBytes { MultipartForm($0, boundary: unquoted) }
        storage[MultipartFormKey.self] = .some(form)
        return form
    }

    private struct MultipartFormKey: StorageKey {
        typealias Value = MultipartForm?
    }
}
