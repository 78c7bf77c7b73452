import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// SQLite fails one of two writing transactions that both read first (SQLITE_BUSY)
/// instead of waiting; every request path that writes must run its transaction again
/// rather than answer 500 (`Database.writeTransaction`).
@Suite("Concurrent writers: no request fails because another one writes at the same moment")
struct ConcurrentWritesTests {
    @Test func staffCreatingProfilesInParallelAllSucceed() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let ids = (0..<12).map {
                ResidentID.fake(areaCode: "370303", birth: CalendarDate("1991-02-03")!, sequence: 100 + $0).value
            }
            // MUT
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (index, id) in ids.enumerated() {
                    group.addTask {
                        try await world.send(
                            .POST, "/api/v1/talents", world.officerHeaders,
                            [
                                "name": "并发\(index)", "residentID": id, "districtCode": "370303", "consent": true,
                            ]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            // validate
            #expect(statuses.allSatisfy { $0 == .created }, "\(statuses)")
            #expect(try await Talent.query(on: app.db).count() == ids.count)
        }
    }
}
