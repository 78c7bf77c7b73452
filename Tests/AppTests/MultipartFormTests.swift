import Fluent
import Foundation
import SiteKit
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// The upload forms' body reader (`MultipartForm`), on the bodies browsers send and on
/// broken ones.
@Suite struct MultipartFormTests {
    static let boundary = "----WebKitFormBoundaryx7Zp2Q"

    static func body(_ parts: [(headers: String, content: [UInt8])], closed: Bool = true) -> [UInt8] {
        var body: [UInt8] = []
        for part in parts {
            body += Array("--\(boundary)\r\n\(part.headers)\r\n\r\n".utf8) + part.content + Array("\r\n".utf8)
        }
        if closed { body += Array("--\(boundary)--\r\n".utf8) }
        return body
    }

    static func read(_ body: [UInt8], boundary: String = boundary) -> MultipartForm? {
        body.withUnsafeBytes { MultipartForm($0, boundary: boundary) }
    }

    @Test func readsTheFieldsAndTheFileAsSent() throws {
        // A file whose lines end in CRLF and hold dashes and a near-boundary.
        let file = Array("姓名,身份证号\r\n--\(Self.boundary.dropLast())\r\n----\r\n".utf8)
        let form = try #require(
            Self.read(
                Self.body([
                    ("Content-Disposition: form-data; name=\"_csrf\"", Array("token-1".utf8)),
                    (
                        "Content-Disposition: form-data; name=\"file\"; filename=\"名单;2026.csv\"\r\n"
                            + "Content-Type: text/csv", file
                    ),
                    ("content-disposition: form-data; name=\"partial\"", Array("yes".utf8)),
                ])))
        #expect(form.text("_csrf") == "token-1")
        #expect(form.text("partial") == "yes")
        #expect(form.text("upsert") == nil)
        let upload = try #require(form.file("file"))
        #expect(upload.filename == "名单;2026.csv")
        #expect(upload.body == file)
    }

    @Test func aFileInputLeftEmptyIsNoFile() throws {
        let form = try #require(
            Self.read(
                Self.body([
                    (
                        "Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\nContent-Type: application/octet-stream",
                        []
                    )
                ])))
        #expect(form.file("file") == nil)
        #expect(form.parts.count == 1)
    }

    @Test func aPreambleBeforeTheFirstDelimiterIsSkipped() throws {
        let form = try #require(
            Self.read(
                Array("ignored preamble\r\n".utf8)
                    + Self.body([("Content-Disposition: form-data; name=\"a\"", Array("1".utf8))])))
        #expect(form.text("a") == "1")
    }

    @Test func aBrokenBodyIsNoForm() {
        let part = ("Content-Disposition: form-data; name=\"a\"", Array("1".utf8))
        #expect(Self.read(Self.body([part], closed: false)) == nil, "no closing delimiter")
        #expect(Self.read(Self.body([part]), boundary: "other") == nil, "another boundary")
        #expect(Self.read(Self.body([part]), boundary: "") == nil, "no boundary")
        #expect(Self.read(Self.body([("Content-Type: text/plain", Array("1".utf8))])) == nil, "no disposition")
        #expect(Self.read(Array("--\(Self.boundary)\r\nContent-Disposition: form-data".utf8)) == nil, "cut off")
        #expect(Self.read([]) == nil, "empty")
        let many = Array(repeating: part, count: 65)
        #expect(Self.read(Self.body(many)) == nil, "more parts than any form has")
    }

    @Test func anUploadWhoseBodyIsBrokenIsRefusedWithoutAServerError() async throws {
        try await TestApp.run { app, _ in
            // setup: a signed-in officer on the import form
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            try await browser.get("/talents/imports")
            var headers = browser.cookieHeader
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(Self.boundary)")
            let cut = Self.body([("Content-Disposition: form-data; name=\"_csrf\"", Array(browser.csrfToken.utf8))])
            // act: the closing delimiter never comes
            let response = try await app.testing().sendRequest(
                .POST, "/talents/imports", headers: headers, body: ByteBuffer(bytes: cut.dropLast(8)))
            // assert: the form cannot be read, so neither can its token
            #expect(response.status == .forbidden)
            #expect(try await TalentImport.query(on: app.db).count() == 0)
        }
    }
}
