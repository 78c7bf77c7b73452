import Foundation
import Vapor

#if canImport(Glibc)
    import Glibc
#endif

/// `TALENT_TRUSTED_PROXIES`: the load balancers and reverse proxies (addresses or CIDR
/// ranges, IPv4 or IPv6) whose `X-Forwarded-For` is believed. Behind nginx every request
/// arrives from nginx's address, so the sign-in throttle, the registration limit and the
/// loopback-only `/metrics` would all see one client; the header says who the client
/// is, but any client can write it, so it counts only when the TCP peer is a proxy
/// listed here.
public struct TrustedProxies: Sendable, Equatable {
    /// Network bytes (4 or 16) and prefix length.
    private var ranges: [(bytes: [UInt8], prefix: Int)]

    public static let none = TrustedProxies(ranges: [])

    private init(ranges: [(bytes: [UInt8], prefix: Int)]) { self.ranges = ranges }

    /// Entries separated by commas or spaces; nil when one is not an address or range.
    public init?(_ text: String) {
        var ranges: [(bytes: [UInt8], prefix: Int)] = []
        for entry in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
            let parts = entry.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            guard let bytes = Self.bytes(String(parts[0])) else { return nil }
            let prefix = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
            guard let prefix, (0...bytes.count * 8).contains(prefix) else { return nil }
            ranges.append((bytes, prefix))
        }
        guard !ranges.isEmpty else { return nil }
        self.ranges = ranges
    }

    public static func == (lhs: TrustedProxies, rhs: TrustedProxies) -> Bool {
        lhs.ranges.map(\.bytes) == rhs.ranges.map(\.bytes) && lhs.ranges.map(\.prefix) == rhs.ranges.map(\.prefix)
    }

    public var isEmpty: Bool { ranges.isEmpty }

    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(address) else { return false }
        return ranges.contains { range in
            guard range.bytes.count == bytes.count else { return false }
            let (whole, rest) = range.prefix.quotientAndRemainder(dividingBy: 8)
            guard bytes.prefix(whole) == range.bytes.prefix(whole) else { return false }
            guard rest > 0 else { return true }
            let mask = UInt8(0xFF) << (8 - rest)
            return bytes[whole] & mask == range.bytes[whole] & mask
        }
    }

    /// The client: the TCP peer, unless it is a trusted proxy; then the nearest address
    /// in `X-Forwarded-For` (read from the right, where each proxy appends the address it
    /// was reached from) that is not itself a trusted proxy, or the first if all are.
    public func client(peer: String?, forwardedFor: [String]) -> String? {
        guard let peer, contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !hops.isEmpty else { return peer }
        return hops.last { !contains($0) } ?? hops[0]
    }

    /// An address as network bytes: IPv4 as 4, IPv6 as 16, an IPv4-mapped IPv6 address
    /// (`::ffff:10.0.0.1`, as dual-stack sockets report IPv4 peers) as its IPv4 4.
    static func bytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        return bytes.prefix(12) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF] ? Array(bytes.suffix(4)) : bytes
    }
}

extension Application {
    private struct TrustedProxiesKey: StorageKey {
        typealias Value = TrustedProxies
    }

    /// `TALENT_TRUSTED_PROXIES`.
    package var trustedProxies: TrustedProxies {
        get { storage[TrustedProxiesKey.self] ?? .none }
        set { storage[TrustedProxiesKey.self] = newValue }
    }
}

extension Request {
    /// Who sent the request (`TrustedProxies.client`): what rate limits count and what
    /// `/metrics` checks for loopback; nil when the transport knows no peer.
    package var clientAddress: String? {
        application.trustedProxies.client(
            peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor])
    }
}
