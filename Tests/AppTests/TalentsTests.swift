import Fluent
import Foundation
import NIOConcurrencyHelpers
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Talent profiles: encrypted identifiers, scoped access")
struct TalentsTests {
    /// A synthetic, valid ID number: Zhangdian, born 1990-05-17, sequence 123 (male).
    static let residentID = ResidentID.fake(areaCode: "370303", birth: CalendarDate("1990-05-17")!, sequence: 123).value

    private func form(_ overrides: [String: String] = [:]) -> [String: String] {
        [
            "name": "张伟", "residentID": Self.residentID, "mobile": "138 1234 5678", "districtCode": "370303",
            "educationLevel": "bachelor", "major": "数据科学与大数据技术", "graduationYear": "2012",
            "occupations": "2-02-38-03, 4-04-05-05", "skills": "Python、数据分析", "keyGroups[]": "college_graduates",
            "consent": "yes",
        ].merging(overrides) { $1 }
    }

    private func signedIn(_ app: Application, _ email: String) async throws -> Browser {
        let browser = Browser(app)
        _ = try await TestApp.signIn(browser, email)
        try await browser.get("/talents/new")
        return browser
    }

    @Test func officerAddsAProfileStoredEncryptedWithDerivedBirthDateAndGender() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = try await signedIn(app, "o@example.test")
            // MUT
            let response = try await browser.post("/talents", form())
            // validate
            #expect(response.status == .seeOther)
            let talent = try #require(try await Talent.query(on: app.db).first())
            #expect(talent.birthDate == "1990-05-17")
            #expect(talent.gender == "male")
            #expect(talent.residentIDMasked == "370303********" + Self.residentID.suffix(4))
            #expect(talent.residentIDCipher?.contains(Self.residentID) == false)
            #expect(app.personalData.open(talent.residentIDCipher ?? "") == Self.residentID)
            #expect(talent.mobileMasked == "138****5678")
            let codes = try await TalentAttribute.query(on: app.db).all().map { "\($0.kind.rawValue):\($0.code)" }
                .sorted()
            #expect(codes == ["key_group:college_graduates", "occupation:2-02-38-03", "occupation:4-04-05-05"])
            // the HR officer reads the whole number on request, and the read is audited
            let location = try #require(response.headers.first(name: .location))
            let profile = try await browser.get(location)
            #expect(!profile.text.contains(Self.residentID) && profile.text.contains("查看完整号码"))
            let id = String(location.prefix { $0 != "?" }.split(separator: "/").last ?? "")
            let revealed = try await browser.post("/talents/\(id)/identifiers", [:])
            #expect(revealed.status == .ok && revealed.text.contains(Self.residentID))
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "talent.identifiers_read").count() == 1)
            // the audit event names fields, never the number
            let event = try #require(
                try await AuditEvent.query(on: app.db).filter(\.$action == "talent.create").first())
            #expect(event.changedFields.contains("resident_id"))
            #expect(!event.changedFields.contains(String(Self.residentID.prefix(6))))
        }
    }

    /// The consent text said only HR staff see full ID numbers, but an Education Bureau
    /// officer saw and exported them (issue 17): who reads them is one rule, and the
    /// consent text is made from it.
    @Test func onlyTheDepartmentsThePolicyNamesReadFullNumbersAsTheConsentTextSays() async throws {
        try await TestApp.run { app, _ in
            let talent = try await TestTalents.add(app, name: "核验对象")
            let id = try talent.requireID().uuidString
            let number = try #require(talent.residentIDCipher.flatMap { app.personalData.open($0) })
            try await TestApp.makeUser(app, role: .officer, email: "edu@example.test", department: "EDU")
            let education = try await signedIn(app, "edu@example.test")
            let profile = try await education.get("/talents/\(id)")
            #expect(profile.status == .ok && !profile.text.contains(number) && !profile.text.contains("查看完整号码"))
            #expect(try await education.post("/talents/\(id)/identifiers", [:]).status == .forbidden)
            let api = try await education.get("/api/v1/talents/\(id)")
            #expect(!api.text.contains(number))
            let export = try await education.get("/talents/export?format=csv")
            #expect(!export.text.contains(number))
            let consent = try await Browser(app).get("/register")
            #expect(consent.text.contains("完整号码只有市人力资源社会保障局工作人员和平台管理员为核验身份可以查看"))
        }
    }

    /// Every refusal in the summary at the top is also shown beside its field (school and
    /// major were listed only in the summary).
    @Test func aRefusedSchoolOrMajorIsShownBesideItsField() async throws {
        try await TestApp.run { app, _ in
            // setup
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = try await signedIn(app, "o@example.test")
            // act
            let response = try await browser.post("/talents", form(["school": "淄博\t职业学院", "major": "数据\n科学"]))
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"talent-school-error\""))
            #expect(response.text.contains("id=\"talent-major-error\""))
            #expect(try await Talent.query(on: app.db).count() == 0)
        }
    }

    @Test func wrongCheckDigitIs422NamingTheFieldAndWritesNothing() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = try await signedIn(app, "o@example.test")
            let last = Self.residentID.last == "1" ? "2" : "1"
            let response = try await browser.post(
                "/talents", form(["residentID": String(Self.residentID.dropLast()) + last]))
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("身份证号码校验位不符"))
            #expect(try await Talent.query(on: app.db).count() == 0)
            #expect(try await TalentAttribute.query(on: app.db).count() == 0)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "talent.create").count() == 0)
        }
    }

    @Test func sameIDNumberTwiceIsRejectedThroughTheBlindIndex() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = try await signedIn(app, "o@example.test")
            #expect(try await browser.post("/talents", form()).status == .seeOther)
            try await browser.get("/talents/new")
            // the same number typed with a lower-case x would still match; here: spaces around it
            let again = try await browser.post("/talents", form(["residentID": " \(Self.residentID) ", "name": "张伟二"]))
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("已在人才库中"))
        }
    }

    @Test func employerAddsOnlyForTheirOrganisationAndSeesMaskedNumbers() async throws {
        try await TestApp.run { app, _ in
            let acme = try await TestApp.makeOrganization(app, name: "示例科技", serial: 11)
            let other = try await TestApp.makeOrganization(app, name: "另一家公司", serial: 12)
            try await TestApp.makeUser(app, role: .employer, email: "hr@acme.test", organization: acme.id)
            let browser = try await signedIn(app, "hr@acme.test")
            // MUT: for another organisation → refused
            // Key groups are HR staff's to record, not an employer's (issue 14).
            let grouped = try await browser.post("/talents", form(["employerID": try acme.requireID().uuidString]))
            #expect(grouped.status == .unprocessableEntity)
            #expect(grouped.text.contains("由人社部门工作人员认定"))
            try await browser.get("/talents/new")
            #expect(!browser.lastPage.contains("keyGroups[]"))
            let foreign = try await browser.post(
                "/talents", form(["employerID": try other.requireID().uuidString]).filter { $0.key != "keyGroups[]" })
            #expect(foreign.status == .unprocessableEntity)
            #expect(foreign.text.contains("只能为本单位录入"))
            // for their own → saved, and shown masked to them
            try await browser.get("/talents/new")
            let own = try await browser.post(
                "/talents", form(["employerID": try acme.requireID().uuidString]).filter { $0.key != "keyGroups[]" })
            #expect(own.status == .seeOther)
            let profile = try await browser.get(own.headers.first(name: .location) ?? "")
            #expect(!profile.text.contains(Self.residentID))
            #expect(profile.text.contains("370303********"))
            let id = try #require(try await Talent.query(on: app.db).first()?.requireID())
            let api = try await browser.get("/api/v1/talents/\(id.uuidString)")
            let dto = try JSONDecoder().decode(TalentDTO.self, from: Data(api.text.utf8))
            #expect(dto.residentID == nil)
            #expect(dto.residentIDMasked?.hasPrefix("370303") == true)
        }
    }

    @Test func profileOutsideTheScopeIsNotFound() async throws {
        try await TestApp.run { app, _ in
            let acme = try await TestApp.makeOrganization(app, name: "示例科技", serial: 21)
            let other = try await TestApp.makeOrganization(app, name: "另一家公司", serial: 22)
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            try await TestApp.makeUser(app, role: .employer, email: "hr@other.test", organization: other.id)
            let officer = try await signedIn(app, "o@example.test")
            let created = try await officer.post("/talents", form(["employerID": try acme.requireID().uuidString]))
            let path = try #require(created.headers.first(name: .location))
            let outsider = Browser(app)
            _ = try await TestApp.signIn(outsider, "hr@other.test")
            #expect(try await outsider.get(path).status == .notFound)
        }
    }

    @Test func talentRoleCannotOpenTheStaffForm() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "t@example.test")
            #expect(try await browser.get("/talents/new").status == .forbidden)
        }
    }

    @Test func creatingAProfileLogsNoIdentifier() async throws {
        try await TestApp.run { app, _ in
            let lines = NIOLockedValueBox<[String]>([])
            app.middleware.use(LogCapture(lines: lines), at: .beginning)
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = try await signedIn(app, "o@example.test")
            let created = try await browser.post("/talents", form())
            _ = try await browser.get(created.headers.first(name: .location) ?? "")
            let logged = lines.withLockedValue { $0 }.joined(separator: "\n")
            #expect(!logged.isEmpty)
            #expect(!logged.contains(Self.residentID))
            #expect(!logged.contains("13812345678"))
        }
    }

    @Test func sealedValuesOpenOnlyUnalteredAndNeverRepeat() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            let cipher = app.personalData
            let first = try cipher.seal(Self.residentID)
            let second = try cipher.seal(Self.residentID)
            #expect(first != second)  // a fresh nonce each time
            #expect(cipher.open(first) == Self.residentID)
            var bytes = [UInt8](Data(base64Encoded: first)!)
            bytes[bytes.count - 1] ^= 0x01
            #expect(cipher.open(Data(bytes).base64EncodedString()) == nil)
            #expect(cipher.index(Self.residentID) == cipher.index(Self.residentID))
        }
    }
}
