import Foundation
import SiteKit
import TalentDomain

/// `/jobs/mine`: a talent's side of the job zone — whether employers may find them by
/// matching (off until they turn it on), their applications and invitations with what
/// they can still do, and the open posts that fit them best, with the reasons.
struct MyJobsPageModel {
    var findable: Bool
    var applications: [(application: JobApplication, post: JobPost)]
    var matches: [JobMatchQuery.PostMatch]
    var occupationNames: [String: String]
    var names: JobNames
    var notice: String?
    var csrf: String

    func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.myJobsTitle),
            body: .group(
                .h1(.text(m(.myJobsTitle))),
                FormParts.notice(notice),
                consent(m),
                .h2(.text(m(.myApplicationsTitle))),
                applications.isEmpty
                    ? .p(.class("empty-state"), .id("applications-empty"), .text(m(.myApplicationsEmpty)))
                    : table(m),
                .h2(.text(m(.myMatchesTitle))),
                matches.isEmpty
                    ? .p(.class("empty-state"), .id("my-matches-empty"), .text(m(.myMatchesEmpty)))
                    : .ul(.class("card-list"), .id("my-matches"), .forEach(matches) { card($0, m) }),
                .p(.a(.href(SiteURL.jobs.path), .text("← " + m(.jobBoardTitle))))))
    }

    private func consent(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .class("card"), .id("job-seeking"), .method(.post), .action(SiteURL.jobSeeking.path),
            FormParts.csrf(csrf),
            .h2(.text(m(.jobSeekingTitle))),
            .p(
                .id("job-seeking-state"), .data(named: "findable", value: findable ? "true" : "false"),
                .text(m(findable ? .jobSeekingOn : .jobSeekingOff))),
            .p(.class("field__hint"), .text(m(.jobSeekingExplained))),
            .input(.type(.hidden), .name("findable"), .value(findable ? "false" : "true")),
            .button(
                .type(.submit), .class(findable ? "button button--danger" : "button"),
                .text(m(findable ? .jobSeekingTurnOff : .jobSeekingTurnOn))))
    }

    private func table(_ m: Messages) -> Node<HTML.BodyContext> {
        .scrollableTable(
            label: m(.myApplicationsTitle),
            .table(
                .class("data-table"), .id("my-applications"),
                .thead(
                    .tr(
                        .th(.text(m(.jobPostTitle))), .th(.text(m(.catalogueEmployer))),
                        .th(.text(m(.catalogueState))), .th(.text(m(.jobEmployerNote))),
                        .th(.text(m(.catalogueActions))))),
                .tbody(
                    .forEach(applications) { item in
                        let (application, post) = (item.application, item.post)
                        return .tr(
                            .data(named: "application", value: application.id?.uuidString ?? ""),
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(SiteURL.jobPost(post.id ?? UUID()).path), .text(post.title))),
                            .td(.text(names.employer(post))),
                            .td(JobBadges.state(application.state, m)),
                            .td(.text(application.employerNote ?? "")),
                            .td(actions(application, post, m)))
                    })))
    }

    private func actions(_ application: JobApplication, _ post: JobPost, _ m: Messages)
        -> Node<HTML.BodyContext>
    {
        let id = application.id ?? UUID()
        return .div(
            .class("row-actions"),
            .if(
                application.state == .invited,
                .a(
                    .class("button button--small"), .href(SiteURL.jobPost(post.id ?? UUID()).path + "#apply-form"),
                    .text(m(.jobInvitedAccept)))),
            .if(
                application.state == .invited,
                small(SiteURL.jobApplicationDecline(id), m(.jobDeclineButton), post.title, m)),
            .if(
                application.state.isWithdrawable,
                small(SiteURL.jobApplicationWithdraw(id), m(.jobWithdrawButton), post.title, m)))
    }

    private func small(_ url: SiteURL, _ label: String, _ title: String, _ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .method(.post), .action(url.path), FormParts.csrf(csrf),
            .button(
                .type(.submit), .class("button button--small button--danger"),
                .attribute(named: "aria-label", value: "\(label) \(title)"), .text(label)))
    }

    private func card(_ item: JobMatchQuery.PostMatch, _ m: Messages) -> Node<HTML.ListContext> {
        let post = item.post
        return .li(
            .class("card"), .data(named: "post", value: post.id?.uuidString ?? ""),
            .h3(.a(.href(SiteURL.jobPost(post.id ?? UUID()).path), .text(post.title))),
            .p(
                .text(names.employer(post) + " · " + names.district(post.districtCode) + " · "),
                .strong(.text(CatalogueCells.payRange(Money(fen: post.payMinFen), Money(fen: post.payMaxFen)))),
                .text(m(.jobPerMonth) + " · " + m(.jobScore(score: item.match.score)))),
            JobReasonList.render(item.match, occupationNames: occupationNames, m))
    }
}
