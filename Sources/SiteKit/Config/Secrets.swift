import Synchronization
import Vapor

/// Purpose-bound keys derived from `TALENT_SECRET_KEY` with HKDF, so that a value keyed
/// for one purpose (a CSRF token) can never be replayed for another (an account key).
///
/// `TALENT_SECRET_KEY` may hold several keys (issue 20, deliver 6): the first is the
/// current one, which seals and signs everything new; the others are `previous` ones, still
/// read until `talent keys rotate` has moved every stored value to the current key.
package struct Secrets: Sendable {
    /// Names the key without revealing it: 12 hex digits derived from it.
    package let keyID: String
    package let csrf: SymmetricKey
    package let accountKey: SymmetricKey
    package let audit: SymmetricKey
    package let personalData: SymmetricKey
    package let blindIndex: SymmetricKey
    /// The seed of the Ed25519 key that signs certificates (`CertificateSigner`).
    package let certificateSigning: SymmetricKey
    /// The keys before the current one, newest first (empty when there is one key).
    package let previous: [Secrets]

    package init(secretKey: [UInt8], previous: [[UInt8]] = []) {
        let master = SymmetricKey(data: secretKey)
        func derive(_ purpose: String) -> SymmetricKey {
            HKDF<SHA256>.deriveKey(
                inputKeyMaterial: master, info: Data("talent/\(purpose)/v1".utf8),
                outputByteCount: 32)
        }
        keyID = String(derive("key-id").withUnsafeBytes { $0.hexString }.prefix(12))
        csrf = derive("csrf")
        accountKey = derive("login-account")
        audit = derive("audit-chain")
        personalData = derive("personal-data-aes-gcm")
        blindIndex = derive("blind-index")
        certificateSigning = derive("certificate-signing-ed25519")
        self.previous = previous.map { Secrets(secretKey: $0) }
    }

    /// The current key and the previous ones, newest first.
    package var all: [Secrets] { [self] + previous }

    /// Hex HMAC-SHA256 of `text` under `key`.
    package static func mac(_ text: String, key: SymmetricKey) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)).hexString
    }

    /// Hex SHA-256, for tokens that are looked up by hash.
    package static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).hexString
    }

    /// A new random token: 32 bytes, base64url without padding (43 characters).
    package static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

extension Sequence<UInt8> {
    /// Lower case, two digits a byte. Written out because `String(format:)` costs about a
    /// microsecond a byte, and an import computes a blind index for every row.
    package var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension Application {
    private struct SecretsKey: StorageKey {
        package typealias Value = Secrets
    }

    /// Set in `configure` from the configuration's secret key.
    package var secrets: Secrets {
        get {
            guard let secrets = storage[SecretsKey.self] else { fatalError("configure(_:config:) sets the secrets") }
            return secrets
        }
        set { storage[SecretsKey.self] = newValue }
    }
}

extension Application {
    private struct SecureCookiesKey: StorageKey {
        package typealias Value = Bool
    }

    /// Whether cookies carry the Secure attribute (`TALENT_SECURE_COOKIES`).
    package var secureCookies: Bool {
        get { storage[SecureCookiesKey.self] ?? false }
        set { storage[SecureCookiesKey.self] = newValue }
    }

    private struct PublicURLKey: StorageKey {
        package typealias Value = String
    }

    /// `TALENT_PUBLIC_URL`: the platform's address, for links that leave the site.
    package var publicURL: String {
        get { storage[PublicURLKey.self] ?? AppConfig.developmentPublicURL }
        set { storage[PublicURLKey.self] = newValue }
    }
}

extension Application {
    private struct AbsentUserHashKey: StorageKey {
        package typealias Value = AbsentUserHash
    }

    /// See `LoginService.absentUserHash`. Made on the first sign-in rather than at
    /// start-up: a bcrypt hash at the service's cost takes about a second, which every
    /// command (`import`, `token`, …) paid before.
    package func absentUserHash(_ passwords: AsyncPasswordHasher) async throws -> String {
        if let made = storage[AbsentUserHashKey.self]?.value.withLock({ $0 }) { return made }
        let made = try await passwords.hash(Secrets.randomToken())
        // Two first sign-ins at once may both make one; either serves, the first is kept.
        return storage[AbsentUserHashKey.self]?.value.withLock { stored in
            if stored == nil { stored = made }
            return stored ?? made
        } ?? made
    }

    /// Called once in `configure`, before any request: the box the hash is kept in.
    package func prepareAbsentUserHash() {
        storage[AbsentUserHashKey.self] = AbsentUserHash()
    }
}

package final class AbsentUserHash: Sendable {
    package let value = Mutex<String?>(nil)
}
