import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// The counts and lists a workspace shows of training: a provider's cohorts in progress
/// and those left open past their end, certificates still to issue; a talent's next
/// sessions. Each is one indexed query.
enum TrainingWorkspaceQuery {
    /// A cohort running today, with its program's title.
    struct RunningCohort {
        var id: UUID
        var programTitle: String
        var name: String
        var startsOn: String
        var endsOn: String
        var seatsTaken: Int
        var capacity: Int
    }

    /// A session of one of the talent's enrolments, on or after today.
    struct UpcomingSession {
        var date: String
        var topic: String
        var minutes: Int
        var programTitle: String
        var cohortName: String
    }

    /// The provider's cohorts that have started and not ended, soonest end first.
    static func running(provider: UUID, today: CalendarDate, limit: Int, on db: any Database) async throws
        -> [RunningCohort]
    {
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT c.id, p.title, c.name, c.starts_on, c.ends_on, c.seats_taken, c.capacity
            FROM cohorts c JOIN programs p ON p.id = c.program_id
            WHERE c.provider_id = \(bind: provider) AND c.starts_on <= \(bind: today.description)
            AND c.ends_on >= \(bind: today.description)
            ORDER BY c.ends_on, c.id LIMIT \(unsafeRaw: String(limit))
            """
        ).all()
        return try rows.map { row in
            RunningCohort(
                id: try row.decode(column: "id", as: UUID.self),
                programTitle: try row.decode(column: "title", as: String.self),
                name: try row.decode(column: "name", as: String.self),
                startsOn: try row.decode(column: "starts_on", as: String.self),
                endsOn: try row.decode(column: "ends_on", as: String.self),
                seatsTaken: try row.decode(column: "seats_taken", as: Int.self),
                capacity: try row.decode(column: "capacity", as: Int.self))
        }
    }

    /// The provider's cohorts past their end date with students still enrolled (neither
    /// completed nor closed as not completed): the first of them, and how many.
    static func toClose(provider: UUID, today: CalendarDate, on db: any Database) async throws -> (
        first: UUID?, count: Int
    ) {
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT c.id FROM cohorts c WHERE c.provider_id = \(bind: provider) AND c.ends_on < \(bind: today.description)
            AND EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id AND e.status = 'enrolled')
            ORDER BY c.ends_on, c.id
            """
        ).all()
        return (try rows.first?.decode(column: "id", as: UUID.self), rows.count)
    }

    /// Completed enrolments of the provider's with no certificate yet.
    static func certificatesToIssue(provider: UUID, on db: any Database) async throws -> Int {
        let row = try await (db as! any SQLDatabase).raw(
            """
            SELECT COUNT(*) AS n FROM enrollments e WHERE e.provider_id = \(bind: provider) AND e.status = 'completed'
            AND NOT EXISTS (SELECT 1 FROM certificates k WHERE k.enrollment_id = e.id)
            """
        ).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The next sessions of the cohorts the user's profile is enrolled in.
    static func upcoming(user: UUID, today: CalendarDate, limit: Int, on db: any Database) async throws
        -> [UpcomingSession]
    {
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT s.date, s.topic, s.minutes, p.title, c.name
            FROM enrollments e JOIN talents t ON t.id = e.talent_id
            JOIN cohort_sessions s ON s.cohort_id = e.cohort_id JOIN cohorts c ON c.id = e.cohort_id
            JOIN programs p ON p.id = e.program_id
            WHERE t.user_id = \(bind: user) AND e.status = 'enrolled' AND s.date >= \(bind: today.description)
            ORDER BY s.date, s.id LIMIT \(unsafeRaw: String(limit))
            """
        ).all()
        return try rows.map { row in
            UpcomingSession(
                date: try row.decode(column: "date", as: String.self),
                topic: try row.decode(column: "topic", as: String.self),
                minutes: try row.decode(column: "minutes", as: Int.self),
                programTitle: try row.decode(column: "title", as: String.self),
                cohortName: try row.decode(column: "name", as: String.self))
        }
    }
}
