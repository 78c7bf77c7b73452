import Foundation
import Vapor

/// Refuses input that carries control characters (issue 14: U+0001–U+001F were stored in
/// text fields, where they break CSV and spreadsheet exports, logs and the eye):
/// - NUL anywhere (query string, path, form or JSON), with a 400: PostgreSQL cannot store
///   it, and no field has a use for it;
/// - any other C0 control character or DEL in the address, with a 400;
/// - in a form or a JSON body, any other C0 control character but tab, line feed and
///   carriage return, with a 422 naming the field. Whether a tab or a line break belongs
///   in a field is the field's own rule (`FieldReader.text`: multi-line fields only).
/// Uploaded files may hold any byte; the importers judge them.
///
/// On futures, as every middleware without I/O (`RequestIDMiddleware`): the body it reads
/// has been collected by `CSRFMiddleware` or the route's streaming is left alone.
package struct ControlCharacterGuard: Middleware {
    package static let fileTypes: Set<String> = [
        "form-data", "csv", "octet-stream", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        do {
            try check(request)
        } catch {
            return request.eventLoop.makeFailedFuture(error)
        }
        return next.respond(to: request)
    }

    private func check(_ request: Request) throws {
        let address = (request.url.query ?? "") + request.path
        if Self.containsNul(address) || Self.percentEncodedControl(address)
            || address.unicodeScalars.contains(where: Self.isControl)
        {
            throw Abort(.badRequest, reason: request.messages(.errorControlCharacter))
        }
        let subtype = request.headers.contentType?.subType ?? ""
        if !Self.fileTypes.contains(subtype), let body = request.body.data {
            let text = String(buffer: body)
            if Self.containsNul(text) { throw Abort(.badRequest, reason: request.messages(.errorControlCharacter)) }
            if let field = Self.fieldWithControl(text, subtype: subtype) {
                throw FieldErrors(field, .fieldControlCharacter(field: field))
            }
        }
    }

    /// A raw NUL, its percent-encoding or its JSON escape.
    package static func containsNul(_ text: String) -> Bool {
        text.utf8.contains(0) || text.range(of: "%00", options: .caseInsensitive) != nil
            || text.range(of: "\\u0000", options: .caseInsensitive) != nil
    }

    /// C0 controls and DEL, except tab, line feed and carriage return.
    package static func isDisallowed(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || scalar.value == 0x7F
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x20 || scalar.value == 0x7F }

    /// `%00`–`%1F` or `%7F`, either case. A scan of the bytes: a regular expression
    /// compiled per request was a tenth of what `/healthz` cost.
    package static func percentEncodedControl(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        func isHex(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
        for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "%") {
            let (high, low) = (bytes[index + 1], bytes[index + 2])
            if (high == UInt8(ascii: "0") || high == UInt8(ascii: "1")) && isHex(low) { return true }
            if high == UInt8(ascii: "7") && (low == UInt8(ascii: "f") || low == UInt8(ascii: "F")) { return true }
        }
        return false
    }

    /// The first field of a form or JSON body whose value holds a disallowed character.
    package static func fieldWithControl(_ body: String, subtype: String) -> String? {
        switch subtype {
        case "x-www-form-urlencoded":
            for pair in body.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map {
                    String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
                }
                if parts.count == 2, parts[1].unicodeScalars.contains(where: isDisallowed) { return parts[0] }
            }
            return nil
        case "json":
            guard let value = try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed])
            else { return nil }
            return field(in: value, named: "")
        default:
            return nil
        }
    }

    private static func field(in value: Any, named name: String) -> String? {
        switch value {
        case let text as String: return text.unicodeScalars.contains(where: isDisallowed) ? name : nil
        case let object as [String: Any]:
            return object.sorted { $0.key < $1.key }.lazy.compactMap { field(in: $1, named: $0) }.first
        case let array as [Any]: return array.lazy.compactMap { field(in: $0, named: name) }.first
        default: return nil
        }
    }

    package init() {

    }
}
