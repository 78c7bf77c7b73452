import Fluent
import Foundation
import SiteKit
import Spreadsheet
import TalentDomain
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

@Suite("Enrolment import: a provider's file into a cohort")
struct EnrollmentImportTests {
    @Test func rowsByProfileIdOrIDNumberTakeTheFreeSeatsInFileOrderAndTheRestWait() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(capacity: 2)
            let people = try await world.pool(3)
            // MUT
            let response = try await world.importFile(
                cohort,
                [
                    "档案编号,身份证号,姓名,从业年限",
                    "\(people[2].id),,\(people[2].name),3",
                    ",\(people[0].number),\(people[0].name),",
                    "\(people[1].id),,,",
                ])
            // validate
            #expect(response.status == .ok, "\(response.body.string)")
            let body = try world.json(response)
            #expect(body["enrolled"] as? Int == 2)
            #expect(body["waitlisted"] as? Int == 1)
            #expect(body["rejected"] as? Int == 0)
            #expect(try await world.statuses(cohort) == ["学员2": "enrolled", "学员0": "enrolled", "学员1": "waitlisted"])
            #expect(try await Cohort.find(UUID(uuidString: cohort), on: app.db)?.seatsTaken == 2)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "enrollment.import").count() == 1)
            #expect(try await Enrollment.query(on: app.db).filter(\.$yearsInField == 3).count() == 1)
            // The waiting list moves up from the imported rows as from applications.
            let seated = try #require(try await Enrollment.query(on: app.db).filter(\.$status == .enrolled).first())
            _ = try await world.send(
                .POST, "/api/v1/enrollments/\(try seated.requireID())/withdraw", world.providerHeaders)
            #expect(try await world.statuses(cohort)["学员1"] == "enrolled")
        }
    }

    @Test func oneBadRowWritesNothingNamesTheRowAndThePartialModeWritesTheRest() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(capacity: 5)
            let people = try await world.pool(2)
            let lines = [
                "姓名,档案编号", "\(people[0].name),\(people[0].id)", "某人,\(UUID().uuidString)",
                "\(people[1].name),\(people[1].id)",
            ]
            // MUT
            let refused = try await world.importFile(cohort, lines)
            // validate
            #expect(refused.status == .unprocessableEntity)
            let body = try world.json(refused)
            #expect(body["status"] as? String == "rejected")
            let problems = try #require(body["problems"] as? [[String: Any]])
            #expect(problems.count == 1)
            #expect(problems.first?["row"] as? Int == 3)
            #expect(problems.first?["column"] as? String == "档案编号")
            #expect(try await Enrollment.query(on: app.db).count() == 0)
            #expect(try await Cohort.find(UUID(uuidString: cohort), on: app.db)?.seatsTaken == 0)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "enrollment.import").count() == 0)
            // The report has the row, the reason in both languages and the row's cells.
            let report = try await app.testing().sendRequest(
                .GET, try #require(body["report"] as? String),
                headers: world.providerHeaders)
            #expect(report.status == .ok)
            #expect(report.body.string.contains("3,档案编号,人才库中没有此人。,No one in the talent pool has this id or number.,某人"))

            let written = try await world.importFile(cohort, lines, partial: true)
            #expect(written.status == .ok)
            #expect(try world.json(written)["enrolled"] as? Int == 2)
            #expect(try world.json(written)["rejected"] as? Int == 1)
            #expect(try await world.statuses(cohort) == ["学员0": "enrolled", "学员1": "enrolled"])
        }
    }

    /// Issue 20: a provider's sheet with a title row, 序号 and 性别 is read; the answer
    /// lists what it did not read, and a 性别 the ID number contradicts refuses its row.
    @Test func aSheetWithATitleAndExtraColumnsIsReadAndItsIgnoredColumnsAnswered() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(capacity: 5)
            let people = try await world.pool(2)
            let genders = try people.map { try ResidentID($0.number, today: app.clock.today).gender }
            let wrong = genders[1] == .male ? "女" : "男"
            // MUT
            let response = try await world.importFile(
                cohort,
                [
                    "2026 年第一期学员名单", "",
                    "序号,身份证号,姓名,性别,班主任",
                    "1,\(people[0].number),\(people[0].name),\(genders[0] == .male ? "男" : "女"),王老师",
                    "2,\(people[1].number),\(people[1].name),\(wrong),王老师",
                ], partial: true)
            // validate
            #expect(response.status == .ok, "\(response.body.string)")
            let body = try world.json(response)
            #expect(body["ignoredColumns"] as? [String] == ["序号", "班主任"])
            #expect(body["enrolled"] as? Int == 1 && body["rejected"] as? Int == 1)
            let problems = try #require(body["problems"] as? [[String: Any]])
            #expect(problems.first?["row"] as? Int == 5 && problems.first?["column"] as? String == "性别")
        }
    }

    @Test func aFileWithoutAWayToNameTheTalentOrForAClosedCohortIsRefusedWhole() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (program, cohort, _) = try await world.openProgram()
            let people = try await world.pool(1)
            // MUT
            let noColumn = try await world.importFile(cohort, ["姓名,从业年限", "\(people[0].name),3"])
            let binary = try await world.importFile(
                cohort, [String(decoding: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1], as: UTF8.self)])
            _ = try await world.send(
                .POST, "/api/v1/programs/\(program)/status", world.providerHeaders, ["to": "running"])
            _ = try await world.send(
                .POST, "/api/v1/programs/\(program)/status", world.providerHeaders, ["to": "finished"])
            let closed = try await world.importFile(cohort, ["档案编号", people[0].id])
            // validate
            #expect(noColumn.status == .unprocessableEntity)
            let errors = try #require(try world.json(noColumn)["errors"] as? [[String: String]])
            #expect(
                errors == [["field": "file", "code": "invalid", "message": "缺少必需的列：档案编号 / 身份证号（列名行须在文件的前 10 行内）。"]])
            #expect(binary.status == .unprocessableEntity)
            #expect(closed.status == .unprocessableEntity)
            #expect(closed.body.string.contains("不接受报名"))
            #expect(try await Enrollment.query(on: app.db).count() == 0)
            #expect(try await EnrollmentImport.query(on: app.db).count() == 0)
        }
    }

    @Test func aWorkbookSentAsTheRequestBodyIsImported() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let people = try await world.pool(2)
            var headers = world.providerHeaders
            headers.replaceOrAdd(
                name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let workbook = XLSXWriter.workbook(
                sheetName: "学员", rows: [["身份证号", "姓名"]] + people.map { [$0.number, $0.name] })
            // MUT
            let response = try await world.settled(
                app.testing().sendRequest(
                    .POST, "/api/v1/cohorts/\(cohort)/enrollments/import",
                    headers: headers, body: ByteBuffer(bytes: workbook)))
            // validate
            #expect(response.status == .ok, "\(response.body.string)")
            #expect(try world.json(response)["enrolled"] as? Int == 2)
        }
    }

    @Test func theEntryRequirementIsCheckedPerRowWithItsYearsAndTheTalentsCertificates() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(requirement: ["requireYearsInField": 3])
            let people = try await world.pool(3)
            // MUT
            let response = try await world.importFile(
                cohort,
                [
                    "档案编号,从业年限", "\(people[0].id),5", "\(people[1].id),2", "\(people[2].id),",
                ], partial: true)
            // validate
            #expect(response.status == .ok)
            let problems = try #require(try world.json(response)["problems"] as? [[String: Any]])
            #expect(problems.map { $0["row"] as? Int } == [3, 4])
            #expect((problems.first?["reason"] as? String)?.contains("满 3 年") == true)
            #expect(try await world.statuses(cohort) == ["学员0": "enrolled"])
        }
    }

    @Test func aWithdrawnTalentIsEnrolledAgainOnTheSameRowAndAnEnrolledOneIsRefused() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let people = try await world.pool(2)
            for person in people {
                _ = try await world.send(
                    .POST, "/api/v1/cohorts/\(cohort)/enrollments", world.providerHeaders, ["talentID": person.id])
            }
            let first = try #require(
                try await Enrollment.query(on: app.db).filter(\.$talent.$id == UUID(uuidString: people[0].id)!).first())
            _ = try await world.send(
                .POST, "/api/v1/enrollments/\(try first.requireID())/withdraw", world.providerHeaders)
            // MUT
            let response = try await world.importFile(cohort, ["档案编号", people[0].id, people[1].id], partial: true)
            // validate
            #expect(response.status == .ok)
            let problems = try #require(try world.json(response)["problems"] as? [[String: Any]])
            #expect(problems.map { $0["row"] as? Int } == [3])
            #expect(try await Enrollment.query(on: app.db).count() == 2)
            #expect(try await Enrollment.find(first.id, on: app.db)?.status == .enrolled)
            #expect(try await Cohort.find(UUID(uuidString: cohort), on: app.db)?.seatsTaken == 2)
        }
    }

    @Test func onlyTheProgramsProviderImportsAndOnlyTheyAndStaffReadTheOutcome() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let people = try await world.pool(1)
            let (_, talentHeaders) = try await world.talent("王五", email: "w@example.test")
            // MUT
            let other = try await world.importFile(cohort, ["档案编号", people[0].id], headers: world.otherProviderHeaders)
            let officer = try await world.importFile(cohort, ["档案编号", people[0].id], headers: world.officerHeaders)
            let talent = try await world.importFile(cohort, ["档案编号", people[0].id], headers: talentHeaders)
            let own = try await world.importFile(cohort, ["档案编号", people[0].id])
            // validate
            #expect([other.status, officer.status, talent.status] == [.notFound, .notFound, .notFound])
            #expect(own.status == .ok)
            let id = try world.json(own)["id"] as? String ?? ""
            #expect(
                try await world.send(.GET, "/api/v1/enrollment-imports/\(id)", world.otherProviderHeaders).status
                    == .notFound)
            #expect(try await world.send(.GET, "/api/v1/enrollment-imports/\(id)", talentHeaders).status == .forbidden)
            #expect(try await world.send(.GET, "/api/v1/enrollment-imports/\(id)", world.officerHeaders).status == .ok)
            #expect(try await Enrollment.query(on: app.db).count() == 1)
        }
    }

    @Test func theProviderUploadsOnTheCohortPageAndSeesTheRefusedRows() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let people = try await world.pool(1)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "p@example.test")
            let page = try await browser.get("/training/cohorts/\(cohort)")
            #expect(page.body.string.contains("import-form"))
            // MUT
            let response = try await browser.upload(
                "/training/cohorts/\(cohort)/imports",
                file: Array("身份证号,姓名\n\(people[0].number),张冠李戴\n".utf8), named: "学员名单.csv")
            // validate
            #expect(response.status == .seeOther)
            let location = try #require(response.headers.first(name: .location))
            let running = try await browser.get(location)
            #expect(running.status == .ok && running.body.string.contains("data-refresh-seconds"))
            try await app.jobs.runPending(app)
            let result = try await browser.get(location)
            #expect(result.status == .unprocessableEntity)
            #expect(result.body.string.contains("没有写入任何数据"))
            #expect(result.body.string.contains("没有与该身份证号和姓名都相符"))
            #expect(result.body.string.contains("学员名单.csv"))
            let again = try await browser.get("/training/cohorts/\(cohort)")
            #expect(again.body.string.contains("recent-imports"))
            let empty = try await browser.upload(
                "/training/cohorts/\(cohort)/imports", file: [], named: "a.csv",
                headers: ["Referer": "http://127.0.0.1/training/cohorts/\(cohort)"])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("请选择要上传的文件"))
            // The page answers a POST: its language switch leads back to the cohort page (the
            // form's Referer), not to the upload's address, and never repeats the CSRF token.
            #expect(empty.body.string.contains("href=\"/training/cohorts/\(cohort)?lang=en\""))
            let noReferer = try await browser.upload("/training/cohorts/\(cohort)/imports", file: [], named: "a.csv")
            #expect(noReferer.body.string.contains("id=\"lang-switch\" class=\"lang-switch\" href=\"/?lang=en\""))
            #expect(try await Enrollment.query(on: app.db).count() == 0)
        }
    }

    @Test func theRosterListsTheFirstOfALongWaitingListAndSaysHowManyThereAre() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(capacity: 1)
            let people = try await world.pool(ProgramQuery.rosterListLimit + 2)
            let imported = try await world.importFile(cohort, ["档案编号"] + people.map(\.id))
            #expect(imported.status == .ok)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "p@example.test")
            // MUT
            let page = try await browser.get("/training/cohorts/\(cohort)")
            // validate
            #expect(page.status == .ok)
            #expect(page.body.string.contains("候补 \((ProgramQuery.rosterListLimit + 1).formatted()) 人"))
            #expect(
                page.body.string.components(separatedBy: "<tr data-talent=").count - 1 == ProgramQuery.rosterListLimit
                    + 1)
        }
    }
}
