import Foundation

/// The head of the audit chain as one line of text, to keep away from the database
/// (a ticket, a log server, paper): `talent audit checkpoint` prints it and
/// `talent audit verify --checkpoint LINE` checks the trail still holds that record.
/// Whoever can delete the newest records can also rewind the head to match; they cannot
/// change a line kept elsewhere (issue 14, defect 6).
///
///     zibo-talent-audit-checkpoint/1 sequence=1234 hash=<64 hex digits>
public struct AuditCheckpoint: Hashable, Sendable, CustomStringConvertible {
    public var sequence: Int64
    public var hash: String

    static let tag = "zibo-talent-audit-checkpoint/1"

    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// Reads a line as printed (surrounding white space ignored); nil if it is not one.
    public init?(line: String) {
        let parts = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count == 3, parts[0] == Self.tag, parts[1].hasPrefix("sequence="), parts[2].hasPrefix("hash="),
            let sequence = Int64(parts[1].dropFirst("sequence=".count)), sequence >= 0
        else { return nil }
        let hash = String(parts[2].dropFirst("hash=".count))
        guard hash.count == 64, hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        self.init(sequence: sequence, hash: hash)
    }

    public var description: String { "\(Self.tag) sequence=\(sequence) hash=\(hash)" }
}
