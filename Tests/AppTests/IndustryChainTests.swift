import Fluent
import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// 重点产业链 (issue 18): the policy covers 20 key chains but the text lists few, so
/// administrators keep the list; an organisation's chain is set on its page or by API.
@Suite("Key industry chains and an organisation's chain")
struct IndustryChainTests {
    typealias Flow = ApplicationWorkflowTests

    @Test func administratorsAddAndRenameChainsAndNobodyElseMay() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let admin = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .admin, email: "admin@example.test"))
            let body = ["code": "new-materials", "nameZh": "新材料", "nameEn": "New materials"]
            let added = try await world.send(.POST, "/api/v1/industry-chains", admin, body)
            #expect(added.status == .created, "\(added.body.string)")
            #expect(try world.json(added)["source"] as? String == "admin")
            let listed = try world.json(try await world.send(.GET, "/api/v1/industry-chains", [:]))
            #expect(
                (listed["items"] as? [[String: Any]])?.contains { $0["code"] as? String == "new-materials" } == true)

            for (input, field) in [
                (["code": "New Materials", "nameZh": "新材料二", "nameEn": "x"], "code"),
                (["code": "new-materials", "nameZh": "新材料三", "nameEn": "x"], "code"),
                (["code": "materials-2", "nameZh": "新材料", "nameEn": "x"], "nameZh"),
                (["code": "materials-3", "nameZh": "", "nameEn": "x"], "nameZh"),
            ] {
                let refused = try await world.send(.POST, "/api/v1/industry-chains", admin, input)
                #expect(refused.status == .unprocessableEntity, "\(input)")
                #expect(try Flow.fields(world, refused)[field] != nil, "\(input): \(refused.body.string)")
            }
            #expect(try await IndustryChain.query(on: app.db).filter(\.$source == "admin").count() == 1)

            let renamed = try await world.send(
                .PATCH, "/api/v1/industry-chains/next-gen-it", admin,
                ["nameZh": "新一代信息技术产业链", "nameEn": "New-generation IT"])
            #expect(renamed.status == .ok)
            let chain = try #require(try await IndustryChain.find("next-gen-it", on: app.db))
            #expect(chain.nameZh == "新一代信息技术产业链" && chain.source == "admin", "the shipped file no longer overwrites it")
            #expect(
                try await world.send(.PATCH, "/api/v1/industry-chains/none", admin, ["nameZh": "无", "nameEn": "None"])
                    .status == .notFound)
            // an officer reads the list but does not keep it
            #expect(
                try await world.send(.POST, "/api/v1/industry-chains", world.officerHeaders, body).status == .forbidden)

            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "admin@example.test")
            let page = try await browser.get("/admin/industry-chains")
            #expect(page.status == .ok && page.text.contains("新材料") && page.text.contains("管理员维护"))
            let refused = try await browser.post(
                "/admin/industry-chains", ["code": "x", "nameZh": "智能家电", "nameEn": "Smart appliances"])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("value=\"智能家电\""))
        }
    }

    @Test func anOrganisationsOwnStaffSetItsChainOnItsPage() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let own = try await TestApp.makeOrganization(app, name: "淄博数智科技有限公司", serial: 31)
            let other = try await TestApp.makeOrganization(app, name: "另一家企业", serial: 32)
            let user = try await TestApp.makeUser(app, role: .employer, email: "e@example.test", organization: own.id)
            let employer = try await TrainingWorld.bearer(app, user)
            let ownID = try own.requireID()
            let set = try await world.send(
                .PUT, "/api/v1/organizations/\(ownID)/chain", employer, ["chain": "next-gen-it"])
            #expect(set.status == .ok, "\(set.body.string)")
            #expect(try world.json(set)["chainCode"] as? String == "next-gen-it")
            let unknown = try await world.send(
                .PUT, "/api/v1/organizations/\(ownID)/chain", employer, ["chain": "nope"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(try Flow.fields(world, unknown)["chain"] != nil)
            #expect(
                try await Organization.find(ownID, on: app.db)?.chainCode == "next-gen-it", "the refusal wrote nothing")
            #expect(
                try await world.send(
                    .PUT, "/api/v1/organizations/\(try other.requireID())/chain", employer, ["chain": "next-gen-it"]
                )
                .status == .notFound)
            #expect(
                try await world.send(.PUT, "/api/v1/organizations/\(ownID)/chain", world.officerHeaders, ["chain": ""])
                    .status == .forbidden)

            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "e@example.test")
            let page = try await browser.get("/organizations/\(ownID)/eligibility")
            #expect(page.text.contains("id=\"chain-form\"") && page.text.contains("新一代信息技术"))
            let cleared = try await browser.post("/organizations/\(ownID)/chain", ["chain": ""])
            let after = try await browser.get(try #require(cleared.headers.first(name: .location)))
            #expect(after.text.contains("所属产业链已保存"))
            #expect(try await Organization.find(ownID, on: app.db)?.chainCode == nil)
            let list = try await browser.get("/admin/organizations")
            #expect(list.text.contains("所属重点产业链"))
        }
    }
}
