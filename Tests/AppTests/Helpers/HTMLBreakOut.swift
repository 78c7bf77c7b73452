import Fluent
import Foundation
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// Reads HTML the way a browser's tokenizer splits tags and attributes, and reports what
/// stored text could only produce by breaking out: an event-handler attribute, the `<b
/// data-xss>` tag of the hostile value, or a `javascript:` address.
enum HTMLBreakOut {
    static func find(in html: String) -> [String] {
        var found: [String] = []
        let bytes = Array(html.utf8)
        var index = 0
        func at(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        func isLetter(_ byte: UInt8?) -> Bool { byte.map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ?? false }
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), isLetter(at(1)) else {
                index += 1
                continue
            }
            // A start tag: its name, then attributes up to `>`.
            index += 1
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"),
                bytes[index] != UInt8(ascii: "/")
            { index += 1 }
            let tag = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                    index += 1
                    continue
                }
                let attributeStart = index
                while index < bytes.count, !isSpace(bytes[index]),
                    ![UInt8(ascii: "="), UInt8(ascii: ">")].contains(bytes[index])
                {
                    index += 1
                }
                let name = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
                var value = ""
                if at(0) == UInt8(ascii: "=") {
                    index += 1
                    if let quote = at(0), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        index += 1
                        let valueStart = index
                        while index < bytes.count, bytes[index] != quote { index += 1 }
                        value = String(decoding: bytes[valueStart..<min(index, bytes.count)], as: UTF8.self)
                        index += 1
                    } else {
                        let valueStart = index
                        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                            index += 1
                        }
                        value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    }
                }
                if name.hasPrefix("on") { found.append("<\(tag)> has an event handler \(name)") }
                if name == "data-xss" { found.append("<\(tag) data-xss> opened by stored text") }
                if ["href", "src", "action"].contains(name),
                    value.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("javascript:")
                {
                    found.append("<\(tag) \(name)> is a javascript: address")
                }
            }
            // Raw text elements: their content is not markup.
            if tag == "script" || tag == "style",
                let end = html.range(
                    of: "</\(tag)", options: .caseInsensitive,
                    range: html.utf8.index(html.startIndex, offsetBy: min(index, bytes.count))..<html.endIndex)
            {
                index = html.utf8.distance(from: html.startIndex, to: end.lowerBound)
            }
        }
        return found
    }
}
