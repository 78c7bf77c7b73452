import Accounts
import Foundation
import Organizations
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// A minimal browser for HTTP tests: keeps cookies, reads the CSRF field of the last page
/// and posts forms with it, as a person's browser would.
final class Browser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var lastPage = ""

    init(_ app: Application) {
        self.app = app
    }

    @discardableResult
    func get(_ target: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        let response = try await app.get(target, headers: headers.merging(cookieHeader))
        remember(response)
        return response
    }

    /// Posts `fields` as a form, adding the `_csrf` of the last page unless `csrf` is given.
    @discardableResult
    func post(_ path: String, _ fields: [String: String], csrf: String? = nil) async throws -> TestingHTTPResponse {
        var fields = fields
        if fields[CSRF.fieldName] == nil { fields[CSRF.fieldName] = csrf ?? csrfToken }
        let body = fields.map { "\(percentEncode($0.key))=\(percentEncode($0.value))" }.joined(separator: "&")
        var headers = cookieHeader
        headers.contentType = .urlEncodedForm
        let response = try await app.testing().sendRequest(
            .POST, path, headers: headers,
            body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Uploads a file as `multipart/form-data` with the `_csrf` of the last page in the body.
    @discardableResult
    func upload(
        _ path: String, file: [UInt8], named filename: String, fields: [String: String] = [:],
        headers extra: HTTPHeaders = [:]
    ) async throws -> TestingHTTPResponse {
        let boundary = "----talent-test-boundary"
        var body = ByteBuffer()
        var fields = fields
        if fields[CSRF.fieldName] == nil { fields[CSRF.fieldName] = csrfToken }
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\n"
                + "Content-Type: text/csv\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = cookieHeader.merging(extra)
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: body)
        remember(response)
        return response
    }

    /// The `_csrf` value of the last page's first form.
    var csrfToken: String {
        guard let range = lastPage.range(of: "name=\"_csrf\" value=\"") else { return "" }
        return String(lastPage[range.upperBound...].prefix { $0 != "\"" })
    }

    var cookieHeader: HTTPHeaders {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        return headers
    }

    func setCookies(_ values: [String: String]) {
        cookies.merge(values) { $1 }
    }

    private func remember(_ response: TestingHTTPResponse) {
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            if value.string.isEmpty || value.maxAge == 0 { cookies[name] = nil } else { cookies[name] = value.string }
        }
        if response.headers.contentType == .html { lastPage = response.body.string }
    }
}

extension HTTPHeaders {
    func merging(_ other: HTTPHeaders) -> HTTPHeaders {
        var result = self
        for (name, value) in other { result.add(name: name, value: value) }
        return result
    }
}

extension TestApp {
    static let password = "Zibo-Talent-2026!"

    /// An account that can sign in with `password` straight away.
    @discardableResult
    static func makeUser(
        _ app: Application, role: Role, email: String, department: String? = nil,
        organization: UUID? = nil, mustChangePassword: Bool = false
    ) async throws -> User {
        let user = User(
            displayName: "测试\(role.rawValue)", email: email, mobile: nil,
            passwordHash: try await app.password.async.hash(password), role: role,
            departmentCode: department, organizationID: organization,
            mustChangePassword: mustChangePassword)
        try await user.create(on: app.db)
        return user
    }

    static func makeOrganization(_ app: Application, name: String, serial: Int) async throws -> Organization {
        let organization = Organization(
            name: name, kind: .enterprise,
            creditCode: CreditCode.fake(divisionCode: "370303", serial: serial).value,
            districtCode: "370303")
        try await organization.create(on: app.db)
        return organization
    }

    /// Signs `email` in through the login form; the browser then holds the session.
    static func signIn(_ browser: Browser, _ email: String, password: String = password) async throws
        -> TestingHTTPResponse
    {
        try await browser.get("/login")
        return try await browser.post("/login", ["identifier": email, "password": password])
    }
}
