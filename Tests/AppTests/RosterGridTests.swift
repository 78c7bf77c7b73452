import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Targets
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

/// The provider's roster as a grid (issue 17): a session's attendance for everyone in one
/// submit, the dates attendance and completion wait for, completion of everyone who
/// qualifies, confirmed destructive actions, enrolment by searching a name or ID number.
@Suite("Training: the roster as a grid")
struct RosterGridTests {
    /// An open program whose cohort has one 4-hour session on 2026-06-01, with `names`
    /// enrolled by the provider; enrolment ids by name.
    static func cohort(_ world: TrainingWorld, _ names: [String]) async throws
        -> (cohort: String, session: String, students: [String: String])
    {
        let (_, cohort, session) = try await world.openProgram()
        var students: [String: String] = [:]
        for name in names {
            let talent = try await TestTalents.add(world.app, name: name)
            let enrolled = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/enrollments", world.providerHeaders,
                ["talentID": try talent.requireID().uuidString])
            #expect(enrolled.status == .created, "\(enrolled.body.string)")
            students[name] = try world.json(enrolled)["id"] as? String ?? ""
        }
        return (cohort, session, students)
    }

    /// Minutes recorded for `session`, by enrolment id.
    static func attendance(_ app: Application, session: String) async throws -> [String: Int] {
        let rows = try await Attendance.query(on: app.db).filter(\.$session.$id == UUID(uuidString: session)!).all()
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.$enrollment.id.uuidString, $0.minutes) })
    }

    static func signedInProvider(_ app: Application) async throws -> Browser {
        let browser = Browser(app)
        _ = try await TestApp.signIn(browser, "p@example.test")
        return browser
    }

    @Test func oneSubmitRecordsASessionsAttendanceForEveryStudentAndClearsTheAbsent() async throws {
        let clock = TestClock("2026-06-10")
        try await TestApp.run(adjusting: clock.install) { app, _ in
            // setup: four students; 赵六 had been recorded present one by one before
            let world = try await TrainingWorld.make(app)
            let (cohort, session, students) = try await Self.cohort(world, ["张三", "李四", "王五", "赵六"])
            let browser = try await Self.signedInProvider(app)
            let fresh = try await browser.get("/training/cohorts/\(cohort)")
            #expect(fresh.body.string.contains("id=\"attendance-grid\""))
            #expect(fresh.body.string.components(separatedBy: "checked=\"checked\"").count - 1 == 4, "all ticked")
            #expect(!fresh.body.string.contains("data-action=\"attendance\""), "no attendance form per row")
            let earlier = try await world.send(
                .POST, "/api/v1/enrollments/\(students["赵六"]!)/attendance", world.providerHeaders,
                ["sessionID": session, "hours": 4])
            #expect(earlier.status == .ok)
            try await browser.get("/training/cohorts/\(cohort)?session=\(session)")
            // MUT: 张三 4 h, 李四 3.5 h, 王五 and 赵六 unticked (王五's hours are ignored)
            let id = { (name: String) in students[name]! }
            let saved = try await browser.post(
                SiteURL.sessionAttendance(UUID(uuidString: session)!).path,
                [
                    "present-\(id("张三"))": "on", "hours-\(id("张三"))": "4",
                    "present-\(id("李四"))": "on", "hours-\(id("李四"))": "3.5",
                    "hours-\(id("王五"))": "4", "hours-\(id("赵六"))": "4",
                ])
            // validate
            #expect(saved.status == .seeOther || saved.status == .found, "\(saved.body.string.prefix(400))")
            let location = saved.headers.first(name: .location) ?? ""
            #expect(location.contains("notice=attendance-saved&present=2&absent=2"))
            #expect(try await Self.attendance(app, session: session) == [id("张三"): 240, id("李四"): 210])
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action == "session.attendance").all()
            #expect(audited.count == 1)
            #expect(audited.first?.entityID == session)
            let page = try await browser.get(location)
            #expect(page.body.string.contains("考勤已保存：出勤 2 人，缺勤 2 人"))
            #expect(page.body.string.components(separatedBy: "checked=\"checked\"").count - 1 == 2, "as recorded")
        }
    }

    @Test func aBadHoursValueForOneStudentRefusesTheWholeSessionAndWritesNothing() async throws {
        let clock = TestClock("2026-06-10")
        try await TestApp.run(adjusting: clock.install) { app, _ in
            // setup
            let world = try await TrainingWorld.make(app)
            let (cohort, session, students) = try await Self.cohort(world, ["张三", "李四"])
            let browser = try await Self.signedInProvider(app)
            try await browser.get("/training/cohorts/\(cohort)")
            let (first, second) = (students["张三"]!, students["李四"]!)
            // MUT: the page with 李四 at 5 of a 4-hour session, the API with 张三 at "x"
            let page = try await browser.post(
                SiteURL.sessionAttendance(UUID(uuidString: session)!).path,
                [
                    "present-\(first)": "on", "hours-\(first)": "4", "present-\(second)": "on",
                    "hours-\(second)": "5",
                ])
            let api = try await world.send(
                .POST, "/api/v1/sessions/\(session)/attendance", world.providerHeaders,
                ["entries": [["enrollmentID": second, "hours": 4], ["enrollmentID": first, "hours": "x"]]])
            let unknown = try await world.send(
                .POST, "/api/v1/sessions/\(session)/attendance", world.providerHeaders,
                ["entries": [["enrollmentID": UUID().uuidString, "hours": 1]]])
            // validate
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("id=\"hours-\(second)-error\""))
            #expect(page.body.string.contains("不能超过本课次的 4 学时"))
            #expect(page.body.string.contains("value=\"5\""), "the submitted hours are shown again")
            #expect(api.status == .unprocessableEntity)
            let fields = (try world.json(api)["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(fields == ["entries[1].hours"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("entries[0].enrollmentID"))
            #expect(try await Self.attendance(app, session: session).isEmpty)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "session.attendance").count() == 0)
        }
    }

    @Test func attendanceBeforeTheSessionsDateIsRefusedNamingTheDate() async throws {
        let clock = TestClock("2026-05-20")
        try await TestApp.run(adjusting: clock.install) { app, _ in
            // setup: the session is on 2026-06-01
            let world = try await TrainingWorld.make(app)
            let (cohort, session, students) = try await Self.cohort(world, ["张三"])
            let id = students["张三"]!
            // MUT
            let one = try await world.send(
                .POST, "/api/v1/enrollments/\(id)/attendance", world.providerHeaders,
                ["sessionID": session, "hours": 4])
            let all = try await world.send(
                .POST, "/api/v1/sessions/\(session)/attendance", world.providerHeaders,
                ["entries": [["enrollmentID": id, "hours": 4]]])
            // validate
            for response in [one, all] {
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("\"field\":\"sessionID\""))
                #expect(response.body.string.contains("2026-06-01"))
            }
            #expect(try await Self.attendance(app, session: session).isEmpty)
            let page = try await Self.signedInProvider(app).get("/training/cohorts/\(cohort)")
            #expect(page.body.string.contains("课次日期为 2026-06-01，尚未到，不能记录考勤"))
            #expect(!page.body.string.contains("id=\"attendance-form\""))
        }
    }

    @Test func aProviderCannotCompleteACohortBeforeItsLastSession() async throws {
        let clock = TestClock("2026-06-10")
        try await TestApp.run(adjusting: clock.install) { app, _ in
            // setup: attended and passed the first session; a second one on 2026-06-20
            let world = try await TrainingWorld.make(app)
            let (cohort, session, students) = try await Self.cohort(world, ["张三"])
            let id = students["张三"]!
            let last = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/sessions", world.providerHeaders,
                ["date": "2026-06-20", "hours": 1, "topic": "答辩"])
            #expect(last.status == .created)
            _ = try await world.send(
                .POST, "/api/v1/enrollments/\(id)/attendance", world.providerHeaders,
                ["sessionID": session, "hours": 4])
            _ = try await world.send(
                .POST, "/api/v1/enrollments/\(id)/result", world.providerHeaders, ["score": 90, "passed": true])
            // MUT
            let single = try await world.send(.POST, "/api/v1/enrollments/\(id)/complete", world.providerHeaders)
            let bulk = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/complete", world.providerHeaders)
            let page = try await Self.signedInProvider(app).get("/training/cohorts/\(cohort)")
            // validate: refused, naming the date; nothing completed
            #expect(single.status == .unprocessableEntity)
            #expect(single.body.string.contains("2026-06-20"))
            #expect(bulk.status == .unprocessableEntity)
            #expect(bulk.body.string.contains("\"field\":\"cohortID\"") && bulk.body.string.contains("2026-06-20"))
            #expect(try await Enrollment.find(UUID(uuidString: id), on: app.db)?.status == .enrolled)
            #expect(page.body.string.contains("最后一次课在 2026-06-20，当天起才能结业"))
            #expect(!page.body.string.contains("complete-eligible-form"))
            // on the day of the last session it can
            clock.set("2026-06-20")
            let onTheDay = try await world.send(.POST, "/api/v1/enrollments/\(id)/complete", world.providerHeaders)
            #expect(onTheDay.status == .ok, "\(onTheDay.body.string)")
        }
    }

    @Test func aCourseHeldInJanuaryIsCompletedAndCountedInJanuaryNotInTheDecemberBefore() async throws {
        let clock = TestClock("2026-12-10")
        try await TestApp.run(adjusting: clock.install) { app, _ in
            // setup: a cohort of 2026-12-01 to 2027-01-31 with one session on 2027-01-10
            let world = try await TrainingWorld.make(app)
            let program =
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/programs", world.providerHeaders,
                        [
                            "kind": "engineer_training", "title": "跨年班", "occupationCode": "2-02-38-03",
                            "engineerLevel": "intermediate", "capacity": 5, "startsOn": "2026-12-01",
                            "endsOn": "2027-01-31", "delivery": "on_site", "place": "淄博", "fee": 0,
                        ]))["id"] as? String ?? ""
            _ = try await world.send(.POST, "/api/v1/programs/\(program)/status", world.providerHeaders, ["to": "open"])
            let cohort =
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/programs/\(program)/cohorts", world.providerHeaders,
                        [
                            "name": "第1期", "capacity": 5, "enrolDeadline": "2026-12-31", "startsOn": "2026-12-01",
                            "endsOn": "2027-01-31",
                        ]))["id"] as? String ?? ""
            let session =
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/cohorts/\(cohort)/sessions", world.providerHeaders,
                        ["date": "2027-01-10", "hours": 4, "topic": "结课"]))["id"] as? String ?? ""
            let talent = try await TestTalents.add(app, name: "跨年学员")
            let id =
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/cohorts/\(cohort)/enrollments", world.providerHeaders,
                        ["talentID": try talent.requireID().uuidString]))["id"] as? String ?? ""
            _ = try await world.send(
                .POST, "/api/v1/enrollments/\(id)/result", world.providerHeaders, ["score": 90, "passed": true])
            // MUT: in December, then on the session's day
            let december = try await world.send(.POST, "/api/v1/enrollments/\(id)/complete", world.providerHeaders)
            clock.set("2027-01-10")
            let attended = try await world.send(
                .POST, "/api/v1/sessions/\(session)/attendance", world.providerHeaders,
                ["entries": [["enrollmentID": id, "hours": 4]]])
            let january = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/complete", world.providerHeaders)
            // validate
            #expect(december.status == .unprocessableEntity)
            #expect(december.body.string.contains("2027-01-10"))
            #expect(attended.status == .ok, "\(attended.body.string)")
            #expect(try world.json(january)["completed"] as? Int == 1, "\(january.body.string)")
            #expect(try await Enrollment.find(UUID(uuidString: id), on: app.db)?.completedOn == "2027-01-10")
            #expect(try await TargetTests.figures(world, year: 2027)["engineers_trained"] == 1)
            #expect(try await TargetTests.figures(world, year: 2026)["engineers_trained"] == 0)
        }
    }

    @Test func completingEveryoneWhoQualifiesCompletesThemAndCountsTheRest() async throws {
        let clock = TestClock("2026-06-10")
        try await TestApp.run(adjusting: clock.install) { app, _ in
            // setup: 张三 and 李四 attended and passed; 王五 attended but has no result
            let world = try await TrainingWorld.make(app)
            let (cohort, session, students) = try await Self.cohort(world, ["张三", "李四", "王五"])
            let entries = students.values.map { ["enrollmentID": $0, "hours": 4] as [String: Any] }
            #expect(
                try await world.send(
                    .POST, "/api/v1/sessions/\(session)/attendance", world.providerHeaders, ["entries": entries]
                ).status == .ok)
            for name in ["张三", "李四"] {
                _ = try await world.send(
                    .POST, "/api/v1/enrollments/\(students[name]!)/result", world.providerHeaders,
                    ["score": 80, "passed": true])
            }
            let browser = try await Self.signedInProvider(app)
            let before = try await browser.get("/training/cohorts/\(cohort)")
            #expect(before.body.string.contains("2 人符合结业条件（在学 3 人）"))
            #expect(before.body.string.contains("data-confirm=\"为 2 名符合条件的学员结业？"))
            // MUT
            let done = try await browser.post(SiteURL.cohortCompleteEligible(UUID(uuidString: cohort)!).path, [:])
            // validate
            let location = done.headers.first(name: .location) ?? ""
            #expect(location.contains("notice=completed-eligible&completed=2&notEligible=1"), "\(location)")
            let after = try await browser.get(location)
            #expect(after.body.string.contains("已为 2 人结业，1 人未达条件"))
            #expect(try await world.statuses(cohort) == ["张三": "completed", "李四": "completed", "王五": "enrolled"])
            #expect(try await TargetTests.figures(world)["engineers_trained"] == 2, "the same events as one by one")
            let again = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/complete", world.providerHeaders)
            #expect(try world.json(again)["completed"] as? Int == 0)
            #expect(try world.json(again)["notEligible"] as? Int == 1)
        }
    }

    @Test func destructiveActionsAreDangerButtonsThatAskFirstNamingTheStudent() async throws {
        let clock = TestClock("2026-06-10")
        try await TestApp.run(adjusting: clock.install) { app, _ in
            // setup
            let world = try await TrainingWorld.make(app)
            let (cohort, _, _) = try await Self.cohort(world, ["张三"])
            let (_, headers) = try await world.talent("李四", email: "t@example.test")
            _ = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:])
            let talent = Browser(app)
            _ = try await TestApp.signIn(talent, "t@example.test")
            // MUT
            let page = try await Self.signedInProvider(app).get("/training/cohorts/\(cohort)")
            let own = try await talent.get(SiteURL.myTraining.path)
            // validate
            let html = page.body.string
            #expect(html.contains("data-confirm=\"将 张三 移出班次？"))
            #expect(html.contains("data-confirm=\"将 张三 记为未结业？"))
            #expect(html.contains("button button--small button--danger\">移出班次</button>"))
            #expect(html.contains("button button--small button--danger\">未结业</button>"))
            let roster = html.components(separatedBy: "id=\"roster\"").last ?? ""
            #expect(!roster.contains("退出"), "退出 also reads as signing out")
            #expect(own.body.string.contains("button button--small button--danger\">取消报名</button>"))
            #expect(own.body.string.contains("data-confirm=\"取消这次报名？"))
        }
    }

    /// A provider finds anyone by their full ID number, but by name only the people who
    /// work for it or have enrolled with it: a name search of the whole pool would tell it
    /// who is registered.
    @Test func aProviderFindsByIDNumberAnyoneButByNameOnlyItsOwnPeople() async throws {
        let clock = TestClock("2026-06-10")
        try await TestApp.run(adjusting: clock.install) { app, _ in
            // setup
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let wang = try await TestTalents.add(app, name: "王建国", employer: try world.provider.requireID())
            let liu = try await TestTalents.add(app, name: "刘海涛")
            let stranger = try await TestTalents.add(app, name: "刘建国")
            let number = try #require(liu.residentIDCipher.flatMap { app.personalData.open($0) })
            let browser = try await Self.signedInProvider(app)
            // MUT: by a part of the name
            let byName = try await browser.get("/training/cohorts/\(cohort)?q=建国")
            #expect(byName.body.string.contains("id=\"enrol-matches\""))
            #expect(byName.body.string.contains("王建国") && !byName.body.string.contains("刘海涛"))
            #expect(!byName.body.string.contains(stranger.residentIDMasked ?? "—"), "someone else's staff by name")
            #expect(
                !byName.body.string.contains(try #require(wang.residentIDCipher.flatMap { app.personalData.open($0) })))
            #expect(byName.body.string.contains(wang.residentIDMasked ?? "—"))
            let enrolled = try await browser.post(
                SiteURL.cohortEnrollments(UUID(uuidString: cohort)!).path, ["talentID": try wang.requireID().uuidString]
            )
            #expect(enrolled.headers.first(name: .location)?.contains("notice=enrolled") == true)
            // MUT: by the full ID number
            let byNumber = try await browser.get("/training/cohorts/\(cohort)?q=\(number)")
            let found = byNumber.body.string.components(separatedBy: "id=\"enrol-matches\"").last ?? ""
            #expect(found.contains("data-talent=\"刘海涛\"") && !found.contains("data-talent=\"王建国\""))
            try await browser.post(
                SiteURL.cohortEnrollments(UUID(uuidString: cohort)!).path, ["talentID": try liu.requireID().uuidString])
            // validate: once enrolled with the provider, 刘海涛 is found by name too
            #expect(try await world.statuses(cohort) == ["王建国": "enrolled", "刘海涛": "enrolled"])
            let again = try await browser.get("/training/cohorts/\(cohort)?q=建国")
            #expect(again.body.string.contains("已在本班次"))
            #expect(
                try await browser.get("/training/cohorts/\(cohort)?q=海涛").body.string.contains("data-talent=\"刘海涛\""))
        }
    }
}
