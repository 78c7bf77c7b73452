import Fluent
import Foundation
import SQLKit
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

@Suite("Editing a profile and erasing it on request")
struct TalentEditErasureTests {
    /// A talent with an account, signed in.
    private func talentWithAccount(_ app: Application) async throws -> (Browser, Talent) {
        let user = try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
        let talent = try await TestTalents.add(
            app, name: "张伟", skills: ["Python"], major: "软件工程",
            keyGroups: ["college_graduates"], userID: user.id)
        let browser = Browser(app)
        _ = try await TestApp.signIn(browser, "t@example.test")
        return (browser, talent)
    }

    @Test func aTalentEditsTheirOwnProfileButNotTheFieldsThatDecideEligibility() async throws {
        try await TestApp.run { app, _ in
            let (browser, talent) = try await talentWithAccount(app)
            let id = try talent.requireID()
            let form = try await browser.get("/talents/\(id)/edit")
            #expect(form.status == .ok)
            #expect(!form.body.string.contains("name=\"keyGroups[]\""))
            #expect(!form.body.string.contains("name=\"employerID\""))
            let saved = try await browser.post(
                "/talents/\(id)/edit",
                [
                    "name": "张伟", "districtCode": "370302", "major": "人工智能", "skills": "Python、机器学习",
                    "keyGroups[]": "veterans",
                ])
            #expect(saved.status == .seeOther)
            let stored = try #require(try await Talent.find(id, on: app.db))
            #expect(stored.major == "人工智能")
            #expect(stored.districtCode == "370302")
            let groups = try await TalentAttribute.query(on: app.db).filter(\.$kind == .keyGroup).all().map(\.code)
            #expect(groups == ["college_graduates"])
            // The index follows the edit.
            let found = try await TalentSearchQuery(keyword: "人工智能").run(
                scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
            #expect(found.items.map(\.id) == [id])
            let audit = try #require(
                try await AuditEvent.query(on: app.db).filter(\.$action == "talent.update").first())
            #expect(audit.changedFields.contains("major") && audit.changedFields.contains("district_code"))
            #expect(!audit.changedFields.contains("人工智能"))
        }
    }

    @Test func anEditWithABadValueIs422AndChangesNothing() async throws {
        try await TestApp.run { app, _ in
            let (browser, talent) = try await talentWithAccount(app)
            let id = try talent.requireID()
            try await browser.get("/talents/\(id)/edit")
            let response = try await browser.post(
                "/talents/\(id)/edit",
                [
                    "name": "张伟", "districtCode": "999999", "major": "人工智能", "mobile": "12345",
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("手机号须为 11 位"))
            #expect(try await Talent.find(id, on: app.db)?.major == "软件工程")
        }
    }

    @Test func nobodyEditsAProfileOutsideTheirScope() async throws {
        try await TestApp.run { app, _ in
            let other = try await TestTalents.add(app, name: "王芳")
            let (browser, _) = try await talentWithAccount(app)
            #expect(try await browser.get("/talents/\(other.requireID())/edit").status == .notFound)
            let org = try await TestApp.makeOrganization(app, name: "甲公司（示例）", serial: 1)
            try await TestApp.makeUser(app, role: .employer, email: "e@example.test", organization: org.id)
            let employer = Browser(app)
            _ = try await TestApp.signIn(employer, "e@example.test")
            #expect(try await employer.get("/talents/\(other.requireID())/edit").status == .notFound)
        }
    }

    @Test func approvedErasureWipesPersonalDataKeepsStatisticsAndClosesTheAccount() async throws {
        try await TestApp.run { app, config in
            let (browser, talent) = try await talentWithAccount(app)
            let id = try talent.requireID()
            let residentID = try #require(talent.residentIDCipher.flatMap(app.personalData.open))
            try await browser.get("/talents/\(id)")
            let unconfirmed = try await browser.post("/account/erasure", [:])
            #expect(unconfirmed.headers.first(name: .location)?.contains("unconfirmed") == true)
            #expect(try await ErasureRequest.query(on: app.db).count() == 0)
            try await browser.get("/talents/\(id)")
            #expect(try await browser.post("/account/erasure", ["confirm": "yes"]).status == .seeOther)
            let request = try #require(try await ErasureRequest.query(on: app.db).first())
            #expect(request.status == .pending)
            // An officer cannot decide; an administrator can.
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")
            try await officer.get("/talents")
            #expect(
                try await officer.post("/admin/erasures/\(request.requireID())", ["decision": "approve"]).status
                    == .forbidden)
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let admin = Browser(app)
            _ = try await TestApp.signIn(admin, "a@example.test")
            let list = try await admin.get("/admin/erasures")
            #expect(list.body.string.contains("张伟"))
            let decided = try await admin.post("/admin/erasures/\(request.requireID())", ["decision": "approve"])
            #expect(decided.body.string.contains("已删除该人才的个人信息"))

            let erased = try #require(try await Talent.find(id, on: app.db))
            #expect(erased.status == "erased")
            #expect(erased.name.isEmpty && erased.residentIDCipher == nil && erased.residentIDIndex == nil)
            #expect(erased.major == nil && erased.skills.isEmpty && erased.$user.id == nil)
            #expect(erased.birthDate == "1990-07-01")
            // Statistics by district and key group still count the person…
            #expect(try await Talent.query(on: app.db).filter(\.$districtCode == "370303").count() == 1)
            #expect(try await TalentAttribute.query(on: app.db).filter(\.$kind == .keyGroup).count() == 1)
            // …but no search finds them and the account cannot sign in.
            #expect(
                try await TalentSearchQuery(keyword: "张伟").run(
                    scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db
                ).total == 0)
            #expect(try await TestApp.signIn(Browser(app), "t@example.test").status != .seeOther)
            if case let .sqlite(path) = config.database {
                let raw =
                    try Data(contentsOf: URL(fileURLWithPath: path))
                    + ((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
                #expect(raw.range(of: Data(residentID.utf8)) == nil)
            }
            // A second decision changes nothing.
            let again = try await admin.post("/admin/erasures/\(request.requireID())", ["decision": "reject"])
            #expect(again.body.string.contains("该申请已处理"))
        }
    }
}

@Suite("Talent search over HTTP and the export")
struct TalentSearchHTTPTests {
    @Test func theSearchPageFindsATwoCharacterNameAndMasksIDsForEmployers() async throws {
        try await TestApp.run { app, _ in
            let org = try await TestApp.makeOrganization(app, name: "甲公司（示例）", serial: 1)
            let talent = try await TestTalents.add(app, name: "张伟", employer: org.id)
            try await TestTalents.add(app, name: "王芳", employer: org.id)
            try await TestApp.makeUser(app, role: .employer, email: "e@example.test", organization: org.id)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "e@example.test")
            let page = try await browser.get("/talents?q=张伟&district=370303")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("共 1 人"))
            #expect(page.body.string.contains(talent.residentIDMasked ?? "-"))
            #expect(!page.body.string.contains("王芳"))
            let bad = try await browser.get("/talents?education=kindergarten")
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("参数 education 的值无效"))
        }
    }

    @Test func theAPIListsPagesWithACursorAndRefusesTalents() async throws {
        try await TestApp.run { app, _ in
            for name in ["张一", "张二", "张三"] { try await TestTalents.add(app, name: name) }
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            let first = try await browser.get("/api/v1/talents?q=张&limit=2")
            #expect(first.status == .ok)
            let page = try first.content.decode(TalentListDTO.self)
            #expect(page.items.count == 2 && page.total == 3 && page.exact)
            // a list shows masked numbers only, even to the HR bureau (issue 17); a full one is read per profile
            #expect(page.items.allSatisfy { $0.residentID == nil && $0.residentIDMasked != nil })
            let cursor = try #require(page.nextCursor)
            let second = try await browser.get("/api/v1/talents?q=张&limit=2&cursor=\(percentEncode(cursor))")
            #expect(try second.content.decode(TalentListDTO.self).items.count == 1)
            #expect(try await browser.get("/api/v1/talents?cursor=nonsense").status == .badRequest)
            #expect(try await browser.get("/api/v1/talents?ageMin=abc").status == .badRequest)
            try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let talent = Browser(app)
            _ = try await TestApp.signIn(talent, "t@example.test")
            #expect(try await talent.get("/api/v1/talents").status == .forbidden)
        }
    }

    @Test func theExportIsExcelReadyNeutralisesFormulasAndIsAudited() async throws {
        try await TestApp.run { app, _ in
            try await TestTalents.add(app, name: "张伟", skills: ["=HYPERLINK(\"http://x\")", "Python"])
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            let csv = try await browser.get("/talents/export?q=张&format=csv")
            #expect(csv.status == .ok)
            #expect(csv.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            let bytes = Array(csv.body.readableBytesView)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("姓名,性别"))
            #expect(text.contains("'=HYPERLINK"))
            #expect(text.contains(TalentsTests.residentID.prefix(6)))
            let xlsx = try await browser.get("/talents/export?format=xlsx")
            let rows = try XLSXReader.rows(Array(xlsx.body.readableBytesView))
            #expect(rows.count == 2 && rows[1].cells.first == "张伟")
            #expect(try await browser.get("/talents/export?format=pdf").status == .badRequest)
            let events = try await AuditEvent.query(on: app.db).filter(\.$action == "talent.export").all()
            #expect(events.count == 2)
            #expect(events.allSatisfy { !$0.changedFields.contains("张") })
        }
    }
}
