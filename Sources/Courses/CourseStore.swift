import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// Courses of the online column and their completions; each write audited in the
/// caller's transaction.
package enum CourseStore {
    package static func create(
        _ valid: CourseInput.Valid, context: WriteContext, on db: any Database
    ) async throws -> Course {
        let course = Course()
        course.$provider.id = valid.providerID
        course.title = valid.title
        course.occupationCode = valid.occupationCode
        course.level = valid.level
        course.minutes = valid.hours.minutes
        course.link = valid.link
        course.content = valid.content
        course.listed = true
        try await course.create(on: db)
        try await context.record(
            AuditEntry(
                .courseCreate, entityID: course.id?.uuidString,
                changedFields: ["title", "minutes", "occupation_code"]), on: db)
        return course
    }

    /// Credits the course's hours to each talent once (a talent who already completed it
    /// keeps the first completion). Returns how many were newly credited.
    @discardableResult
    static func complete(
        _ course: Course, talentIDs: [UUID], on day: CalendarDate, source: String, context: WriteContext,
        on db: any Database
    ) async throws -> Int {
        let courseID = try course.requireID()
        let done = Set(
            try await CourseCompletion.query(on: db).filter(\.$course.$id == courseID)
                .filter(\.$talent.$id ~~ talentIDs).all().map(\.$talent.id))
        let fresh = Array(Set(talentIDs).subtracting(done)).sorted { $0.uuidString < $1.uuidString }
        let rows = fresh.map { talentID in
            let completion = CourseCompletion()
            completion.$course.id = courseID
            completion.providerID = course.$provider.id
            completion.$talent.id = talentID
            completion.completedOn = day.description
            completion.minutes = course.minutes
            completion.source = source
            return completion
        }
        for start in stride(from: 0, to: rows.count, by: 500) {
            try await Array(rows[start..<min(start + 500, rows.count)]).create(on: db)
        }
        if !rows.isEmpty {
            try await context.record(
                AuditEntry(
                    .courseCompletion, entityID: courseID.uuidString,
                    changedFields: ["completions:\(rows.count)", "source:\(source)"]), on: db)
        }
        return rows.count
    }

    /// A talent's continuing-education hours by year, newest first.
    package static func yearlyHours(of talentID: UUID, on db: any Database) async throws -> [(
        year: Int, hours: StudyHours
    )] {
        var byYear: [Int: Int] = [:]
        for completion in try await CourseCompletion.query(on: db).filter(\.$talent.$id == talentID).all() {
            guard let year = Int(completion.completedOn.prefix(4)) else { continue }
            byYear[year, default: 0] += completion.minutes
        }
        return byYear.sorted { $0.key > $1.key }.map { ($0.key, StudyHours(minutes: $0.value)) }
    }
}
