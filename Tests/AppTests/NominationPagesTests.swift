import Fluent
import Foundation
import Nominations
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// The nomination pages as an HR officer uses them: make a district's list, find people
/// and add them, watch the share, be refused below it with the count, submit, record.
@Suite("Nominations: the pages")
struct NominationPagesTests {
    typealias Lists = NominationTests

    @Test func anOfficerBuildsADistrictListSeeingTheShareAsItGrows() async throws {
        try await TestApp.run { app, _ in
            _ = try await TrainingWorld.make(app)
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")
            let index = try await officer.get("/nominations")
            #expect(index.status == .ok)
            #expect(index.text.contains("新建推荐名单") && index.text.contains("淄博英才计划（高技能人才）"))
            // a refused form keeps what was typed and names the field
            let refused = try await officer.post(
                "/nominations", ["programme": Lists.elite, "year": "2026", "district": ""])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("此项目按区县推荐，请选择区县。"))
            let created = try await officer.post(
                "/nominations", ["programme": Lists.elite, "year": "2026", "district": "370303"])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let listPath = String(location.prefix { $0 != "?" })
            #expect(try await officer.get(location).text.contains("名单已新建。"))

            let plain = try await Lists.candidate(app, "王普通", digital: false)
            _ = try await Lists.candidate(app, "李数据", digital: true)
            let search = try await officer.get(listPath + "?q=王普通")
            #expect(search.text.contains("王普通") && search.text.contains("加入名单"))
            let added = try await officer.post(
                listPath + "/candidates", ["talentID": try plain.requireID().uuidString])
            #expect(added.status == .seeOther)
            let page = try await officer.get(listPath)
            #expect(page.text.contains("名单 1 人中数字领域技能人才 0 人，占 0%（要求不低于 20%）。"))
            #expect(page.text.contains("还需增加 1 名数字领域技能人才"))
            // the same person found again cannot be added twice
            #expect(try await officer.get(listPath + "?q=王普通").text.contains("已在名单中"))

            let early = try await officer.post(listPath + "/submit", [:])
            #expect(early.status == .unprocessableEntity)
            #expect(early.text.contains("还需增加 1 名数字领域技能人才"))

            let digital = try await officer.get(listPath + "?q=李数据")
            #expect(digital.text.contains("数字领域"))
            let digitalID = try #require(
                try await TalentAttribute.query(on: app.db).filter(\.$code == "2-02-38-03").first()?.$talent.id)
            _ = try await officer.post(listPath + "/candidates", ["talentID": digitalID.uuidString])
            #expect(try await officer.get(listPath).text.contains("已达到比例要求。"))
            #expect(try await officer.post(listPath + "/submit", [:]).status == .seeOther)
            let sent = try await officer.get(listPath)
            #expect(sent.text.contains("名单已提交。") == false)  // the notice is the redirect's
            #expect(sent.text.contains("记录结果") && !sent.text.contains("加入名单"))

            let candidate = try #require(
                try await NominationCandidate.query(on: app.db).filter(\.$talent.$id == digitalID).first())
            let outcome = try await officer.post(
                "/nominations/candidates/\(try candidate.requireID().uuidString)/outcome",
                ["outcome": "selected", "decidedOn": app.clock.today.description, "note": ""])
            #expect(outcome.status == .seeOther)
            let recorded = try await officer.get(listPath)
            #expect(recorded.text.contains("入选"))
            #expect(try await officer.get("/nominations").text.contains("已提交"))
        }
    }

    /// Outsiders: a talent gets 403 on the pages; another department 404 on the list.
    @Test func theListsPagesAreTheDepartmentsAlone() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let list = try await Lists.listID(world)
            try await TestApp.makeUser(app, role: .officer, email: "edu@example.test", department: "EDU")
            let education = Browser(app)
            _ = try await TestApp.signIn(education, "edu@example.test")
            #expect(try await education.get("/nominations/\(list)").status == .notFound)
            let lists = try await education.get("/nominations")
            #expect(lists.status == .ok && !lists.text.contains("/nominations/\(list)"))
            // the new list's choice holds the department's own programmes only
            let form = try #require(lists.text.components(separatedBy: "id=\"list-programme\"").last)
            let choices = try #require(form.components(separatedBy: "</select>").first)
            #expect(choices.contains("overseas-study") && !choices.contains(Lists.elite))
            try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let talent = Browser(app)
            _ = try await TestApp.signIn(talent, "t@example.test")
            #expect(try await talent.get("/nominations").status == .forbidden)
        }
    }
}
