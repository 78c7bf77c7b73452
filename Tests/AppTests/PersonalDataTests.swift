import Fluent
import Foundation
import SiteKit
import Spreadsheet
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// A talent's own data (PIPL art. 45, issue 17): the workbook and the JSON hold every
/// kind of record kept about them, and nobody else's.
@Suite("A talent's own data")
struct PersonalDataTests {
    /// A talent (孙八, `g@example.test`) who enrolled paying with a voucher, attended,
    /// passed and completed, got the certificate, finished a course and applied for a
    /// subsidy; and another talent with records of their own in the same places.
    static func world(_ app: Application) async throws -> TrainingWorld {
        let world = try await TrainingWorld.make(app)
        let (_, cohort, session) = try await world.openProgram()
        let (talent, headers, voucher) = try await VoucherTests.holder(world)
        let (_, otherHeaders) = try await world.talent("周九", email: "other@example.test")
        let provider = world.providerHeaders
        let enrolled = try await world.send(
            .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["voucherID": voucher])
        #expect(enrolled.status == .created, "\(enrolled.body.string)")
        let enrollment = try world.json(enrolled)["id"] as? String ?? ""
        _ = try await world.send(
            .POST, "/api/v1/enrollments/\(enrollment)/attendance", provider, ["sessionID": session, "hours": 4])
        _ = try await world.send(
            .POST, "/api/v1/enrollments/\(enrollment)/result", provider, ["score": 86, "passed": true])
        #expect(try await world.send(.POST, "/api/v1/enrollments/\(enrollment)/complete", provider).status == .ok)
        let issued = try await world.send(
            .POST, "/api/v1/enrollments/\(enrollment)/certificate", provider, ["number": "ZB2026-0001"])
        #expect(issued.status == .created, "\(issued.body.string)")
        let course = try await CourseTests.course(world)
        #expect(
            try await world.send(
                .POST, "/api/v1/courses/\(course)/completions", headers, ["evidence": "学习记录 A-1"]
            ).status == .ok)
        _ = try await ApplicationWorkflowTests.submitted(
            app, talent, basis: try world.json(issued)["id"] as? String ?? "")
        // The other talent: enrolled in the same cohort, the same course completed.
        let theirs = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", otherHeaders, [:])
        #expect(theirs.status == .created, "\(theirs.body.string)")
        #expect(
            try await world.send(
                .POST, "/api/v1/courses/\(course)/completions", otherHeaders, ["evidence": "学习记录 A-2"]
            ).status == .ok)
        return world
    }

    static func signedIn(_ app: Application) async throws -> Browser {
        let browser = Browser(app)
        _ = try await TestApp.signIn(browser, "g@example.test")
        return browser
    }

    @Test func theWorkbookHasASheetOfEachKindHeadedInChineseWithTheIdentifiersInFull() async throws {
        try await TestApp.run { app, _ in
            // setup
            _ = try await Self.world(app)
            let browser = try await Self.signedIn(app)
            let talent = try #require(try await Talent.query(on: app.db).filter(\.$name == "孙八").first())
            let residentID = try #require(talent.residentIDCipher.flatMap(app.personalData.open))
            // MUT
            let response = try await browser.get("/account/my-data.xlsx")
            // validate
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(response.headers.first(name: .cacheControl) == "no-store")
            let sheets = try XLSXReader.sheets(Array(response.body.readableBytesView))
            #expect(
                sheets.map(\.name) == ["个人信息", "同意记录", "培训报名", "培训券", "证书", "继续教育学时", "政策申报", "操作记录"])
            let byName = Dictionary(uniqueKeysWithValues: sheets.map { ($0.name, $0.rows.map(\.cells)) })
            let profile = try #require(byName["个人信息"])
            #expect(profile.first == ["项目", "内容"])
            #expect(profile.contains(["姓名", "孙八"]))
            #expect(profile.contains(["居民身份证号码", residentID]))
            #expect(try #require(byName["同意记录"]).count == 2)
            let enrollments = try #require(byName["培训报名"])
            #expect(enrollments.count == 2, "one enrolment of 孙八's, none of 周九's: \(enrollments)")
            #expect(enrollments[0].prefix(4) == ["培训项目", "班次", "培训机构", "状态"])
            #expect(enrollments[1].contains("大数据工程技术人员（中级）培训") && enrollments[1].contains("已结业"))
            #expect(enrollments[1].contains("4") && enrollments[1].contains("合格"))
            let vouchers = try #require(byName["培训券"])
            #expect(vouchers.count == 2)
            #expect(vouchers[1].contains("2026年高校毕业生数字技能培训券") && vouchers[1].contains("¥800.00"))
            #expect(vouchers[1].contains("已使用") && vouchers[1].contains("大数据工程技术人员（中级）培训"))
            let certificates = try #require(byName["证书"])
            #expect(certificates.count == 2 && certificates[1].contains("ZB2026-0001"))
            let courses = try #require(byName["继续教育学时"])
            #expect(courses.count == 2, "only 孙八's completion: \(courses)")
            #expect(courses[1].prefix(2) == ["Python 数据分析基础", "2.5"])
            let applications = try #require(byName["政策申报"])
            #expect(applications.count == 2 && applications[1].contains("¥1,500.00"))
            #expect(!sheets.flatMap { $0.rows.flatMap(\.cells) }.contains("周九"))
            // The activity by the audit page's names, not the stored codes.
            let activity = try #require(byName["操作记录"]).flatMap(\.self)
            #expect(activity.contains("报名参加培训") && !activity.contains("enrollment.apply"))
            let audit = try await AuditEvent.query(on: app.db).filter(\.$action == "talent.own_data_export").all()
            #expect(audit.count == 1 && audit.first?.entityID == talent.id?.uuidString)
        }
    }

    @Test func theJSONHoldsTheSameSectionsAndTheWorkbookSpeaksEnglishWhenThePageDoes() async throws {
        try await TestApp.run { app, _ in
            // setup
            _ = try await Self.world(app)
            let browser = try await Self.signedIn(app)
            // MUT
            let json = try await browser.get("/account/my-data.json")
            let english = try await browser.get("/account/my-data.xlsx?lang=en")
            // validate
            #expect(json.status == .ok)
            let body = try #require(
                try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [String: Any])
            let records = try #require(body["records"] as? [String: [[String: String]]])
            #expect(Set(records.keys) == ["enrollments", "vouchers", "certificates", "courseHours", "applications"])
            #expect(records["enrollments"]?.count == 1)
            #expect(records["enrollments"]?.first?["completedOn"] != nil)
            #expect(records["vouchers"]?.first?["spentOnProgram"] == "大数据工程技术人员（中级）培训")
            #expect(records["certificates"]?.first?["number"] == "ZB2026-0001")
            #expect(records["courseHours"]?.count == 1)
            #expect(records["courseHours"]?.first?["hours"] == "2.5")
            #expect(records["applications"]?.first?["amountAsked"] == "¥1,500.00")
            #expect(body["consent"] != nil && body["history"] != nil && body["talent"] != nil)
            #expect(!json.body.string.contains("周九"))
            let sheets = try XLSXReader.sheets(Array(english.body.readableBytesView))
            #expect(sheets.map(\.name).contains("Enrolments"))
            #expect(sheets.first { $0.name == "Enrolments" }?.rows.first?.cells.first == "Program")
        }
    }

    @Test func theAccountPageOffersBothAndSignedOutGoesToTheLogin() async throws {
        try await TestApp.run { app, _ in
            // setup
            let world = try await TrainingWorld.make(app)
            _ = try await world.talent("吴十", email: "g@example.test")
            let browser = try await Self.signedIn(app)
            // MUT
            let page = try await browser.get("/account")
            let signedOut = try await app.get("/account/my-data.xlsx")
            // validate
            #expect(page.text.contains(#"href="/account/my-data.xlsx""#) && page.text.contains("下载我的数据（Excel）"))
            #expect(page.text.contains(#"href="/account/my-data.json""#))
            #expect(signedOut.status == .seeOther)
            #expect(signedOut.headers.first(name: .location)?.hasPrefix("/login") == true)
        }
    }
}
