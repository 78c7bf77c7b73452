import Foundation

/// What a certificate's signature covers, written out as one canonical text so that
/// anyone holding the platform's public key can check it offline: the lines below, in
/// this order, UTF-8, joined by a line feed, no trailing line feed.
///
/// ```
/// zibo-talent-certificate/v1
/// code=7K3MQ9TX2HCV8RWP
/// kind=skill_level
/// level=technician
/// occupation=2-02-38-03
/// issuer=淄博数智职业培训学校
/// number=ZB2026-0001
/// issued=2026-06-30
/// holder=张*明
/// ```
///
/// The holder appears only masked: the page and payload are public. Revocation is not in
/// the payload — a signature proves issue, the verify page tells whether it still stands.
public struct CertificatePayload: Hashable, Sendable {
    public var code: CertificateCode
    public var kind: CertificateKind
    public var level: CertificateLevel?
    public var occupationCode: String?
    public var issuerName: String
    public var number: String
    /// `YYYY-MM-DD`.
    public var issuedOn: String
    public var holderMasked: String

    public init(
        code: CertificateCode, kind: CertificateKind, level: CertificateLevel?, occupationCode: String?,
        issuerName: String, number: String, issuedOn: String, holderMasked: String
    ) {
        self.code = code
        self.kind = kind
        self.level = level
        self.occupationCode = occupationCode
        self.issuerName = issuerName
        self.number = number
        self.issuedOn = issuedOn
        self.holderMasked = holderMasked
    }

    public static let header = "zibo-talent-certificate/v1"

    public var canonicalText: String {
        let fields: [(String, String)] = [
            ("code", code.value), ("kind", kind.rawValue), ("level", level?.code ?? ""),
            ("occupation", occupationCode ?? ""), ("issuer", issuerName), ("number", number),
            ("issued", issuedOn), ("holder", holderMasked),
        ]
        // Inputs are validated single-line text; folding any line break here as well keeps
        // one field from ever posing as two.
        return ([Self.header] + fields.map { "\($0)=\(Self.oneLine($1))" }).joined(separator: "\n")
    }

    public var canonicalBytes: [UInt8] { Array(canonicalText.utf8) }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}

/// A person's name as public pages show it: the first and last characters, the rest
/// starred (张*明, 欧**华, 李*; a one-character name is a single star).
public enum MaskedName {
    public static func of(_ name: String) -> String {
        let characters = Array(name.trimmingCharacters(in: .whitespaces))
        switch characters.count {
        case 0: return ""
        case 1: return "*"
        case 2: return "\(characters[0])*"
        default:
            return
                "\(characters[0])\(String(repeating: "*", count: characters.count - 2))\(characters[characters.count - 1])"
        }
    }
}
