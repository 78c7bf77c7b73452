import Fluent
import Foundation
import Organizations
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

@Suite("The employer is typed by name or credit code, with the organisations as suggestions")
struct EmployerPickerTests {
    private func form(_ employer: String) -> [String: String] {
        [
            "name": "张伟", "residentID": TalentsTests.residentID, "districtCode": "370303", "employerID": employer,
            "consent": "yes",
        ]
    }

    @Test func aNameOrACreditCodeFindsTheOrganisationAndASharedNameAsksForTheCode() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let chosen = try await TestApp.makeOrganization(app, name: "淄博星河数据有限公司（示例）", serial: 1)
            _ = try await TestApp.makeOrganization(app, name: "淄博同名科技有限公司（示例）", serial: 2)
            let twin = try await TestApp.makeOrganization(app, name: "淄博同名科技有限公司（示例）", serial: 3)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            let page = try await browser.get("/talents/new").text
            // MUT
            let shared = try await browser.post("/talents", form("淄博同名科技有限公司（示例）"))
            let unknown = try await browser.post("/talents", form("没有这家公司"))
            let byCode = try await browser.post("/talents", form(twin.creditCode.lowercased()))
            // validate
            #expect(page.contains("list=\"talent-employer-suggestions\""))
            #expect(page.contains("<option value=\"\(chosen.name)\">"))
            #expect(shared.status == .unprocessableEntity && shared.text.contains("请填写统一社会信用代码"))
            #expect(unknown.status == .unprocessableEntity && unknown.text.contains("没有这个单位"))
            #expect(byCode.status == .seeOther)
            let talent = try #require(try await Talent.query(on: app.db).first())
            #expect(talent.$employer.id == twin.id)
            // Editing shows the employer by name, and saving it as shown keeps it, though
            // another organisation has the same name.
            let edit = try await browser.get("/talents/\(try talent.requireID())/edit").text
            #expect(edit.contains("value=\"淄博同名科技有限公司（示例）\""))
            let renamed = try await browser.post(
                "/talents/\(try talent.requireID())/edit",
                ["name": "张伟", "districtCode": "370303", "employerID": "淄博同名科技有限公司（示例）"])
            #expect(renamed.status == .seeOther, "\(renamed.text.prefix(300))")
            #expect(try await Talent.find(talent.id, on: app.db)?.$employer.id == twin.id)
        }
    }
}
