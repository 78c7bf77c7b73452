import Testing

@testable import QRCode

/// A symbol segno made, in OracleFixtures.swift: one string of '1' (dark) and '0' per row.
struct OracleFixture: Sendable, CustomTestStringConvertible {
    let text: String
    let correction: QRErrorCorrection
    let version: Int
    let rows: [String]

    var testDescription: String { "\(correction) \(text.prefix(24))" }
}

/// The printable ASCII that scripts/qr-oracle.py cycles to fill a symbol.
private let sweepAlphabet = Array("The quick brown fox jumps over the lazy dog 0123456789 ")

private func sweepText(length: Int) -> String {
    String((0..<length).map { sweepAlphabet[$0 % sweepAlphabet.count] })
}

private func rows(of code: QRCode) -> [String] {
    (0..<code.size).map { y in String((0..<code.size).map { x in code[x, y] ? "1" : "0" }) }
}

@Suite("Symbols against segno")
struct OracleTests {
    @Test("every module equals segno's", arguments: oracleFixtures)
    func matrix(fixture: OracleFixture) throws {
        // MUT
        let code = try QRCode(encoding: fixture.text, correction: fixture.correction)
        // validate
        #expect(code.version == fixture.version)
        #expect(code.size == 17 + 4 * fixture.version)
        #expect(rows(of: code) == fixture.rows)
    }

    @Test(
        "the fullest symbol of every version matches segno's hash",
        arguments: [QRErrorCorrection.low, .medium, .quartile, .high])
    func sweep(correction: QRErrorCorrection) throws {
        let expected = try #require(oracleSweep[correction])
        for version in 1...40 {
            // setup
            let text = sweepText(length: byteCapacity(version: version, correction: correction))
            // MUT
            let code = try QRCode(encoding: text, correction: correction)
            // validate
            #expect(code.version == version)
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in rows(of: code).joined().utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
            #expect(hash == expected[version - 1], "version \(version)")
        }
    }
}

@Suite("Capacity")
struct CapacityTests {
    @Test(
        "version 40 holds its capacity and one byte more is too long",
        arguments: [(QRErrorCorrection.low, 2953), (.medium, 2331), (.quartile, 1663), (.high, 1273)])
    func tooLong(correction: QRErrorCorrection, capacity: Int) throws {
        #expect(try QRCode(encoding: sweepText(length: capacity), correction: correction).version == 40)
        #expect(throws: QRCodeError.tooLong) {
            try QRCode(encoding: sweepText(length: capacity + 1), correction: correction)
        }
    }

    @Test("capacity counts UTF-8 bytes, not characters")
    func multibyte() throws {
        // 2331 bytes hold 777 three-byte characters at level M, not 778
        #expect(try QRCode(encoding: String(repeating: "证", count: 777)).version == 40)
        #expect(throws: QRCodeError.tooLong) { try QRCode(encoding: String(repeating: "证", count: 778)) }
    }
}

@Suite("SVG")
struct SVGTests {
    @Test("the view box adds a four-module quiet zone on every side")
    func quietZone() throws {
        let code = try QRCode(encoding: "https://talent.zibo.gov.cn/verify/1")
        let side = code.size + 8
        let svg = code.svg(label: "verify")
        #expect(svg.contains(#"viewBox="0 0 \#(side) \#(side)""#))
        #expect(svg.contains(##"<rect width="\##(side)" height="\##(side)" fill="#fff"/>"##))
        #expect(svg.contains(#"shape-rendering="crispEdges""#))
    }

    @Test("the label is escaped into the aria-label")
    func labelEscaped() throws {
        let svg = try QRCode(encoding: "x").svg(label: #"Tom & Jerry's <"cert">"#)
        #expect(svg.contains(#"role="img" aria-label="Tom &amp; Jerry&apos;s &lt;&quot;cert&quot;&gt;""#))
    }

    @Test("the path draws exactly the dark modules, one subpath per horizontal run")
    func pathMatchesMatrix() throws {
        // setup
        let code = try QRCode(encoding: "证书验证 https://talent.zibo.gov.cn/verify/3f2a9c1e", correction: .quartile)
        // MUT
        let svg = code.svg(label: "certificate")
        // validate
        let path = try #require(svg.firstMatch(of: /<path d="([^"]*)" fill="#000"\/>/)?.output.1)
        var drawn = Set<[Int]>()
        var encodedDark = 0
        var runs = 0
        for run in path.matches(of: /M(\d+),(\d+)h(\d+)v1h-(\d+)z/) {
            let (x, y, width) = (Int(run.output.1)! - 4, Int(run.output.2)! - 4, Int(run.output.3)!)
            #expect(run.output.4 == run.output.3)
            // Merged: light or the edge on either side of the run.
            #expect(x == 0 || !code[x - 1, y])
            #expect(x + width == code.size || !code[x + width, y])
            drawn.formUnion((x..<(x + width)).map { [$0, y] })
            encodedDark += width
            runs += 1
        }
        #expect(path.count { $0 == "M" } == runs)
        let dark = (0..<code.size).flatMap { y in (0..<code.size).filter { code[$0, y] }.map { [$0, y] } }
        #expect(encodedDark == dark.count)
        #expect(drawn == Set(dark))
    }
}
