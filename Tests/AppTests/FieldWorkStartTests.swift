import Fluent
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// Years in the field as a profile fact (issue 16): declared on the profile form or
/// through the API, shown on the profile with the full years it makes.
@Suite("Start of professional work on the profile")
struct FieldWorkStartProfileTests {
    static let residentID = ResidentID.fake(areaCode: "370303", birth: CalendarDate("1990-05-17")!, sequence: 7).value

    private func form(_ overrides: [String: String] = [:]) -> [String: String] {
        [
            "name": "李娜", "residentID": Self.residentID, "districtCode": "370303", "consent": "yes",
            "fieldWorkSince": "2022-03",
        ].merging(overrides) { $1 }
    }

    @Test func anOfficerRecordsTheStartAndTheProfileShowsTheFullYears() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            try await browser.get("/talents/new")
            let response = try await browser.post("/talents", form())
            #expect(response.status == .seeOther)
            let talent = try #require(try await Talent.query(on: app.db).first())
            #expect(talent.fieldWorkSince == "2022-03")
            let profile = try await browser.get(response.headers.first(name: .location) ?? "")
            let years = String(FieldWorkStart("2022-03")!.fullYears(on: app.clock.today))
            #expect(profile.text.contains("2022-03（满 \(years) 年）"))
            let event = try #require(
                try await AuditEvent.query(on: app.db).filter(\.$action == "talent.create").first())
            #expect(event.changedFields.contains("field_work_since"))
        }
    }

    @Test func aStartInTheFutureIsRefusedBesideItsFieldAndNothingIsStored() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            try await browser.get("/talents/new")
            let next = app.clock.today.year + 1
            for (value, message) in [
                ("\(next)-01", "起始年月不能晚于本月。"), ("2022", "请按“年-月”填写起始年月，如 2022-03。"),
                ("2005-12", "起始年月早于本人年满 16 周岁的年份，请核对。"),
            ] {
                let response = try await browser.post("/talents", form(["fieldWorkSince": value]))
                #expect(response.status == .unprocessableEntity)
                #expect(response.text.contains(message), "\(value)")
            }
            #expect(try await Talent.query(on: app.db).count() == 0)
        }
    }

    @Test func theAPIReadsTheStartAndAnUpdateWithoutItClearsIt() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            var body: [String: Any] = [
                "name": "李娜", "residentID": Self.residentID, "districtCode": "370303", "consent": true,
                "fieldWorkSince": "2022年3月",
            ]
            let created = try await world.send(.POST, "/api/v1/talents", world.officerHeaders, body)
            #expect(created.status == .created)
            let id = try #require(try await Talent.query(on: app.db).first()?.requireID())
            let read = try world.json(try await world.send(.GET, "/api/v1/talents/\(id)", world.officerHeaders))
            #expect(read["fieldWorkSince"] as? String == "2022-03")
            body["fieldWorkSince"] = nil
            body["residentID"] = nil
            let updated = try await world.send(.PUT, "/api/v1/talents/\(id)", world.officerHeaders, body)
            #expect(updated.status == .ok)
            #expect(try await Talent.find(id, on: app.db)?.fieldWorkSince == nil)
        }
    }
}
