import Fluent
import Foundation
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting
import Vouchers

@testable import App

/// Issue 17's smaller items: the site's icon, choices that start unchosen, the education
/// levels below 中专, the search's folded conditions. (The workspaces are in
/// `WorkspaceTests`, the roster grid in `RosterGridTests`.)
@Suite("Working screens: icon, unchosen choices, education levels, folded filters")
struct WorkingScreensTests {
    @Test func everyPageLinksTheSitesIconAndTheIconIsServed() async throws {
        try await TestApp.run { app, _ in
            // MUT
            let home = try await app.testing().sendRequest(.GET, "/")
            let icon = try await app.testing().sendRequest(.GET, "/static/favicon.svg")
            // validate
            #expect(
                home.body.string.contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\"/>"))
            #expect(icon.status == .ok)
            #expect(icon.headers.contentType == HTTPMediaType(type: "image", subType: "svg+xml"))
            #expect(icon.body.string.hasPrefix("<svg"))
        }
    }

    @Test func theDistrictStartsUnchosenAndTheEducationLevelsBelowSecondaryVocationalAreOffered() async throws {
        try await TestApp.run { app, _ in
            // MUT
            let page = try await app.testing().sendRequest(.GET, "/register").body.string
            // validate: 请选择 first and nothing preselected, so nobody is put in 淄川区 unawares
            let district = try #require(page.components(separatedBy: "id=\"register-district\"").last)
            #expect(district.hasPrefix(" name=\"districtCode\"><option value>请选择</option><option value=\"370302\">"))
            #expect(!district.prefix(2000).contains("selected"))
            #expect(page.contains("<option value=\"high_school\">高中</option>"))
            #expect(page.contains("<option value=\"junior_secondary_or_below\">初中及以下</option>"))
        }
    }

    @Test func aProfileMayHoldHighSchool() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let number = ResidentID.fake(areaCode: "370303", birth: CalendarDate("2001-03-09")!, sequence: 41).value
            // MUT
            let created = try await world.send(
                .POST, "/api/v1/talents", world.officerHeaders,
                [
                    "name": "高明", "residentID": number, "districtCode": "370303", "educationLevel": "high_school",
                    "consent": true,
                ])
            // validate
            #expect(created.status == .created, "\(created.body.string)")
            #expect(try world.json(created)["educationLevel"] as? String == "high_school")
        }
    }

    @Test func theSearchFoldsItsConditionsAndSaysHowManyAreChosen() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            // MUT
            let none = try await browser.get("/talents").text
            let two = try await browser.get("/talents?district=370303&ageMin=20").text
            // validate
            #expect(none.contains("<details class=\"filter-details\" open=\"open\"><summary>筛选条件（已选 0 项）</summary>"))
            #expect(two.contains("<summary>筛选条件（已选 2 项）</summary>"))
        }
    }

    @Test func aBatchFromTheFormIsPreviewedWithItsCountAndTotalAndIssuedOnlyWhenConfirmed() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            for name in ["毕业生甲", "毕业生乙", "毕业生丙"] {
                try await TestTalents.add(app, name: name, keyGroups: ["college_graduates"])
            }
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            try await browser.get("/vouchers")
            let fields = [
                "name": "第一批", "keyGroup": "college_graduates", "occupationCode": "2-02-38-03", "value": "800",
                "expiresOn": app.clock.today.adding(days: 60).description,
            ]
            // MUT
            let preview = try await browser.post("/vouchers", fields)
            let issued = try await browser.post("/vouchers", fields.merging(["confirm": "yes"]) { $1 })
            // validate
            #expect(preview.status == .ok)
            #expect(preview.text.contains("将向 3 人发放，合计 ¥2,400.00（每张 ¥800.00"))
            #expect(preview.text.contains("id=\"voucher-confirm-form\""))
            #expect(preview.text.contains("<input type=\"hidden\" name=\"confirm\" value=\"yes\"/>"))
            #expect(issued.headers.first(name: .location) == "/vouchers?issued=3")
            #expect(try await Voucher.query(on: app.db).count() == 3)
            #expect(try await VoucherBatch.query(on: app.db).count() == 1)
        }
    }

    @Test func theImportTemplateHasTheHeaderRowAndSaysWhatEachColumnAllows() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")
            let talent = Browser(app)
            _ = try await TestApp.signIn(talent, "t@example.test")
            // MUT
            let form = try await officer.get("/talents/imports").text
            let file = try await officer.get("/talents/imports/template.xlsx")
            let refused = try await talent.get("/talents/imports/template.xlsx")
            // validate
            #expect(form.contains("href=\"/talents/imports/template.xlsx\""))
            #expect(file.status == .ok)
            let sheets = try XLSXReader.sheets(Array(file.body.readableBytesView))
            #expect(sheets.map(\.name) == ["人才信息", "填写说明"])
            #expect(sheets.first?.rows.first?.cells == TalentImportColumn.allCases.map(\.header))
            let guide = sheets.last?.rows.map { $0.cells.joined(separator: "|") }.joined(separator: "\n") ?? ""
            #expect(guide.contains("姓名|是|"))
            #expect(guide.contains("淄川区（370302）"))
            #expect(guide.contains("高中") && guide.contains("初中及以下"))
            #expect(guide.contains("高校毕业生"))
            // The header row the template gives is one the import reads.
            #expect(throws: Never.self) { try TalentImportSource(bytes: Array(file.body.readableBytesView)) }
            #expect(refused.status == .forbidden)
        }
    }

    @Test func occupationsAreTickedByNameAndTheTickedOnesComeBackFirst() async throws {
        try await TestApp.run { app, _ in
            let browser = Browser(app)
            let form = try await browser.get("/register").text
            let number = ResidentID.fake(areaCode: "370302", birth: CalendarDate("1996-11-02")!, sequence: 77).value
            // MUT: the boxes send occupations[]; a bad ID number shows the form again
            let refused = try await browser.post(
                "/register",
                [
                    "name": "李娜", "residentID": String(number.dropLast()) + "0", "email": "lina@example.test",
                    "password": "Zichuan-Data-88", "confirm": "Zichuan-Data-88", "districtCode": "370302",
                    "occupations[]": "4-04-05-05", "consent": "yes",
                ])
            // validate
            #expect(form.contains("<legend>从事的数字职业（可多选）</legend>"))
            #expect(
                form.contains(
                    "<input id=\"register-occupations-2-02-38-03\" type=\"checkbox\" name=\"occupations[]\" value=\"2-02-38-03\"/><label for=\"register-occupations-2-02-38-03\">2-02-38-03 大数据工程技术人员</label>"
                ))
            #expect(!form.contains("name=\"occupations\" type=\"text\""))
            #expect(refused.status == .unprocessableEntity)
            let list = try #require(refused.text.components(separatedBy: "id=\"register-occupations-list\"").last)
            #expect(
                list.hasPrefix(
                    " class=\"occupation-picker__list\"><div class=\"field--inline\"><input id=\"register-occupations-4-04-05-05\" type=\"checkbox\" name=\"occupations[]\" value=\"4-04-05-05\" checked=\"checked\"/>"
                ))
        }
    }
}
