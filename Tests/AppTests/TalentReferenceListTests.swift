import Fluent
import Foundation
import TalentDomain
import TalentPool
import Testing
import Vapor
import Vouchers

@testable import App

@Suite("People listed by name, ID number or profile id instead of copied ids")
struct TalentReferenceListTests {
    @Test func aNameANumberAndAnIdEachFindTheirPersonInTheListsOrderOnce() async throws {
        try await TestApp.run { app, _ in
            let zhang = try await TestTalents.add(app, name: "张伟", birth: "1991-02-03")
            let li = try await TestTalents.add(app, name: "李娜")
            let wang = try await TestTalents.add(app, name: "王芳")
            let number = try #require(zhang.residentIDCipher.flatMap(app.personalData.open))
            // MUT
            let found = try await TalentReferenceList.resolve(
                "李娜\n\(number)，\(try wang.requireID().uuidString)\n\n李娜", cipher: app.personalData,
                today: app.clock.today, on: app.db)
            // validate
            #expect(try found.get() == [try li.requireID(), try zhang.requireID(), try wang.requireID()])
        }
    }

    @Test func idsSeparatedBySpacesAreSeveralEntriesAndANameWithASpaceIsOne() {
        let (a, b) = (UUID().uuidString, UUID().uuidString)
        #expect(TalentReferenceList.entries("\(a) \(b)\nAnna Li，王芳、 ") == [a, b, "Anna Li", "王芳"])
    }

    @Test func aSharedNameOrAnUnknownEntryIsRefusedByItsLineNeverGuessed() async throws {
        try await TestApp.run { app, _ in
            try await TestTalents.add(app, name: "张伟")
            try await TestTalents.add(app, name: "张伟")
            // MUT
            let found = try await TalentReferenceList.resolve(
                "张伟\n没这人\n370303199001011234", cipher: app.personalData, today: app.clock.today, on: app.db)
            // validate
            guard case let .failure(unresolved) = found else {
                Issue.record("resolved \(found)")
                return
            }
            #expect(
                unresolved.problems == [
                    .ambiguous(line: 1, entry: "张伟", count: 2), .unknown(line: 2, entry: "没这人"),
                    .unknown(line: 3, entry: "370303199001011234"),
                ])
            #expect(unresolved.message.text(.zh).contains("第 1 行“张伟”：有 2 人同名，请改填身份证号码。"))
        }
    }

    @Test func aNameFindsOnlyThePeopleTheListerMaySee() async throws {
        try await TestApp.run { app, _ in
            let seen = try await TestTalents.add(app, name: "赵六")
            try await TestTalents.add(app, name: "赵六")
            let allowed = try seen.requireID()
            // MUT
            let found = try await TalentReferenceList.resolve(
                "赵六", cipher: app.personalData, today: app.clock.today, on: app.db,
                visible: { ids in Set(ids.filter { $0 == allowed }) })
            // validate
            #expect(try found.get() == [allowed], "the other 赵六 is not the lister's to find")
        }
    }

    @Test func anOfficerIssuesVouchersToPeopleNamedInTheBatch() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let chosen = try await TestTalents.add(app, name: "毕业生甲", keyGroups: ["college_graduates"])
            try await TestTalents.add(app, name: "毕业生乙", keyGroups: ["college_graduates"])
            let body: [String: Any] = [
                "name": "点名发放", "keyGroup": "college_graduates", "occupationCode": "2-02-38-03", "value": 500,
                "expiresOn": VoucherTests.expiry,
            ]
            // MUT
            let unknown = try await world.send(
                .POST, "/api/v1/voucher-batches", world.officerHeaders, body.merging(["talentIDs": ["毕业生丙"]]) { $1 })
            let issued = try await world.send(
                .POST, "/api/v1/voucher-batches", world.officerHeaders, body.merging(["talentIDs": ["毕业生甲"]]) { $1 })
            // validate
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("没有找到这个人"))
            #expect(issued.status == .created, "\(issued.body.string)")
            let holders = try await Voucher.query(on: app.db).all().map(\.$talent.id)
            #expect(holders == [try chosen.requireID()])
        }
    }
}
