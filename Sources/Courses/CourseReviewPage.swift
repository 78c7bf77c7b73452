import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// `/courses/reviews`: the completions a provider's learners reported, oldest first,
/// each with what the learner says shows it; ticked ones are confirmed at once, or
/// returned with one reason.
package struct CourseReviewPageModel {
    package var waiting: [CourseCompletion]
    /// Ticked before a refused submission, ticked again.
    package var chosen: Set<UUID>
    package var note: String?
    package var errors: FieldErrors
    package var reviewed: Int?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        return layout.render(
            title: m(.courseReviewsTitle),
            body: .group(
                .h1(.text(m(.courseReviewsTitle))),
                .p(.class("lead"), .text(m(.courseReviewsIntro))),
                FormParts.notice(reviewed.map { m(.courseReviewedNotice(count: $0.formatted())) }),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                waiting.isEmpty
                    ? .p(.class("empty-state"), .id("course-reviews-empty"), .text(m(.courseReviewsEmpty)))
                    : form(m, errors)
            ))
    }

    private func form(_ m: Messages, _ errors: FieldErrors.Shown) -> Node<HTML.BodyContext> {
        .form(
            .id("course-review-form"), .method(.post), .action(SiteURL.courseReviews.path),
            FormParts.csrf(csrf),
            .unwrap(errors["completionIDs"]) { .p(.class("field__error"), .id("completionIDs-error"), .text($0)) },
            .div(
                .class("table-wrap"),
                .table(
                    .class("data-table"), .id("course-reviews"),
                    .thead(
                        .tr(
                            .th(
                                .input(
                                    .type(.checkbox), .id("review-all"),
                                    .data(named: "check-all", value: "completionIDs[]"),
                                    .attribute(named: "aria-label", value: m(.courseReviewPick)))),
                            .th(.text(m(.courseReviewLearner))), .th(.text(m(.courseReviewCourse))),
                            .th(.text(m(.courseHours))), .th(.text(m(.courseReviewSubmitted))),
                            .th(.text(m(.courseEvidence))))),
                    .tbody(.forEach(waiting) { row($0, m) }))),
            FormParts.textarea(
                id: "review-note", name: "note", label: m(.courseReviewNote), value: note,
                hint: m(.courseReviewNoteHint), error: errors["note"], rows: 2),
            .div(
                .class("actions"),
                .button(
                    .type(.submit), .name("decision"), .value("confirm"), .class("button"),
                    .text(m(.courseReviewConfirm))),
                .button(
                    .type(.submit), .name("decision"), .value("return"), .class("button button--danger"),
                    .text(m(.courseReviewReturn)))))
    }

    private func row(_ completion: CourseCompletion, _ m: Messages) -> Node<HTML.TableContext> {
        let id = completion.id ?? UUID()
        return .tr(
            .data(named: "completion", value: id.uuidString),
            .td(
                .input(
                    .type(.checkbox), .name("completionIDs[]"), .value(id.uuidString), .id("review-\(id.uuidString)"),
                    .attribute(named: "checked", value: chosen.contains(id) ? "checked" : nil),
                    .attribute(named: "aria-label", value: "\(m(.courseReviewPick)) \(completion.talent.name)"))),
            .th(.attribute(named: "scope", value: "row"), .text(completion.talent.name)),
            .td(.a(.href(SiteURL.course(completion.$course.id).path), .text(completion.course.title))),
            .td(.text(StudyHours(minutes: completion.minutes).description)),
            .td(.class("nowrap"), .text(completion.completedOn)),
            .td(.text(completion.evidence ?? "—")))
    }
}
