import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `/api/v1/programs` items. Money in fen, dates `YYYY-MM-DD`, hours in minutes.
package struct ProgramDTO: Content {
    package var id: UUID
    package var providerID: UUID
    package var kind: String
    package var title: String
    package var measure: String
    package var year: Int
    package var occupationCode: String?
    package var direction: String?
    package var engineerLevel: String?
    package var skillLevel: String?
    package var theme: String?
    package var experts: [String]
    package var format: String?
    package var description: String
    package var capacity: Int
    package var startsOn: String
    package var endsOn: String
    package var delivery: String
    package var place: String?
    package var feeFen: Int64
    package var vouchersApply: Bool
    package var subsidiesApply: Bool
    package var entryRequirement: EntryRequirement
    package var minAttendancePercent: Int
    package var status: String
    package var cohorts: [CohortDTO]?

    package init(_ program: Program, cohorts: [CohortDTO]?) throws {
        id = try program.requireID()
        providerID = program.$provider.id
        kind = program.kind.rawValue
        title = program.title
        measure = program.measure
        year = program.year
        occupationCode = program.occupationCode
        direction = program.direction
        engineerLevel = program.engineerLevel?.rawValue
        skillLevel = program.skillLevel?.rawValue
        theme = program.theme
        experts = program.expertList
        format = program.format
        description = program.description
        capacity = program.capacity
        startsOn = program.startsOn
        endsOn = program.endsOn
        delivery = program.delivery.rawValue
        place = program.place
        feeFen = program.feeFen
        vouchersApply = program.vouchersApply
        subsidiesApply = program.subsidiesApply
        entryRequirement = program.entryRequirement
        minAttendancePercent = program.minAttendancePercent
        status = program.status.rawValue
        self.cohorts = cohorts
    }
}

package struct CohortDTO: Content {
    package var id: UUID
    package var programID: UUID
    package var name: String
    package var capacity: Int
    package var seatsTaken: Int
    package var enrolDeadline: String
    package var startsOn: String
    package var endsOn: String
    package var sessions: [SessionDTO]?

    package init(_ cohort: Cohort, sessions: [CohortSession]?) throws {
        id = try cohort.requireID()
        programID = cohort.$program.id
        name = cohort.name
        capacity = cohort.capacity
        seatsTaken = cohort.seatsTaken
        enrolDeadline = cohort.enrolDeadline
        startsOn = cohort.startsOn
        endsOn = cohort.endsOn
        self.sessions = try sessions?.map(SessionDTO.init)
    }
}

package struct SessionDTO: Content {
    package var id: UUID
    package var date: String
    package var minutes: Int
    package var topic: String

    package init(_ session: CohortSession) throws {
        id = try session.requireID()
        date = session.date
        minutes = session.minutes
        topic = session.topic
    }
}

package struct EnrollmentDTO: Content {
    package var id: UUID
    package var cohortID: UUID
    package var programID: UUID
    package var talentID: UUID
    package var status: String
    package var appliedAt: Date
    package var yearsInField: Int?
    package var score: Int?
    package var passed: Bool?
    package var completedOn: String?

    package init(_ enrollment: Enrollment) throws {
        id = try enrollment.requireID()
        cohortID = enrollment.$cohort.id
        programID = enrollment.$program.id
        talentID = enrollment.$talent.id
        status = enrollment.status.rawValue
        appliedAt = enrollment.appliedAt
        yearsInField = enrollment.yearsInField
        score = enrollment.score
        passed = enrollment.passed
        completedOn = enrollment.completedOn
    }
}

/// What one submit of a session's attendance recorded.
package struct SessionAttendanceDTO: Content {
    package var sessionID: UUID
    package var present: Int
    package var absent: Int
}

/// What completing everyone who qualifies did.
package struct CompletedEligibleDTO: Content {
    package var completed: Int
    package var notEligible: Int
}
