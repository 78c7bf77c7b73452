import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

/// Adds profiles straight through `TalentStore`, as staff entry and import do.
enum TestTalents {
    nonisolated(unsafe) private static var serial = 0
    private static let lock = NSLock()

    @discardableResult
    static func add(
        _ app: Application, name: String, skills: [String] = [], major: String? = nil,
        district: String = "370303", education: EducationLevel? = nil, occupations: [String] = [],
        keyGroups: [String] = [], employer: UUID? = nil, birth: String = "1990-05-17",
        userID: UUID? = nil
    ) async throws -> Talent {
        let sequence = lock.withLock {
            serial += 1
            return serial % 1000
        }
        let id = ResidentID.fake(areaCode: "370303", birth: CalendarDate(birth)!, sequence: sequence)
        let valid = TalentInput.Valid(
            name: name, residentID: id, mobile: nil, email: nil, districtCode: district, educationLevel: education,
            school: nil, major: major, graduationYear: nil, employerID: employer, occupations: occupations,
            skills: skills, categories: [], keyGroups: keyGroups)
        return try await app.db.transaction { db in
            try await TalentStore.create(
                valid, userID: userID, cipher: app.personalData, context: app.writeContext(requestID: "test"), on: db)
        }
    }

    static func names(
        _ query: TalentSearchQuery, _ app: Application, scope: TalentSearchScope = .everyone,
        today: CalendarDate = CalendarDate("2026-11-27")!
    ) async throws -> [String] {
        try await query.run(scope: scope, today: today, on: app.db).items.map(\.name)
    }
}
