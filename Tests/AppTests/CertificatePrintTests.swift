import Fluent
import Foundation
import Testing
import Vapor

@testable import App

@Suite("Certificates print and verify with their training: programme, period, hours, QR code")
struct CertificatePrintTests {
    @Test func theCheckShowsTheProgrammePeriodAndHoursWithTheSignatureBehindTechnicalDetails() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, enrollment) = try await CertificateTests.completed(world)
            let code = try world.json(try await CertificateTests.issue(world, enrollment))["code"] as? String ?? ""
            // MUT
            let page = try await app.get("/verify/\(code)").text
            let json = try world.json(try await app.get("/api/v1/certificates/verify/\(code)"))
            // validate
            #expect(page.contains("<dt>培训项目</dt><dd>大数据工程技术人员（中级）培训</dd>"))
            #expect(page.contains("<dt>培训时间</dt><dd>2026-03-01 至 2026-12-31</dd>"))
            #expect(page.contains("<dt>学时</dt><dd>4</dd>"))
            #expect(!page.contains("<dt>培训机构</dt>"), "the provider is the issuer: named once")
            let technical = try #require(page.components(separatedBy: "<details id=\"verify-technical\"").last)
            #expect(technical.contains("签名密钥编号") && technical.contains("id=\"signed-payload\""))
            #expect(
                page.range(of: "id=\"verify-result\"")!.lowerBound < page.range(of: "id=\"verify-form\"")!.lowerBound,
                "the answer comes before the form")
            let training = try #require(json["training"] as? [String: Any])
            #expect(training["programme"] as? String == "大数据工程技术人员（中级）培训")
            #expect(training["startsOn"] as? String == "2026-03-01" && training["endsOn"] as? String == "2026-12-31")
            #expect(training["hours"] as? Double == 4)
        }
    }

    @Test func thePrintedCertificateCarriesAQRCodeOfTheVerifyAddressTheTrainingAndASealArea() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, enrollment) = try await CertificateTests.completed(world)
            let issued = try world.json(try await CertificateTests.issue(world, enrollment))
            let id = issued["id"] as? String ?? ""
            let code = issued["code"] as? String ?? ""
            // MUT
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "p@example.test")
            let page = try await browser.get("/certificates/\(id)/print")
            // validate
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<svg") && html.contains("role=\"img\"") && html.contains("aria-label=\"证书查验二维码\""))
            #expect(html.contains("参加“大数据工程技术人员（中级）培训”培训（2026-03-01 至 2026-12-31，共 4 学时），经考核合格，准予结业。"))
            #expect(html.contains(app.publicURL + "/verify/\(code)"))
            #expect(html.contains("发证机构（盖章）"))
            #expect(html.contains("张三明"), "the holder's full name, for the holder and the issuer")
            #expect(!html.contains("site-header"), "a page of its own, without the site's frame")
        }
    }

    @Test func aCertificateRecordedFromElsewhereNamesNoTraining() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (talent, _) = try await world.talent("王五", email: "w@example.test")
            let recorded = try await world.send(
                .POST, "/api/v1/certificates", world.officerHeaders,
                [
                    "talentID": try talent.requireID().uuidString, "kind": "skill_level", "level": "senior",
                    "issuerName": "山东省职业技能鉴定中心", "number": "SD-2026-7", "issuedOn": "2026-05-01",
                ])
            #expect(recorded.status == .created, "\(recorded.body.string)")
            let body = try world.json(recorded)
            // MUT
            let verify = try await app.get("/verify/\(body["code"] as? String ?? "")").text
            let json = try world.json(try await app.get("/api/v1/certificates/verify/\(body["code"] as? String ?? "")"))
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            let print = try await browser.get("/certificates/\(body["id"] as? String ?? "")/print")
            // validate
            #expect(!verify.contains("<dt>培训项目</dt>"))
            #expect(json["training"] == nil)
            #expect(print.body.string.contains("经考核合格，准予颁发此证书。"))
            #expect(print.body.string.contains("<dt>等级</dt>"))
        }
    }
}
