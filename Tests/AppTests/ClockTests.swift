import Fluent
import Foundation
import SiteKit
import Synchronization
import TalentDomain
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

/// A clock a test sets and moves (issue 15: time came from `Date()` in 43 places, so tests
/// depended on the day they ran).
final class TestClock: Sendable {
    private let date: Mutex<Date>

    init(_ day: String, hour: Double = 10) {
        date = Mutex(ZiboTime.startOfDay(CalendarDate(day)!).addingTimeInterval(hour * 3600))
    }

    var now: Date { date.withLock { $0 } }

    func set(_ day: String, hour: Double = 10) {
        date.withLock { $0 = ZiboTime.startOfDay(CalendarDate(day)!).addingTimeInterval(hour * 3600) }
    }

    var platformClock: PlatformClock { PlatformClock { [self] in now } }

    /// For `TestApp.run(adjusting:)`.
    func install(_ config: inout AppConfig) {
        config.clock = platformClock
    }
}

@Suite("Time comes from the platform's clock")
struct ClockTests {
    @Test func anApplicationIsJudgedByThePlatformsClockNotTheMachines() async throws {
        let clock = TestClock("2026-06-10")
        try await TestApp.run(adjusting: clock.install) { app, _ async throws in
            // setup: a cohort whose applications close on 2026-06-20
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(deadline: "2026-06-20")
            let (early, earlyHeaders) = try await world.talent("早报名", email: "early@example.test")
            let (_, lateHeaders) = try await world.talent("晚报名", email: "late@example.test")
            // act: one applies on 10 June, the other on 1 July
            let onTime = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", earlyHeaders, [:])
            clock.set("2026-07-01")
            let late = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", lateHeaders, [:])
            // assert
            #expect(onTime.status == .created, "\(onTime.body.string)")
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("2026-06-20"))
            let enrollment = try #require(
                try await Enrollment.query(on: app.db).filter(\.$talent.$id == early.requireID()).first())
            #expect(enrollment.appliedAt == TestClock("2026-06-10").now)
        }
    }

    @Test func theYearOfTheTargetsIsTheClocksYear() async throws {
        let clock = TestClock("2031-03-01")
        try await TestApp.run(adjusting: clock.install) { app, _ async throws in
            let response = try await app.get("/api/v1/targets")
            #expect(response.status == .ok)
            #expect(response.body.string.contains("\"year\":2031"))
        }
    }

    @Test(arguments: SourceTree.serverModules)
    func noServerCodeReadsTheTimeExceptThroughTheClock(module: String) throws {
        let files = SourceTree.swiftFiles(in: [module])
        #expect(!files.isEmpty)
        for file in files where file.lastPathComponent != "PlatformClock.swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in [#"\bDate\(\)"#, #"Date\.now\b"#, #"timeIntervalSinceNow"#]
            where text.range(of: pattern, options: .regularExpression) != nil {
                Issue.record("\(file.lastPathComponent) reads the time with \(pattern)")
            }
        }
    }
}
