import Foundation
import Reference
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

@Suite("Talent search page: why each row matched, page numbers")
struct TalentSearchPageTests {
    @Test func eachRowSaysWhichFieldsHoldTheKeywordWithTheWordsMarked() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            try await TestTalents.add(app, name: "张伟", skills: ["数据分析", "Python"], major: "软件工程")
            try await TestTalents.add(app, name: "李数", skills: ["Java"])
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            // MUT
            let page = try await browser.get("/talents?q=数").text
            let plain = try await browser.get("/talents").text
            // validate
            #expect(page.contains("<th>匹配依据</th>"))
            #expect(page.contains("<span class=\"match-list__field\">技能标签</span><mark>数</mark>据分析"))
            #expect(page.contains(">李<mark>数</mark></a>"), "a match in the name is marked in the name")
            #expect(!page.contains("技能标签</span>Python"), "a skill without the keyword is not a reason")
            #expect(!plain.contains("匹配依据"), "no keyword, no reasons column")
        }
    }

    @Test func aChosenOccupationIsNamedAsTheReasonEvenWithoutAKeyword() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            try await TestTalents.add(app, name: "王芳", occupations: ["4-04-05-05"])
            let occupation = try #require(try await Occupation.find("4-04-05-05", on: app.db))
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            // MUT
            let page = try await browser.get("/talents?occupation=4-04-05-05").text
            // validate
            #expect(page.contains("<span class=\"match-list__field\">职业</span><mark>\(occupation.nameZh)</mark>"))
        }
    }

    @Test func aNumberedPageHoldsTheRowsPagingOneByOneReachesAndSaysWhereItIs() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            for index in 0..<7 { try await TestTalents.add(app, name: "数据人\(index)", skills: ["数据"]) }
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            func names(_ html: String) -> [String] {
                html.components(separatedBy: "<mark>数据</mark>人").dropFirst().map { String($0.prefix(1)) }
            }
            // MUT
            let first = try await browser.get("/talents?q=数据&limit=3").text
            let next = try #require(
                first.components(separatedBy: "rel=\"next\" href=\"").dropFirst().first?.components(
                    separatedBy: "\""
                ).first?.replacingOccurrences(of: "&amp;", with: "&").removingPercentEncoding)
            let byCursor = try await browser.get(next).text
            let byNumber = try await browser.get("/talents?q=数据&limit=3&page=2").text
            let third = try await browser.get("/talents?q=数据&limit=3&page=3").text
            let tooFar = try await browser.get("/talents?q=数据&limit=3&page=11")
            // validate
            #expect(next.contains("page=2"))
            #expect(names(byCursor).count == 3 && names(byCursor) == names(byNumber))
            #expect(Set(names(first) + names(byNumber) + names(third)).count == 7)
            #expect(byNumber.contains("第 2 页，共 3 页"))
            #expect(byNumber.contains("<span aria-current=\"page\" aria-label=\"第 2 页\">2</span>"))
            #expect(byNumber.contains("rel=\"prev\""))
            #expect(!third.contains("rel=\"next\""))
            #expect(tooFar.status == .badRequest)
            #expect(tooFar.text.contains("page"))
        }
    }
}
