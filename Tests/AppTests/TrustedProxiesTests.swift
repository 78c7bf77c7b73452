import Foundation
import SiteKit
import Testing

/// Issue 20: `X-Forwarded-For` names the client only when a trusted proxy sent it.
struct TrustedProxiesTests {
    static let proxies = TrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8")!

    @Test func addressesAndRangesOfBothFamiliesAreRecognised() {
        #expect(Self.proxies.contains("127.0.0.1"))
        #expect(Self.proxies.contains("10.200.3.4"))
        #expect(Self.proxies.contains("fd12:3456::1"))
        // An IPv4 peer as a dual-stack socket reports it.
        #expect(Self.proxies.contains("::ffff:10.1.2.3"))
        #expect(!Self.proxies.contains("11.0.0.1"))
        #expect(!Self.proxies.contains("127.0.0.2"))
        #expect(!Self.proxies.contains("fe80::1"))
        #expect(!Self.proxies.contains("not an address"))
        #expect(TrustedProxies("192.168.1.0/23")!.contains("192.168.0.7"))
        #expect(!TrustedProxies("192.168.1.0/24")!.contains("192.168.0.7"))
    }

    @Test func aListWithAnythingElseIsRefused() {
        for text in ["", "10.0.0.0/33", "localhost", "10.0.0.1/", "::1/129", "10.0.0.1, nginx"] {
            #expect(TrustedProxies(text) == nil, "\(text)")
        }
    }

    @Test func theHeaderCountsOnlyFromATrustedPeer() {
        // A client writing the header itself changes nothing.
        #expect(Self.proxies.client(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"]) == "203.0.113.9")
        // Through nginx: the address nginx appended.
        #expect(Self.proxies.client(peer: "127.0.0.1", forwardedFor: ["203.0.113.9"]) == "203.0.113.9")
        // A forged first hop is skipped: the nearest untrusted address is the one the
        // first proxy saw. Several headers count as one list.
        #expect(
            Self.proxies.client(peer: "127.0.0.1", forwardedFor: ["6.6.6.6, 203.0.113.9", "10.0.0.5"])
                == "203.0.113.9")
        // All hops trusted: the first. No header: the peer.
        #expect(Self.proxies.client(peer: "127.0.0.1", forwardedFor: ["10.0.0.7, 10.0.0.5"]) == "10.0.0.7")
        #expect(Self.proxies.client(peer: "127.0.0.1", forwardedFor: []) == "127.0.0.1")
        // No proxies configured: always the peer.
        #expect(TrustedProxies.none.client(peer: "127.0.0.1", forwardedFor: ["203.0.113.9"]) == "127.0.0.1")
    }
}
