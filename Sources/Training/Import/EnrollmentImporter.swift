import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// Enrols the talents a provider's file names into one cohort, with a few statements per
/// thousand rows instead of one enrolment at a time.
///
/// Atomic by default: one refused row and no enrolment is written. `partial` writes the
/// accepted rows. Either way the outcome is recorded (`EnrollmentImport`) with a report of
/// the refused rows, in the same transaction as the enrolments.
///
/// Seats go to the accepted rows in file order, as many as the cohort has free; the rest
/// join the waiting list behind anyone already on it, in file order. The cohort row is
/// locked first, so enrolments arriving meanwhile wait or see the seats already taken.
package struct EnrollmentImporter: Sendable {
    /// A cohort holds at most 10,000 seats; the rest of a file this size waits.
    package static let maxRows = 200_000
    /// Keys per `IN (…)` list: well under both engines' limits on bound parameters.
    package static let keysPerStatement = 1000

    package struct Summary: Sendable {
        package var importID: UUID?
        package var rows = 0
        package var enrolled = 0
        package var waitlisted = 0
        package var problems: [EnrollmentImportRowProblem] = []
        /// The cells of each refused row, for the report.
        package var rejectedRows: [Int: [String]] = [:]
        package var header: EnrollmentImportHeader
        package var wrote = false

        package var rejected: Int { rejectedRows.count }
    }

    package let cohort: Cohort
    package let program: Program
    package let partial: Bool
    package let fileName: String
    package let createdBy: UUID?
    package let cipher: PersonalDataCipher
    package let context: WriteContext

    package init(
        cohort: Cohort, program: Program, partial: Bool, fileName: String, createdBy: UUID?, cipher: PersonalDataCipher,
        context: WriteContext
    ) {
        self.cohort = cohort
        self.program = program
        self.partial = partial
        self.fileName = fileName
        self.createdBy = createdBy
        self.cipher = cipher
        self.context = context
    }

    /// Refuses a cohort that takes no enrolments now, before the file is read.
    package func checkCohort() throws(FieldErrors) {
        try Self.checkCohort(cohort, of: program, today: context.today)
    }

    package static func checkCohort(_ cohort: Cohort, of program: Program, today: CalendarDate) throws(FieldErrors) {
        if !program.status.takesProviderEnrolments { throw FieldErrors("file", .enrolProgramNotOpen, .notAllowed) }
        if let deadline = CalendarDate(cohort.enrolDeadline), deadline < today {
            throw FieldErrors("file", .enrolDeadlinePassed(date: cohort.enrolDeadline), .notAllowed)
        }
    }

    /// `record`: the import's row made at upload (the web import, a job), updated with
    /// the outcome; without one (the command line) a row is made at the end.
    package func run(
        _ source: ImportSource<EnrollmentImportColumn>, record recordID: UUID? = nil, on database: any Database
    )
        async throws -> Summary
    {
        try checkCohort()
        var summary = Summary(header: source.header)
        var source = source
        var rows: [EnrollmentImportRow] = []
        var cells: [Int: [String]] = [:]
        while let (number, row) = try source.next() {
            summary.rows += 1
            guard summary.rows <= Self.maxRows else { throw ImportFileProblem.tooManyRows(max: Self.maxRows) }
            switch EnrollmentImportRules.read(row: number, cells: row, header: source.header, today: context.today) {
            case let .valid(read):
                rows.append(read)
                cells[number] = row
            case let .invalid(problems):
                summary.problems += problems
                summary.rejectedRows[number] = row
            }
        }
        if summary.rows == 0 { throw ImportFileProblem.noRows }
        return try await database.withBulkWriteSettings { [summary, rows, cells] connection in
            try await connection.writeTransaction { db in
                var summary = summary
                try await write(rows, cells: cells, into: &summary, on: db)
                summary.importID = try await record(summary, in: recordID, on: db)
                return summary
            }
        }
    }

    private func write(
        _ rows: [EnrollmentImportRow], cells: [Int: [String]], into summary: inout Summary,
        on db: any Database
    ) async throws {
        let sql = db as! any SQLDatabase
        let cohortID = try cohort.requireID()
        // A no-op update: it locks the cohort row (PostgreSQL) or takes the write lock
        // (SQLite) for the rest of the transaction, and reads the seats under that lock.
        guard
            let seats = try await sql.raw(
                """
                UPDATE cohorts SET seats_taken = seats_taken WHERE id = \(bind: cohortID) RETURNING capacity, seats_taken
                """
            ).first()
        else { throw Abort(.notFound) }
        let free = max(
            0, try seats.decode(column: "capacity", as: Int.self) - seats.decode(column: "seats_taken", as: Int.self))

        let pool = try await PoolFacts.load(
            rows.map(\.talent), cohortID: cohortID, requirement: program.entryRequirement,
            cipher: cipher, on: sql)
        let (accepted, problems) = EnrollmentImportRules.decide(
            rows, requirement: program.entryRequirement, occupationCode: program.occupationCode,
            measure: program.measure,
            candidate: pool.candidate)
        for problem in problems { summary.rejectedRows[problem.row] = cells[problem.row] ?? [] }
        summary.problems += problems
        summary.problems.sort { $0.row < $1.row }
        guard summary.problems.isEmpty || partial, !accepted.isEmpty else { return }

        let seated = min(free, accepted.count)
        if seated > 0 {
            try await sql.raw(
                "UPDATE cohorts SET seats_taken = seats_taken + \(bind: seated) WHERE id = \(bind: cohortID)"
            ).run()
        }
        // Waiting-list order is `applied_at, id`: a microsecond apart keeps the file's order.
        let now = context.now
        // The ids every row shares, written once as literals (a UUID's text is hex digits
        // and dashes) rather than bound, and formatted, a hundred thousand times.
        let shared = SQLQueryString(
            [cohortID, try program.requireID(), program.$provider.id]
                .map { "'\($0.uuidString)'" }.joined(separator: ", "))
        var fresh: [SQLQueryString] = []
        for (index, row) in accepted.enumerated() {
            let status: EnrollmentStatus = index < seated ? .enrolled : .waitlisted
            let appliedAt = now.addingTimeInterval(Double(index) / 1_000_000)
            if let reused = pool.withdrawn[row.talentID] {
                try await sql.raw(
                    """
                    UPDATE enrollments SET status = \(bind: status.rawValue), applied_at = \(bind: appliedAt), \
                    years_in_field = \(bind: row.row.yearsInField), score = NULL, passed = NULL, completed_on = NULL, \
                    withdrawn_at = NULL, updated_at = \(bind: now) WHERE id = \(bind: reused)
                    """
                ).run()
            } else {
                fresh.append(
                    """
                    (\(bind: UUID()), \(shared), \(bind: row.talentID), \(bind: status.rawValue), \(bind: appliedAt), \
                    \(bind: row.row.yearsInField), \(bind: now), \(bind: now))
                    """)
            }
        }
        for start in stride(from: 0, to: fresh.count, by: Self.keysPerStatement) {
            var values = SQLQueryString("")
            for (offset, row) in fresh[start..<min(start + Self.keysPerStatement, fresh.count)].enumerated() {
                if offset > 0 { values.appendLiteral(", ") }
                values.appendInterpolation(row)
            }
            try await sql.raw(
                """
                INSERT INTO enrollments (id, cohort_id, program_id, provider_id, talent_id, status, applied_at, \
                years_in_field, created_at, updated_at) VALUES \(values)
                """
            ).run()
        }
        (summary.enrolled, summary.waitlisted, summary.wrote) = (seated, accepted.count - seated, true)
        try await context.record(
            AuditEntry(
                .enrollmentImport, entityID: cohortID.uuidString,
                changedFields: ["enrollments"]), on: db)
    }

    /// Keeps the outcome and the report; the page lists the first refused rows.
    private func record(_ summary: Summary, in recordID: UUID?, on db: any Database) async throws -> UUID {
        let (zh, en) = (Messages(language: .zh), Messages(language: .en))
        let record =
            try await recordID.asyncFlatMap { try await EnrollmentImport.find($0, on: db) } ?? EnrollmentImport()
        record.$cohort.id = try cohort.requireID()
        record.providerID = program.$provider.id
        record.createdBy = createdBy
        record.fileName = String(fileName.prefix(200))
        record.partial = partial
        record.status = summary.wrote || summary.problems.isEmpty ? .done : .rejected
        record.rows = summary.rows
        record.ignoredColumns = ImportIgnoredColumns.encode(summary.header.ignored)
        (record.enrolledCount, record.waitlistedCount, record.rejectedCount) = (
            summary.enrolled, summary.waitlisted, summary.rejected
        )
        if !summary.problems.isEmpty {
            let report = EnrollmentImportReport(header: summary.header)
            record.report = try ImportReports.seal(report.csv(summary, masked: true), cipher: cipher)
            let shown = summary.problems.prefix(ImportProblemsSection.shownProblems).map {
                ImportShownProblem(
                    row: $0.row, column: report.columnName($0.column),
                    zh: EnrollmentImportReport.reason($0.problem, zh),
                    en: EnrollmentImportReport.reason($0.problem, en))
            }
            record.problems = String(decoding: try JSONEncoder().encode(Array(shown)), as: UTF8.self)
        }
        try await record.save(on: db)
        if !summary.problems.isEmpty {
            try await ImportReports.remember(
                EnrollmentImportReport(header: summary.header).subjects(summary, cipher: cipher),
                of: try record.requireID(), on: db)
        }
        return try record.requireID()
    }
}

/// What the pool and the cohort hold for the talents a file names, read with a few
/// statements per thousand rows.
private struct PoolFacts {
    var byProfile: [UUID: EnrollmentCandidate] = [:]
    /// Resident ID number → profile id.
    var byResidentID: [String: UUID] = [:]
    /// Withdrawn enrolments in the cohort, by talent: reused rather than duplicated.
    var withdrawn: [UUID: UUID] = [:]

    func candidate(_ reference: TalentReference) -> EnrollmentCandidate? {
        switch reference {
        case let .profile(id): byProfile[id]
        case let .residentID(number): byResidentID[number].flatMap { byProfile[$0] }
        }
    }

    static func load(
        _ references: [TalentReference], cohortID: UUID, requirement: EntryRequirement,
        cipher: PersonalDataCipher, on sql: any SQLDatabase
    ) async throws -> PoolFacts {
        var facts = PoolFacts()
        // Each number's blind index is computed once, and the rows found map back through it.
        var ids: [UUID] = []
        var numbers: [String: String] = [:]
        for reference in Set(references) {
            switch reference {
            case let .profile(id): ids.append(id)
            case let .residentID(number):
                // Every configured key's index: rows not yet re-indexed by a key rotation too.
                for index in cipher.indexes(number) { numbers[index] = number }
            }
        }
        func addTalents(_ rows: [any SQLRow]) throws {
            for row in rows {
                let id = try row.decode(column: "id", as: UUID.self)
                if let number = try row.decode(column: "resident_id_index", as: String?.self).flatMap({ numbers[$0] }) {
                    facts.byResidentID[number] = id
                }
                facts.byProfile[id] = EnrollmentCandidate(
                    talentID: id, name: try row.decode(column: "name", as: String.self),
                    active: try row.decode(column: "status", as: String.self) == "active", enrolledAlready: false,
                    applicant: .init(
                        skillLevel: try row.decode(column: "skill_level", as: String?.self)
                            .flatMap(SkillLevel.init(rawValue:)),
                        education: try row.decode(column: "education_level", as: String?.self)
                            .flatMap(EducationLevel.init(rawValue:))))
            }
        }
        let columns = "id, name, status, skill_level, education_level, resident_id_index"
        for chunk in ids.chunks(of: EnrollmentImporter.keysPerStatement) {
            try addTalents(
                try await sql.raw("SELECT \(unsafeRaw: columns) FROM talents WHERE id IN (\(binds: Array(chunk)))")
                    .all())
        }
        for chunk in Array(numbers.keys).chunks(of: EnrollmentImporter.keysPerStatement) {
            try addTalents(
                try await sql.raw(
                    "SELECT \(unsafeRaw: columns) FROM talents WHERE resident_id_index IN (\(binds: Array(chunk)))"
                ).all())
        }
        for row in try await sql.raw(
            "SELECT id, talent_id, status FROM enrollments WHERE cohort_id = \(bind: cohortID)"
        ).all() {
            let talentID = try row.decode(column: "talent_id", as: UUID.self)
            if try row.decode(column: "status", as: String.self) == EnrollmentStatus.withdrawn.rawValue {
                facts.withdrawn[talentID] = try row.decode(column: "id", as: UUID.self)
            } else {
                facts.byProfile[talentID]?.enrolledAlready = true
            }
        }
        // Certificates matter only to a requirement that asks for one.
        guard !requirement.anyOf.isEmpty else { return facts }
        for chunk in Array(facts.byProfile.keys).chunks(of: EnrollmentImporter.keysPerStatement) {
            let rows = try await sql.raw(
                """
                SELECT talent_id, kind, level, occupation_code FROM certificates
                WHERE revoked_at IS NULL AND talent_id IN (\(binds: Array(chunk)))
                """
            ).all()
            for row in rows {
                guard let kind = CertificateKind(rawValue: try row.decode(column: "kind", as: String.self)) else {
                    continue
                }
                let talentID = try row.decode(column: "talent_id", as: UUID.self)
                facts.byProfile[talentID]?.applicant.certificates.append(
                    .init(
                        kind: kind,
                        level: CertificateLevel(kind: kind, code: try row.decode(column: "level", as: String?.self)),
                        occupationCode: try row.decode(column: "occupation_code", as: String?.self)))
            }
        }
        return facts
    }
}

extension Array {
    fileprivate func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
