import Fluent
import SiteKit
import TalentDomain
import TalentPool

/// A talent's continuing-education hours for their own data download: each course
/// completed, the hours credited then, who recorded it, whether it counts yet, and what
/// the learner gave as evidence.
package struct CoursePersonalData: PersonalDataSource {
    package init() {}

    package func records(of talent: Talent, on db: any Database, messages m: Messages, policy: PolicyDocument)
        async throws -> PersonalDataSheet
    {
        let completions = try await CourseCompletion.query(on: db).filter(\.$talent.$id == talent.requireID())
            .with(\.$course).sort(\.$completedOn).all()
        let rows = completions.map { completion -> [String] in
            [
                completion.course.title, StudyHours(minutes: completion.minutes).description, completion.completedOn,
                m(completion.source == "provider" ? .personalDataCourseByProvider : .personalDataCourseBySelf),
                m.courseCompletionStatus(completion.status), completion.evidence ?? "",
            ]
        }
        return PersonalDataSheet(
            key: "courseHours", title: .personalDataCoursesSheet,
            columns: [
                ("course", .personalDataCourseTitle), ("hours", .personalDataCourseHours),
                ("completedOn", .personalDataCourseCompletedOn), ("recordedBy", .personalDataCourseRecordedBy),
                ("status", .personalDataCourseStatus), ("evidence", .courseEvidence),
            ],
            rows: rows, messages: m)
    }
}
