import Certificates
import Fluent
import Foundation
import Market
import Reference
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Training

/// Keeps the yearly target figures (`TargetMetric`) up to date as records are written,
/// in the same transaction, so reading every figure of a year is a look-up in a table of
/// a few hundred rows rather than a count over millions of enrolments and certificates.
///
/// `target_facts` holds one row per metric, year and counted subject (a talent or a
/// cohort); its unique key makes "count each person once a year" exact under concurrent
/// writes. `target_counts` holds the number of facts per metric, year and district,
/// changed by one statement whenever a fact is added or removed.
package enum TargetTally {
    package static let factSchema = "target_facts"
    package static let countSchema = "target_counts"

    /// Counts `subject` toward `metric` in `year` (for `district`) unless it already counts.
    package static func add(_ metric: TargetMetric, year: Int, district: String, subject: UUID, on sql: any SQLDatabase)
        async throws
    {
        let inserted = try await sql.raw(
            """
            INSERT INTO target_facts (metric, year, district_code, subject_id)
            VALUES (\(bind: metric.rawValue), \(bind: year), \(bind: district), \(bind: subject))
            ON CONFLICT (metric, year, subject_id) DO NOTHING RETURNING subject_id
            """
        ).all()
        guard !inserted.isEmpty else { return }
        try await sql.raw(
            """
            INSERT INTO target_counts (metric, year, district_code, count)
            VALUES (\(bind: metric.rawValue), \(bind: year), \(bind: district), 1)
            ON CONFLICT (metric, year, district_code) DO UPDATE SET count = target_counts.count + 1
            """
        ).run()
    }

    /// Stops counting `subject` toward `metric` in `year` (when the record that counted it
    /// was revoked and no other qualifies it).
    package static func remove(_ metric: TargetMetric, year: Int, subject: UUID, on sql: any SQLDatabase) async throws {
        let removed = try await sql.raw(
            """
            DELETE FROM target_facts WHERE metric = \(bind: metric.rawValue) AND year = \(bind: year)
            AND subject_id = \(bind: subject) RETURNING district_code
            """
        ).all()
        guard let district = try removed.first?.decode(column: "district_code", as: String.self) else { return }
        try await sql.raw(
            """
            UPDATE target_counts SET count = count - 1
            WHERE metric = \(bind: metric.rawValue) AND year = \(bind: year) AND district_code = \(bind: district)
            """
        ).run()
    }

    // MARK: - What records count

    /// A completed enrolment: the talent toward the program kind's people figures, the
    /// cohort toward the cohort figures.
    package static func completed(_ enrollment: Enrollment, program: Program, on db: any Database) async throws {
        let metrics = TargetMetric.forCompletion(of: program.kind)
        guard !metrics.isEmpty, let day = enrollment.completedOn.flatMap(CalendarDate.init),
            let talent = try await Talent.find(enrollment.$talent.id, on: db)
        else { return }
        let sql = db as! any SQLDatabase
        for metric in metrics {
            if metric.countsCohorts {
                let district = try await program.$provider.get(on: db).districtCode
                try await add(metric, year: day.year, district: district, subject: enrollment.$cohort.id, on: sql)
            } else {
                try await add(
                    metric, year: day.year, district: talent.districtCode, subject: talent.requireID(), on: sql)
            }
        }
    }

    /// A certificate written: its holder toward the skill-talent figures it qualifies for.
    package static func issued(_ certificate: Certificate, holder: Talent, on db: any Database) async throws {
        guard let day = CalendarDate(certificate.issuedOn) else { return }
        for metric in try await metrics(of: certificate, on: db) {
            try await add(
                metric, year: day.year, district: holder.districtCode, subject: holder.requireID(),
                on: db as! any SQLDatabase)
        }
    }

    /// A certificate revoked: its holder stops counting toward a figure unless another
    /// valid certificate of the same year still qualifies them.
    package static func revoked(_ certificate: Certificate, on db: any Database) async throws {
        guard let day = CalendarDate(certificate.issuedOn) else { return }
        let revokedMetrics = try await metrics(of: certificate, on: db)
        guard !revokedMetrics.isEmpty else { return }
        let others = try await Certificate.query(on: db).filter(\.$talent.$id == certificate.$talent.id)
            .filter(\.$revokedAt == nil).filter(\.$issuedOn >= "\(day.year)-01-01").filter(
                \.$issuedOn <= "\(day.year)-12-31"
            )
            .all()
        var still = Set<TargetMetric>()
        for other in others { still.formUnion(try await metrics(of: other, on: db)) }
        for metric in revokedMetrics where !still.contains(metric) {
            try await remove(metric, year: day.year, subject: certificate.$talent.id, on: db as! any SQLDatabase)
        }
    }

    private static func metrics(of certificate: Certificate, on db: any Database) async throws -> [TargetMetric] {
        guard certificate.kind == .skillLevel, let code = certificate.occupationCode else { return [] }
        let digital = try await Occupation.find(code, on: db)?.isDigital ?? false
        return TargetMetric.forCertificate(
            kind: certificate.kind, level: certificate.certificateLevel, digitalOccupation: digital)
    }

    /// The code a city-wide figure is counted under (the catalogue is the city's, not a
    /// district's): Zibo's own administrative division code.
    package static let citywide = "370300"

    /// An edition of the urgent-need catalogue published: the year has its catalogue. A
    /// correction counts as the edition it supersedes (`rootID`), so the figure stays 1.
    package static func published(_ edition: CatalogueEdition, on db: any Database) async throws {
        guard let root = edition.rootID else { return }
        try await add(
            .urgentNeedCatalogueEditions, year: edition.year, district: citywide, subject: root,
            on: db as! any SQLDatabase)
    }

    // MARK: - From scratch

    /// Derives every fact and count again from the records, replacing what is stored. The
    /// migration calls it, and tests compare it with what the writes maintained.
    package static func rebuild(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DELETE FROM target_facts").run()
        try await sql.raw("DELETE FROM target_counts").run()
        let people: [(TargetMetric, ProgramKind)] = [
            (.engineersTrained, .engineerTraining), (.seminarTrainees, .advancedSeminar),
        ]
        let year = yearOf("e.completed_on")
        for (metric, kind) in people {
            try await sql.raw(
                """
                INSERT INTO target_facts (metric, year, district_code, subject_id)
                SELECT \(bind: metric.rawValue), \(unsafeRaw: year), MIN(t.district_code), e.talent_id
                FROM enrollments e JOIN programs p ON p.id = e.program_id JOIN talents t ON t.id = e.talent_id
                WHERE e.status = 'completed' AND p.kind = \(bind: kind.rawValue)
                GROUP BY \(unsafeRaw: year), e.talent_id
                """
            ).run()
        }
        try await sql.raw(
            """
            INSERT INTO target_facts (metric, year, district_code, subject_id)
            SELECT \(bind: TargetMetric.advancedSeminarsHeld.rawValue), \(unsafeRaw: year), MIN(o.district_code), e.cohort_id
            FROM enrollments e JOIN programs p ON p.id = e.program_id JOIN organizations o ON o.id = p.provider_id
            WHERE e.status = 'completed' AND p.kind = \(bind: ProgramKind.advancedSeminar.rawValue)
            GROUP BY \(unsafeRaw: year), e.cohort_id
            """
        ).run()
        let issued = yearOf("c.issued_on")
        let highSkill = SkillLevel.allCases.filter(\.isHighSkill).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        for (metric, condition) in [
            (TargetMetric.digitalSkillTalents, "1 = 1"),
            (.highSkillTalents, "c.level IN (\(highSkill))"),
        ] {
            try await sql.raw(
                """
                INSERT INTO target_facts (metric, year, district_code, subject_id)
                SELECT \(bind: metric.rawValue), \(unsafeRaw: issued), MIN(t.district_code), c.talent_id
                FROM certificates c JOIN occupations o ON o.code = c.occupation_code JOIN talents t ON t.id = c.talent_id
                WHERE c.kind = 'skill_level' AND c.revoked_at IS NULL AND o.is_digital = \(bind: true)
                AND \(unsafeRaw: condition)
                GROUP BY \(unsafeRaw: issued), c.talent_id
                """
            ).run()
        }
        // The catalogue's tables come after the tallies' own migration, which rebuilds.
        if try await exists("catalogue_editions", on: sql) {
            try await sql.raw(
                """
                INSERT INTO target_facts (metric, year, district_code, subject_id)
                SELECT DISTINCT \(bind: TargetMetric.urgentNeedCatalogueEditions.rawValue), year, \(bind: citywide), root_id
                FROM catalogue_editions WHERE state = 'published' AND root_id IS NOT NULL
                """
            ).run()
        }
        try await sql.raw(
            """
            INSERT INTO target_counts (metric, year, district_code, count)
            SELECT metric, year, district_code, COUNT(*) FROM target_facts GROUP BY metric, year, district_code
            """
        ).run()
    }

    /// Whether the table is there yet (a migration older than it rebuilds too).
    private static func exists(_ table: String, on sql: any SQLDatabase) async throws -> Bool {
        let query: SQLQueryString =
            sql.dialect.name == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)"
            : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = \(bind: table)"
        return try await sql.raw(query).first() != nil
    }

    /// The year of a `YYYY-MM-DD` text column, as an integer on either engine.
    private static func yearOf(_ column: String) -> String {
        "CAST(SUBSTR(\(column), 1, 4) AS INTEGER)"
    }
}
