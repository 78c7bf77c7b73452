import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain

/// `/courses`: the digital engineer column of online courses.
package struct CourseCataloguePageModel {
    package var courses: [Course]
    package var filter: CourseQuery.Filter
    package var canCreate: Bool

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.coursesTitle), description: m(.coursesIntro),
            body: .group(
                .h1(.text(m(.coursesTitle))),
                .p(.class("lead"), .text(m(.coursesIntro))),
                .if(canCreate, .p(.a(.class("button"), .href(SiteURL.newCourse.path), .text(m(.courseNew))))),
                .form(
                    .method(.get), .action(SiteURL.courses.path), .class("filters"),
                    FormParts.field(
                        .init(
                            id: "c-q", name: "q", label: m(.talentsKeyword), value: filter.keyword ?? "",
                            required: false)),
                    .button(.type(.submit), .class("button"), .text(m(.talentsSearch)))),
                courses.isEmpty
                    ? .p(.class("muted"), .text(m(.coursesEmpty)))
                    : .ul(
                        .class("card-list"),
                        .forEach(courses) { course in
                            .li(
                                .class("card"), .data(named: "course", value: course.id?.uuidString ?? ""),
                                .h2(.a(.href(SiteURL.course(course.id ?? UUID()).path), .text(course.title))),
                                .p(
                                    .text(
                                        [
                                            course.provider.name, course.occupationCode, course.level.map(m.level),
                                            m(.cohortHours(hours: course.hours.description)),
                                        ].compactMap { $0 }.joined(separator: " · "))))
                        })
            ))
    }
}

/// `/courses/{id}`: one course, with "I completed it" for a talent and, for its provider,
/// a form recording completions for profiles.
package struct CoursePageModel {
    package var course: Course
    package var occupation: Occupation?
    package var isTalent: Bool
    package var signedIn: Bool
    /// The signed-in talent's completion of it, if they reported or were credited one.
    package var completion: CourseCompletion?
    package var canRecord: Bool
    /// For its provider: how many of its learners' reports wait for confirmation.
    package var waitingForReview: Int
    package var errors: FieldErrors
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let id = course.id ?? UUID()
        var facts: [(String, String)] = [
            (m(.programProvider), course.provider.name),
            (m(.courseHours), course.hours.description),
        ]
        if let occupation {
            facts.append((m(.programOccupation), occupation.codedName(m.language)))
        }
        if let level = course.level { facts.append((m(.programEngineerLevel), m.level(level))) }
        return layout.render(
            title: course.title,
            body: .group(
                .h1(.text(course.title)),
                FormParts.notice(
                    notice == "completed"
                        ? m(.courseCompletedNotice)
                        : notice == "submitted"
                            ? m(.courseSubmittedNotice) : notice == "created" ? m(.noticeCreated) : nil),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .dl(.class("facts"), .forEach(facts) { .group(.dt(.text($0.0)), .dd(.text($0.1))) }),
                .unwrap(course.link) { link in
                    .p(.a(.href(link), .attribute(named: "rel", value: "noopener"), .text(m(.courseOpen))))
                },
                .if(
                    !course.content.isEmpty,
                    .div(
                        .class("course-content"),
                        // A browser sends a textarea's lines with CR LF: one Character, a newline.
                        .forEach(course.content.split(whereSeparator: \.isNewline)) {
                            .p(.text(String($0)))
                        })),
                .if(isTalent, learnerPart(m, errors)),
                .if(
                    !signedIn,
                    .p(
                        .a(
                            .href(SiteURL.login.path + "?next=" + percentEncode(SiteURL.course(id).path)),
                            .text(m(.courseSignInToRecord))))),
                .if(
                    canRecord && waitingForReview > 0,
                    .p(
                        .a(
                            .id("course-reviews-link"), .href(SiteURL.courseReviews.path),
                            .text("\(m(.courseReviewsLink))（\(waitingForReview)）")))),
                .if(
                    canRecord,
                    .form(
                        .id("course-record-form"), .method(.post), .action(SiteURL.courseCompletions(id).path),
                        FormParts.csrf(csrf),
                        .h2(.text(m(.courseRecordCompletions))),
                        FormParts.textarea(
                            id: "cr-talents", name: "talentIDs", label: m(.courseLearners), value: nil,
                            hint: m(.courseTalentIDsHint), error: errors["talentIDs"]),
                        .button(.type(.submit), .class("button"), .text(m(.courseRecordCompletions)))
                    ))
            ))
    }

    /// Where the learner stands: confirmed, waiting, or the form to report it (again,
    /// when it was returned), with what shows it.
    private func learnerPart(_ m: Messages, _ errors: FieldErrors.Shown) -> Node<HTML.BodyContext> {
        let id = course.id ?? UUID()
        switch completion?.status {
        case .confirmed:
            return .p(
                .class("notice"), .id("course-completed"),
                .text(m(.courseCompletedOn(date: completion?.completedOn ?? ""))))
        case .pending:
            return .p(
                .class("notice"), .id("course-waiting"),
                .text(m(.courseAwaitingReview(date: completion?.completedOn ?? ""))))
        case .returned, nil:
            return .group(
                .unwrap(completion?.reviewNote) {
                    .p(.class("notice notice--warn"), .id("course-returned"), .text(m(.courseReturned(note: $0))))
                },
                .form(
                    .id("course-complete-form"), .method(.post), .action(SiteURL.courseCompletions(id).path),
                    FormParts.csrf(csrf),
                    FormParts.textarea(
                        id: "cc-evidence", name: "evidence", label: m(.courseEvidence), value: completion?.evidence,
                        hint: m(.courseEvidenceHint), error: errors["evidence"]),
                    .button(.type(.submit), .class("button"), .text(m(.courseMarkCompleted)))))
        }
    }
}

/// `/courses/new`.
package struct CourseFormPageModel {
    package var input: CourseInput
    package var errors: FieldErrors
    package var providers: [Organization]
    package var occupations: [Occupation]
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let none = [("", m(.filterAny))]
        return layout.render(
            title: m(.courseNew),
            body: .group(
                .h1(.text(m(.courseNew))),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .form(
                    .id("course-form"), .method(.post), .action(SiteURL.courses.path), FormParts.csrf(csrf),
                    .if(
                        !providers.isEmpty,
                        FormParts.select(
                            id: "c-provider", name: "providerID", label: m(.programProvider),
                            options: providers.map { ($0.id?.uuidString ?? "", $0.name) },
                            selected: input.providerID, error: errors["providerID"])),
                    FormParts.field(
                        .init(
                            id: "c-title", name: "title", label: m(.courseTitle), value: input.title ?? "",
                            error: errors["title"])),
                    FormParts.select(
                        id: "c-occupation", name: "occupationCode", label: m(.programOccupation),
                        options: none + occupations.map { ($0.id ?? "", $0.codedName(m.language)) },
                        selected: input.occupationCode, error: errors["occupationCode"]),
                    FormParts.select(
                        id: "c-level", name: "level", label: m(.programEngineerLevel),
                        options: none + EngineerLevel.allCases.map { ($0.rawValue, m.level($0)) },
                        selected: input.level, error: errors["level"]),
                    FormParts.field(
                        .init(
                            id: "c-hours", name: "hours", label: m(.courseHours), value: input.hours ?? "",
                            error: errors["hours"])),
                    FormParts.field(
                        .init(
                            id: "c-link", name: "link", label: m(.courseLink), type: .url, value: input.link ?? "",
                            error: errors["link"], required: false)),
                    FormParts.textarea(
                        id: "c-content", name: "content", label: m(.courseContent), value: input.content,
                        hint: m(.courseContentHint), error: errors["content"], rows: 6),
                    .button(.type(.submit), .class("button"), .text(m(.courseCreate)))
                )
            ))
    }
}

/// A talent's continuing-education hours by year (M7), on their profile and training page.
package struct EducationHoursList {
    package var hours: [(year: Int, hours: StudyHours)]
    package var messages: Messages

    package init(hours: [(year: Int, hours: StudyHours)], messages: Messages) {
        self.hours = hours
        self.messages = messages
    }

    package var node: Node<HTML.BodyContext> {
        let m = messages
        return .section(
            .id("education-hours"), .attribute(named: "aria-labelledby", value: "education-hours-heading"),
            .h2(.id("education-hours-heading"), .text(m(.educationHoursTitle))),
            hours.isEmpty
                ? .p(.class("muted"), .text(m(.educationHoursEmpty)))
                : .ul(
                    .forEach(hours) { entry in
                        .li(
                            .data(named: "year", value: String(entry.year)),
                            .text(
                                m(.educationHoursYear(year: String(entry.year), hours: entry.hours.description))))
                    })
        )
    }
}
