import Fluent
import Organizations
import SiteKit
import TalentDomain
import TalentPool

/// A talent's enrolments for their own data download: each program and cohort, where it
/// stands, the hours attended and the result.
package struct TrainingPersonalData: PersonalDataSource {
    package init() {}

    package func records(of talent: Talent, on db: any Database, messages m: Messages, policy: PolicyDocument)
        async throws -> PersonalDataSheet
    {
        let enrollments = try await Enrollment.query(on: db).filter(\.$talent.$id == talent.requireID())
            .with(\.$program).with(\.$cohort).sort(\.$appliedAt).all()
        let attendance = try await ProgramQuery.attendance(of: enrollments.compactMap(\.id), on: db)
        let providerIDs = Array(Set(enrollments.map(\.providerID)))
        let providers =
            providerIDs.isEmpty
            ? [:]
            : Dictionary(
                try await Organization.query(on: db).filter(\.$id ~~ providerIDs).all().map { ($0.id, $0.name) },
                uniquingKeysWith: { first, _ in first })
        let rows = enrollments.map { enrollment -> [String] in
            let minutes = enrollment.id.flatMap { attendance[$0] }?.values.reduce(0, +) ?? 0
            return [
                enrollment.program.title, enrollment.cohort.name, providers[enrollment.providerID] ?? "",
                m.enrollmentStatus(enrollment.status), ZiboTime.timestamp(enrollment.appliedAt),
                StudyHours(minutes: minutes).description, enrollment.score.map(String.init) ?? "",
                enrollment.passed.map { m($0 ? .resultPass : .resultFail) } ?? "", enrollment.completedOn ?? "",
                enrollment.withdrawnAt.map(ZiboTime.timestamp) ?? "",
            ]
        }
        return PersonalDataSheet(
            key: "enrollments", title: .personalDataEnrollmentsSheet,
            columns: [
                ("program", .personalDataEnrollmentProgram), ("cohort", .personalDataEnrollmentCohort),
                ("provider", .personalDataEnrollmentProvider), ("status", .personalDataEnrollmentStatus),
                ("appliedAt", .personalDataEnrollmentAppliedAt), ("hoursAttended", .personalDataEnrollmentHours),
                ("score", .personalDataEnrollmentScore), ("result", .personalDataEnrollmentResult),
                ("completedOn", .personalDataEnrollmentCompletedOn),
                ("withdrawnAt", .personalDataEnrollmentWithdrawnAt),
            ],
            rows: rows, messages: m)
    }
}
