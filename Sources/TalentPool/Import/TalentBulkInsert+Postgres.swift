import FluentPostgresDriver
import Foundation
import NIOCore
import SiteKit
import TalentDomain

extension TalentBulkInsert {
    /// PostgreSQL: the rows stream through `COPY … FROM STDIN` in its text format, one
    /// statement a table for the batch, rather than as multi-row INSERTs of bound values
    /// that PostgreSQL parses and plans and PostgresNIO encodes one by one (issue 19).
    /// Inside the caller's transaction: a failed batch takes everything back as before.
    static func copy(
        _ rows: [(id: UUID, item: Item)], ids: TimeOrderedIDs, now: Date, importID: UUID?,
        on postgres: any PostgresDatabase, logger: Logger
    ) async throws {
        var ids = ids
        // In a transaction `withConnection` hands back the transaction's own connection.
        let connection = try await postgres.withConnection { $0.eventLoop.makeSucceededFuture($0) }.get()
        let stamp = timestamp(now)
        var talents = CopyText()
        for (id, item) in rows {
            let record = item.record
            let resident = record.residentID
            talents.row([
                id.uuidString, record.name, resident.gender.rawValue, resident.birthDate.description,
                item.residentCipher, item.residentIndex, resident.masked, item.mobileCipher, record.mobile?.masked,
                record.email, record.districtCode, record.educationLevel?.rawValue, record.school, record.major,
                record.graduationYear.map(String.init), record.employerID?.uuidString,
                record.skills.joined(separator: "\n"), stamp, TalentConsent.version, TalentConsent.purpose, "active",
                stamp, stamp, String(item.key), importID?.uuidString, vectorLiteral(item.document),
            ])
        }
        let columns = Self.columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        try await connection.copyFrom(table: "talents", columns: columns + ["search_vector"], logger: logger) {
            try await $0.write(talents.buffer)
        }
        var attributes = CopyText()
        for (id, item) in rows {
            for attribute in item.record.codedAttributes {
                attributes.row([ids.next().uuidString, id.uuidString, attribute.kind.rawValue, attribute.code])
            }
        }
        guard attributes.rows > 0 else { return }
        try await connection.copyFrom(
            table: "talent_attributes", columns: ["id", "talent_id", "kind", "code"], logger: logger
        ) { try await $0.write(attributes.buffer) }
    }

    /// The profile's search words as a `tsvector` literal: the same lexemes
    /// `TalentSearchIndex.vector` gives through `array_to_tsvector`, each quoted.
    static func vectorLiteral(_ document: TalentSearchIndex.Document) -> String {
        var literal = ""
        literal.reserveCapacity(document.other.count * 8)
        func add(_ token: String, prefix: String = "") {
            if !literal.isEmpty { literal += " " }
            literal += "'" + prefix
            // Tokens are letters and digits; a quote or backslash would need its escape.
            if token.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) {
                for character in token {
                    literal += character == "'" ? "''" : character == "\\" ? "\\\\" : String(character)
                }
            } else {
                literal += token
            }
            literal += "'"
        }
        for token in document.other { add(token) }
        for token in document.name + document.facets { add(token, prefix: TalentSearchIndex.postgresCoded("")) }
        return literal
    }

    /// `timestamptz` input to the microsecond, in UTC, as Fluent's own writes keep it.
    static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let micros = min(999_999, Int(((date.timeIntervalSince1970 - seconds) * 1_000_000).rounded()))
        let whole = Date(timeIntervalSince1970: seconds).formatted(.iso8601)  // 2026-12-07T15:51:08Z
        let fraction = String(micros)
        return String(whole.dropLast()) + "." + String(repeating: "0", count: 6 - fraction.count) + fraction + "+00"
    }
}

/// Rows in the text format of `COPY … FROM STDIN`: fields separated by tabs, `\N` for
/// NULL, a backslash, tab, line feed or carriage return in a value written as its escape.
struct CopyText {
    private(set) var buffer = ByteBuffer()
    private(set) var rows = 0

    mutating func row(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            guard let field else {
                buffer.writeStaticString("\\N")
                continue
            }
            guard field.utf8.contains(where: Self.needsEscape) else {
                buffer.writeString(field)
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
        rows += 1
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
