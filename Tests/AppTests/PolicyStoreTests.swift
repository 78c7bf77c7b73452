import Fluent
import Reference
import SiteKit
import Testing
import Vapor

@testable import App

@Suite("Policy loaded into the database")
struct PolicyStoreTests {
    @Test func loadingTheSameFileTwiceKeepsOneVersion() async throws {
        try await TestApp.run { app, config in
            // setup: Bootstrap loaded the shipped file once already
            let source = try PolicyStore.source(for: config)
            // MUT
            let again = try await PolicyStore.activate(
                file: source.file, text: source.text, on: app.db, now: app.clock.now)
            // validate
            let rows = try await PolicyVersion.query(on: app.db).all()
            #expect(rows.count == 1)
            #expect(rows.first?.isActive == true)
            #expect(again.versionID == app.activePolicy?.versionID)
        }
    }

    @Test func aChangedFileAddsAVersionAndKeepsTheOld() async throws {
        try await TestApp.run { app, config in
            let original = try PolicyStore.source(for: config)
            let changed = original.text.replacingOnce("value: 200", with: "value: 250")
            // MUT
            let active = try await PolicyStore.activate(
                file: "changed.yaml", text: changed, on: app.db, now: app.clock.now)
            // validate
            #expect(active.document.targets.first { $0.id == "m1-engineers-trained" }?.value == 250)
            let rows = try await PolicyVersion.query(on: app.db).sort(\.$activatedAt).all()
            #expect(rows.count == 2)
            #expect(rows.filter(\.isActive).map(\.checksum) == [active.checksum])
            // going back re-activates the first row instead of adding a third
            let back = try await PolicyStore.activate(
                file: original.file, text: original.text, on: app.db, now: app.clock.now)
            #expect(try await PolicyVersion.query(on: app.db).count() == 2)
            #expect(
                try await PolicyVersion.query(on: app.db).filter(\.$isActive == true).all().map(\.checksum) == [
                    back.checksum
                ])
        }
    }

    @Test func anInvalidFileChangesNothing() async throws {
        try await TestApp.run { app, config in
            let bad = try PolicyStore.source(for: config).text.replacingOnce(
                "departments: [HRSS]", with: "departments: [XYZ]")
            await #expect(throws: (any Error).self) {
                _ = try await PolicyStore.activate(file: "bad.yaml", text: bad, on: app.db, now: app.clock.now)
            }
            #expect(try await PolicyVersion.query(on: app.db).count() == 1)
        }
    }

    @Test func bootstrapTwiceIsIdempotent() async throws {
        try await TestApp.run { app, config in
            let occupations = try await Occupation.query(on: app.db).count()
            let districts = try await District.query(on: app.db).count()
            // MUT
            try await Bootstrap.prepare(app, config: config)
            // validate
            #expect(occupations > 60)
            #expect(districts == 11)
            #expect(try await Occupation.query(on: app.db).count() == occupations)
            #expect(try await District.query(on: app.db).count() == districts)
            #expect(try await PolicyVersion.query(on: app.db).count() == 1)
        }
    }

    @Test func administratorEditsSurviveARestart() async throws {
        try await TestApp.run { app, config in
            let row = try #require(try await Occupation.find("2-02-38-01", on: app.db))
            row.nameZh = "人工智能工程技术人员（管理员修订）"
            row.source = "admin"
            try await row.save(on: app.db)
            try await ReferenceDataset.query(on: app.db).delete()  // force a reload of every file
            // MUT
            try await Bootstrap.prepare(app, config: config)
            // validate
            #expect(try await Occupation.find("2-02-38-01", on: app.db)?.nameZh == "人工智能工程技术人员（管理员修订）")
        }
    }

    @Test func startUpRecordsThePolicyAndReferenceLoadsInTheAuditTrail() async throws {
        try await TestApp.run { app, config in
            let actions = try await AuditEvent.query(on: app.db).sort(\.$sequence).all().map(\.action)
            #expect(actions == ["policy.activate", "reference.load", "reference.load", "reference.load"])
            // an unchanged restart records nothing new
            try await Bootstrap.prepare(app, config: config)
            #expect(try await AuditEvent.query(on: app.db).count() == 4)
        }
    }
}
