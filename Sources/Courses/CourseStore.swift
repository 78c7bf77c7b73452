import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool

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

    /// Records that each talent completed the course, once per talent and course. A
    /// provider's record (`source` `provider`) is confirmed as it is, and confirms one
    /// waiting for review; a talent's own (`self`, with `evidence`) waits for the provider,
    /// and replaces one that was returned. Returns how many were recorded or changed.
    @discardableResult
    static func complete(
        _ course: Course, talentIDs: [UUID], on day: CalendarDate, source: String, evidence: String? = nil,
        context: WriteContext, on db: any Database
    ) async throws -> Int {
        let courseID = try course.requireID()
        let byProvider = source == "provider"
        let existing = Dictionary(
            try await CourseCompletion.query(on: db).filter(\.$course.$id == courseID)
                .filter(\.$talent.$id ~~ talentIDs).all().map { ($0.$talent.id, $0) },
            uniquingKeysWith: { first, _ in first })
        let fresh = Array(Set(talentIDs).subtracting(existing.keys)).sorted { $0.uuidString < $1.uuidString }
        let rows = fresh.map { talentID in
            let completion = CourseCompletion()
            completion.$course.id = courseID
            completion.providerID = course.$provider.id
            completion.$talent.id = talentID
            completion.completedOn = day.description
            completion.minutes = course.minutes
            completion.source = source
            completion.status = byProvider ? .confirmed : .pending
            completion.evidence = evidence
            if byProvider { (completion.reviewedBy, completion.reviewedAt) = (context.actor?.userID, context.now) }
            return completion
        }
        for start in stride(from: 0, to: rows.count, by: 500) {
            try await Array(rows[start..<min(start + 500, rows.count)]).create(on: db)
        }
        var changed = 0
        for completion in existing.values {
            if byProvider, completion.status != .confirmed {
                (completion.status, completion.reviewedBy, completion.reviewedAt, completion.reviewNote) =
                    (.confirmed, context.actor?.userID, context.now, nil)
            } else if !byProvider, completion.status == .returned {
                (completion.status, completion.evidence, completion.completedOn) = (.pending, evidence, day.description)
            } else {
                continue
            }
            try await completion.update(on: db)
            changed += 1
        }
        if rows.count + changed > 0 {
            try await context.record(
                AuditEntry(
                    .courseCompletion, entityID: courseID.uuidString,
                    changedFields: ["completions:\(rows.count + changed)", "source:\(source)"]), on: db)
        }
        return rows.count + changed
    }

    /// Confirms the completions (their courses loaded with them), or returns them to their
    /// learners with `note`; each learner is told. Only those still waiting change.
    /// Returns how many did.
    package static func review(
        _ completions: [CourseCompletion], confirm: Bool, note: String?, context: WriteContext, on db: any Database
    ) async throws -> Int {
        let waiting = completions.filter { $0.status == .pending }
        for completion in waiting {
            completion.status = confirm ? .confirmed : .returned
            (completion.reviewedBy, completion.reviewedAt, completion.reviewNote) =
                (context.actor?.userID, context.now, confirm ? nil : note)
            try await completion.update(on: db)
        }
        guard !waiting.isEmpty else { return 0 }
        try await context.record(
            AuditEntry(
                confirm ? .courseCompletionConfirm : .courseCompletionReturn, entityID: nil,
                changedFields: ["completions:\(waiting.count)"]), on: db)
        let talents = try await Talent.query(on: db).filter(\.$id ~~ waiting.map { $0.$talent.id }).all()
        var users: [UUID: UUID] = [:]
        for talent in talents {
            if let id = talent.id, let user = talent.$user.id { users[id] = user }
        }
        for completion in waiting {
            guard let user = users[completion.$talent.id] else { continue }
            let course = try await completion.$course.get(on: db)
            try await Notifier.notify(
                [user], kind: confirm ? "course.confirmed" : "course.returned",
                confirm
                    ? .courseConfirmedNotification(course: course.title)
                    : .courseReturnedNotification(course: course.title, note: note ?? ""),
                link: .course(try course.requireID()), at: context.now, on: db)
        }
        return waiting.count
    }

    /// A talent's continuing-education hours by year, newest first: confirmed ones only.
    package static func yearlyHours(of talentID: UUID, on db: any Database) async throws -> [(
        year: Int, hours: StudyHours
    )] {
        var byYear: [Int: Int] = [:]
        for completion in try await CourseCompletion.query(on: db).filter(\.$talent.$id == talentID)
            .filter(\.$status == .confirmed).all()
        {
            guard let year = Int(completion.completedOn.prefix(4)) else { continue }
            byYear[year, default: 0] += completion.minutes
        }
        return byYear.sorted { $0.key > $1.key }.map { ($0.key, StudyHours(minutes: $0.value)) }
    }
}
