import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import Targets
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Yearly targets computed from records")
struct TargetTests {
    static func figures(_ world: TrainingWorld, year: Int? = nil, district: String? = nil) async throws
        -> [String: Int]
    {
        let path = "/api/v1/targets?year=\(year ?? world.app.clock.year)" + (district.map { "&district=\($0)" } ?? "")
        let items = try world.json(try await world.send(.GET, path, [:]))["items"] as? [[String: Any]] ?? []
        var figures: [String: Int] = [:]
        for item in items {
            guard let target = item["target"] as? [String: Any], let metric = target["metric"] as? String,
                let actual = item["actual"] as? Int
            else { continue }
            figures[metric] = actual
        }
        return figures
    }

    /// What the writes maintained equals what a count from scratch gives.
    static func expectMaintainedEqualsRebuilt(_ app: Application, _ world: TrainingWorld) async throws {
        let maintained = try await figures(world)
        try await TargetTally.rebuild(on: app.db)
        #expect(try await figures(world) == maintained)
    }

    @Test func aCompletedEngineerTrainingCountsThePersonOnceAYear() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let before = try await Self.figures(world)
            // MUT
            _ = try await CertificateTests.completed(world)
            // validate
            let after = try await Self.figures(world)
            #expect(before["engineers_trained"] == 0)
            #expect(after["engineers_trained"] == 1)
            #expect(after["seminar_trainees"] == 0)
            #expect(try await Self.figures(world, district: "370303")["engineers_trained"] == 1)
            #expect(try await Self.figures(world, district: "370302")["engineers_trained"] == 0)
            #expect(try await Self.figures(world, year: app.clock.year - 1)["engineers_trained"] == 0)
            try await Self.expectMaintainedEqualsRebuilt(app, world)
        }
    }

    @Test func digitalSkillCertificatesCountTowardM2UntilRevoked() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (talent, _) = try await world.talent("吴十", email: "wu@example.test")
            let today = app.clock.today.description
            func record(_ level: String, _ number: String, occupation: String = "2-02-38-03") async throws -> String {
                let response = try await world.send(
                    .POST, "/api/v1/certificates", world.officerHeaders,
                    [
                        "talentID": try talent.requireID().uuidString, "kind": "skill_level", "level": level,
                        "occupationCode": occupation, "issuerName": "山东省职业技能鉴定中心", "number": number, "issuedOn": today,
                    ])
                return try world.json(response)["id"] as? String ?? ""
            }
            // MUT
            let senior = try await record("senior", "A-1")
            let technician = try await record("technician", "A-2")
            // validate
            var figures = try await Self.figures(world)
            #expect(figures["digital_skill_talents_cultivated"] == 1, "one person however many certificates")
            #expect(figures["high_skill_talents_cultivated"] == 1)
            try await Self.expectMaintainedEqualsRebuilt(app, world)
            _ = try await world.send(
                .POST, "/api/v1/certificates/\(technician)/revoke", world.officerHeaders, ["reason": "误录"])
            figures = try await Self.figures(world)
            #expect(figures["high_skill_talents_cultivated"] == 0)
            #expect(figures["digital_skill_talents_cultivated"] == 1, "the senior certificate still counts")
            _ = try await world.send(
                .POST, "/api/v1/certificates/\(senior)/revoke", world.officerHeaders, ["reason": "误录"])
            #expect(try await Self.figures(world)["digital_skill_talents_cultivated"] == 0)
            try await Self.expectMaintainedEqualsRebuilt(app, world)
        }
    }

    @Test func theMeasurePageShowsTargetAgainstActualAndUntrackedTargetsSaySo() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            _ = try await CertificateTests.completed(world)
            // MUT
            let m1 = try await app.get("/measures/M1")
            let m6 = try await app.get("/measures/M6")
            // validate
            #expect(m1.text.contains("data-target=\"m1-engineers-trained\""))
            #expect(m1.text.contains("data-actual=\"1\""))
            #expect(m1.text.contains("0%"), "1 of 200 is 0 % rounded down")
            #expect(m6.text.contains("尚未统计"), "M6 competitions are not recorded yet")
            #expect(try await world.send(.GET, "/api/v1/targets?year=abc", [:]).status == .badRequest)
            #expect(try await world.send(.GET, "/api/v1/targets?district=999999", [:]).status == .badRequest)
        }
    }
}
