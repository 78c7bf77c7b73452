import Certificates
import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// Enrolment in cohorts: applying (into a seat or onto the waiting list), withdrawing
/// (which moves the waiting list up), attendance, results and completion. Every write
/// runs in the caller's transaction and is audited; every refusal is a `FieldErrors`
/// naming the field, thrown before anything is written.
///
/// Seats are counted in `cohorts.seats_taken` and changed only by a conditional UPDATE
/// (`seats_taken < capacity`), which both engines apply atomically: two applications for
/// the last seat cannot both get it, with no lock held across the request.
package enum EnrollmentStore {
    /// Places `talent` in `cohort`: a seat while there is one, the waiting list after.
    /// `byProvider`: the provider enrols them (also into a running program); otherwise the
    /// talent applies (only while the program is open). A withdrawn enrolment is reused.
    /// `voucherID`: a voucher of the talent's to pay with (`payment`); spent in the same
    /// transaction, so a refused voucher leaves no enrolment behind.
    package static func enrol(
        _ talent: Talent, in cohort: Cohort, of program: Program, yearsInField: Int?, voucherID: UUID? = nil,
        payment: (any EnrolmentPayment)? = nil, byProvider: Bool, context: WriteContext, on db: any Database
    ) async throws -> Enrollment {
        var errors = FieldErrors()
        let open = byProvider ? program.status.takesProviderEnrolments : program.status.takesApplications
        if !open { errors.refuse("cohortID", .enrolProgramNotOpen, .notAllowed) }
        if let deadline = CalendarDate(cohort.enrolDeadline), deadline < context.today {
            errors.refuse("cohortID", .enrolDeadlinePassed(date: cohort.enrolDeadline), .notAllowed)
        }
        if talent.status != "active" { errors.refuse("talentID", .enrolTalentInactive, .notAllowed) }
        let talentID = try talent.requireID()
        let cohortID = try cohort.requireID()
        let existing = try await Enrollment.query(on: db).filter(\.$cohort.$id == cohortID)
            .filter(\.$talent.$id == talentID).first()
        if let existing, existing.status != .withdrawn { errors.refuse("cohortID", .enrolAlready, .notAllowed) }
        if errors.isEmpty {
            let applicant = try await applicantFacts(talent, yearsInField: yearsInField, on: db)
            let decision = program.entryRequirement.check(
                applicant, occupationCode: program.occupationCode, measure: program.measure)
            if !decision.isEligible {
                let clauses = decision.reasons
                errors.refuse(
                    "yearsInField",
                    Message { m in
                        m(
                            .enrolRequirementNotMet(
                                conditions: clauses.map { m.clause($0) }.joined(
                                    separator: m.language == .zh ? "；" : "; ")
                            ))
                    }, .notAllowed)
                errors.measure = decision.measure
            }
        }
        guard errors.isEmpty else { throw errors }

        let seated = try await takeSeat(cohortID, on: db as! any SQLDatabase)
        let enrollment = existing ?? Enrollment()
        enrollment.$cohort.id = cohortID
        enrollment.$program.id = try program.requireID()
        enrollment.providerID = program.$provider.id
        enrollment.$talent.id = talentID
        enrollment.status = seated ? .enrolled : .waitlisted
        enrollment.appliedAt = context.now
        enrollment.yearsInField = yearsInField
        enrollment.score = nil
        enrollment.passed = nil
        enrollment.completedOn = nil
        enrollment.withdrawnAt = nil
        try await enrollment.save(on: db)
        if let voucherID {
            guard let payment else { throw FieldErrors("voucherID", .voucherUnknown, .unknown) }
            try await payment.pay(voucherID, talentID: talentID, for: enrollment, of: program, context: context, on: db)
        }
        try await context.record(
            AuditEntry(
                byProvider ? .enrollmentEnrol : .enrollmentApply, entityID: enrollment.id?.uuidString,
                changedFields: voucherID == nil ? ["status"] : ["status", "voucher"]), on: db)
        return enrollment
    }

    /// Withdraws an enrolment that holds a seat or waits for one; a freed seat goes to the
    /// first on the waiting list.
    package static func withdraw(_ enrollment: Enrollment, context: WriteContext, on db: any Database) async throws {
        guard enrollment.status.canWithdraw else {
            throw FieldErrors("enrollment", .enrolCannotWithdraw, .notAllowed)
        }
        let sql = db as! any SQLDatabase
        let before = enrollment.status
        let changed = try await sql.raw(
            """
            UPDATE enrollments SET status = 'withdrawn', withdrawn_at = \(bind: context.now), updated_at = \(bind: context.now)
            WHERE id = \(bind: try enrollment.requireID()) AND status = \(bind: before.rawValue) RETURNING id
            """
        ).all()
        // Another request changed it first: report rather than act on a stale view.
        guard !changed.isEmpty else { throw WriteConflict() }
        enrollment.status = .withdrawn
        try await context.publish(EnrollmentWithdrawn(enrollmentID: try enrollment.requireID()), on: db)
        if before == .enrolled {
            try await releaseSeat(enrollment.$cohort.id, on: sql)
            try await fillSeats(enrollment.$cohort.id, now: context.now, on: sql)
        }
        try await context.record(
            AuditEntry(
                .enrollmentWithdraw, entityID: enrollment.id?.uuidString, changedFields: ["status"]), on: db)
    }

    /// Changes a cohort's capacity; never below the seats already taken. A larger cohort
    /// takes people from its waiting list.
    package static func setCapacity(_ cohort: Cohort, to capacity: Int, context: WriteContext, on db: any Database)
        async throws
    {
        let sql = db as! any SQLDatabase
        let cohortID = try cohort.requireID()
        let changed = try await sql.raw(
            """
            UPDATE cohorts SET capacity = \(bind: capacity) WHERE id = \(bind: cohortID) AND seats_taken <= \(bind: capacity)
            RETURNING seats_taken
            """
        ).all()
        guard let row = changed.first else {
            let taken = try await Cohort.find(cohortID, on: db)?.seatsTaken ?? cohort.seatsTaken
            throw FieldErrors("capacity", .cohortCapacityBelowTaken(taken: String(taken)), .notAllowed)
        }
        cohort.capacity = capacity
        cohort.seatsTaken = try row.decode(column: "seats_taken", as: Int.self)
        try await fillSeats(cohortID, now: context.now, on: sql)
        try await context.record(
            AuditEntry(
                .cohortCapacity, entityID: cohortID.uuidString,
                changedFields: ["capacity"]), on: db)
    }

    /// Records the hours `enrollment` attended of `session` (replacing an earlier entry),
    /// once the session's day has come.
    package static func recordAttendance(
        _ enrollment: Enrollment, session: CohortSession, hours: StudyHours,
        context: WriteContext, on db: any Database
    ) async throws {
        guard enrollment.status.isInProgress else { throw FieldErrors("enrollment", .enrolNotInProgress, .notAllowed) }
        guard session.$cohort.id == enrollment.$cohort.id else {
            throw FieldErrors("sessionID", .sessionUnknown, .unknown)
        }
        if let refusal = attendanceNotYet(session, today: context.today) {
            throw FieldErrors("sessionID", refusal, .notAllowed)
        }
        guard hours <= session.hours else {
            throw FieldErrors("hours", .attendanceAboveSession(hours: session.hours.description))
        }
        let enrollmentID = try enrollment.requireID()
        let sessionID = try session.requireID()
        let row =
            try await Attendance.query(on: db).filter(\.$enrollment.$id == enrollmentID)
            .filter(\.$session.$id == sessionID).first() ?? Attendance()
        row.$enrollment.id = enrollmentID
        row.$session.id = sessionID
        row.minutes = hours.minutes
        try await row.save(on: db)
        try await context.record(
            AuditEntry(
                .enrollmentAttendance, entityID: enrollmentID.uuidString, changedFields: ["attendance"]), on: db)
    }

    /// Records the assessment: a score out of 100 (optional) and pass or fail.
    package static func recordResult(
        _ enrollment: Enrollment, score: Int?, passed: Bool, context: WriteContext,
        on db: any Database
    ) async throws {
        guard enrollment.status.isInProgress else {
            throw FieldErrors("enrollment", .enrolNotInProgress, .notAllowed)
        }
        enrollment.score = score
        enrollment.passed = passed
        try await enrollment.save(on: db)
        try await context.record(
            AuditEntry(
                .enrollmentResult, entityID: enrollment.id?.uuidString, changedFields: ["score", "passed"]), on: db)
    }

    /// Completes (结业) an enrolment that meets the program's completion rule, from the day
    /// of the cohort's last session; otherwise refuses with every shortfall.
    package static func complete(_ enrollment: Enrollment, program: Program, context: WriteContext, on db: any Database)
        async throws
    {
        guard enrollment.status.isInProgress else { throw FieldErrors("enrollment", .enrolNotInProgress, .notAllowed) }
        if let refusal = try await completionNotYet(enrollment.$cohort.id, today: context.today, on: db) {
            throw FieldErrors("enrollment", refusal, .notAllowed)
        }
        let scheduled = try await scheduledHours(enrollment.$cohort.id, on: db)
        let attended = try await attendedHours(try enrollment.requireID(), on: db)
        let completion = program.completionRule.completion(
            attended: attended, scheduled: scheduled, passed: enrollment.passed, measure: program.measure)
        guard completion.isEligible else {
            throw FieldErrors(
                "enrollment", Message { m in completion.reasons.map { m.shortfall($0) }.joined(separator: " ") },
                .notAllowed, measure: completion.measure)
        }
        try await close(enrollment, asCompletedOf: program, context: context, on: db)
    }

    /// Closes an enrolment as not completed (未结业), keeping its seat counted.
    package static func markNotCompleted(_ enrollment: Enrollment, context: WriteContext, on db: any Database)
        async throws
    {
        guard enrollment.status.isInProgress else {
            throw FieldErrors("enrollment", .enrolNotInProgress, .notAllowed)
        }
        enrollment.status = .notCompleted
        try await enrollment.save(on: db)
        try await context.record(
            AuditEntry(
                .enrollmentNotCompleted, entityID: enrollment.id?.uuidString, changedFields: ["status"]), on: db)
    }

    // MARK: - Seats

    /// Takes one seat if the cohort has one free; true when it did.
    package static func takeSeat(_ cohortID: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await !sql.raw(
            """
            UPDATE cohorts SET seats_taken = seats_taken + 1 WHERE id = \(bind: cohortID) AND seats_taken < capacity
            RETURNING id
            """
        ).all().isEmpty
    }

    package static func releaseSeat(_ cohortID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            "UPDATE cohorts SET seats_taken = seats_taken - 1 WHERE id = \(bind: cohortID) AND seats_taken > 0"
        )
        .run()
    }

    /// Gives free seats to the waiting list, first come first served, until the seats or
    /// the list run out. Each move is a conditional UPDATE, so a concurrent withdrawal of
    /// the person being moved up cannot leave a seat held by nobody.
    package static func fillSeats(_ cohortID: UUID, now: Date, on sql: any SQLDatabase) async throws {
        while try await takeSeat(cohortID, on: sql) {
            let next = try await sql.raw(
                """
                SELECT id FROM enrollments WHERE cohort_id = \(bind: cohortID) AND status = 'waitlisted'
                ORDER BY applied_at, id LIMIT 1
                """
            ).first()
            guard let id = try next?.decode(column: "id", as: UUID.self) else {
                try await releaseSeat(cohortID, on: sql)
                return
            }
            let moved = try await sql.raw(
                """
                UPDATE enrollments SET status = 'enrolled', updated_at = \(bind: now)
                WHERE id = \(bind: id) AND status = 'waitlisted' RETURNING id
                """
            ).all()
            if moved.isEmpty { try await releaseSeat(cohortID, on: sql) }
        }
    }

    // MARK: - Facts

    package static func scheduledHours(_ cohortID: UUID, on db: any Database) async throws -> StudyHours {
        try await minutes(
            """
            SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT) AS total FROM cohort_sessions WHERE cohort_id = \(bind: cohortID)
            """, db)
    }

    package static func attendedHours(_ enrollmentID: UUID, on db: any Database) async throws -> StudyHours {
        try await minutes(
            """
            SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT) AS total FROM attendance WHERE enrollment_id = \(bind: enrollmentID)
            """, db)
    }

    /// A sum of minutes. Written as SQL with a cast: PostgreSQL sums a bigint column as
    /// `numeric`, which Fluent's `sum` cannot read back as an integer.
    private static func minutes(_ query: SQLQueryString, _ db: any Database) async throws -> StudyHours {
        let row = try await (db as! any SQLDatabase).raw(query).first()
        return StudyHours(minutes: try row?.decode(column: "total", as: Int.self) ?? 0)
    }

    /// What the entry requirement is checked against: the talent's valid certificates,
    /// levels and education, and the years they declare.
    package static func applicantFacts(_ talent: Talent, yearsInField: Int?, on db: any Database) async throws
        -> EntryRequirement.Applicant
    {
        let certificates = try await Certificate.query(on: db).filter(\.$talent.$id == talent.requireID())
            .filter(\.$revokedAt == nil).all()
        return EntryRequirement.Applicant(
            certificates: certificates.map {
                .init(kind: $0.kind, level: $0.certificateLevel, occupationCode: $0.occupationCode)
            },
            skillLevel: talent.skillLevel.flatMap(SkillLevel.init(rawValue:)),
            education: talent.educationLevel.flatMap(EducationLevel.init(rawValue:)),
            yearsInField: yearsInField)
    }
}
