import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// `/jobs/posts`: an employer's posts in every state with the form for a new one; for
/// officers, every employer's posts, newest first.
struct JobPostsPageModel {
    var posts: [JobPost]
    var applicants: [UUID: Int]
    var names: JobNames
    var isEmployer: Bool
    var form: JobPostForm?

    func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.jobPostsTitle),
            body: .group(
                .h1(.text(m(.jobPostsTitle))),
                .p(.class("lead"), .text(m(isEmployer ? .jobPostsIntro : .jobPostsOfficerIntro))),
                .p(
                    .class("link-list"), .a(.href(SiteURL.jobCampaigns.path), .text(m(.jobCampaignsTitle) + " →")),
                    .a(.href(SiteURL.jobs.path), .text(m(.jobBoardTitle) + " →"))),
                FormParts.errorSummary(title: m(.formErrorsTitle), form?.errors?.messages ?? []),
                posts.isEmpty ? .p(.class("empty-state"), .id("posts-empty"), .text(m(.jobNoOwnPosts))) : table(m),
                .unwrap(form) { form in .section(.id("new-post"), .h2(.text(m(.jobNewPost))), form.render(m)) }))
    }

    private func table(_ m: Messages) -> Node<HTML.BodyContext> {
        .scrollableTable(
            label: m(.jobPostsTitle),
            .table(
                .class("data-table"), .id("posts"),
                .thead(
                    .tr(
                        .th(.text(m(.jobPostTitle))), .if(!isEmployer, .th(.text(m(.catalogueEmployer)))),
                        .th(.text(m(.catalogueOccupation))), .th(.text(m(.catalogueState))),
                        .th(.text(m(.jobPostDeadline))), .th(.text(m(.jobApplicantsColumn))))),
                .tbody(
                    .forEach(posts) { post in
                        .tr(
                            .data(named: "post", value: post.id?.uuidString ?? ""),
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(SiteURL.jobPost(post.id ?? UUID()).path), .text(post.title))),
                            .if(!isEmployer, .td(.text(names.employer(post)))),
                            .td(.text(names.occupation(post.occupationCode))),
                            .td(JobBadges.state(post.state, m)),
                            .td(.class("nowrap"), .text(post.deadline)),
                            .td(
                                .class("number"),
                                .a(
                                    .href(SiteURL.jobApplicants(post.id ?? UUID()).path),
                                    .text((applicants[post.id ?? UUID()] ?? 0).formatted()))))
                    })))
    }
}

/// `/jobs/{id}/edit`: a draft's form.
struct JobPostEditPageModel {
    var post: JobPost
    var form: JobPostForm

    func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.jobEditTitle(title: post.title)),
            body: .group(
                .h1(.text(m(.jobEditTitle(title: post.title)))),
                FormParts.errorSummary(title: m(.formErrorsTitle), form.errors?.messages ?? []),
                form.render(m),
                .p(.a(.href(SiteURL.jobPost(post.id ?? UUID()).path), .text("← " + post.title)))))
    }
}

/// `/jobs/{id}/applicants`: the employer's pipeline of one post — each application with
/// the form to move it — and the opted-in talents who fit it best, masked, with the
/// reasons and a button to invite each.
struct JobApplicantsPageModel {
    var post: JobPost
    var rows: [JobApplicantsQuery.Row]
    var matches: [JobMatchView.TalentRow]
    var occupationNames: [String: String]
    var names: JobNames
    var canAct: Bool
    var errors: FieldErrors.Shown?
    var notice: String?
    var csrf: String

    func render(layout: Layout) -> String {
        let m = layout.messages
        let title = m(.jobApplicantsTitle(title: post.title))
        return layout.render(
            title: title,
            body: .group(
                .h1(.text(title)),
                .p(
                    JobBadges.state(post.state, m), .text(" "),
                    .a(.href(SiteURL.jobPost(post.id ?? UUID()).path), .text(m(.jobViewPost)))),
                FormParts.notice(notice),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
                .h2(.text(m(.jobPipeline))),
                rows.isEmpty
                    ? .p(.class("empty-state"), .id("applicants-empty"), .text(m(.jobNoApplicants))) : pipeline(m),
                .h2(.id("matches-heading"), .text(m(.jobMatchesTitle))),
                .p(.class("field__hint"), .text(m(.jobMatchesHint))),
                matches.isEmpty
                    ? .p(.class("empty-state"), .id("matches-empty"), .text(m(.jobNoMatches)))
                    : .ul(.class("card-list"), .id("matches"), .forEach(matches) { match($0, m) }),
                .p(.a(.href(SiteURL.jobPosts.path), .text("← " + m(.jobPostsTitle))))))
    }

    private func pipeline(_ m: Messages) -> Node<HTML.BodyContext> {
        .scrollableTable(
            label: m(.jobPipeline),
            .table(
                .class("data-table"), .id("applicants"),
                .thead(
                    .tr(
                        .th(.text(m(.jobApplicant))), .th(.text(m(.catalogueState))), .th(.text(m(.jobApplyNote))),
                        .th(.text(m(.catalogueActions))))),
                .tbody(
                    .forEach(rows) { row in
                        let application = row.application
                        return .tr(
                            .data(named: "application", value: application.id?.uuidString ?? ""),
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .text(row.applicant.map { applicantLine($0) } ?? m(.jobInvitedHidden))),
                            .td(JobBadges.state(application.state, m)),
                            .td(.text(application.message ?? "")),
                            .td(moveForm(application, m)))
                    })))
    }

    private func applicantLine(_ talent: Talent) -> String {
        [talent.name, talent.email, talent.mobileMasked].compactMap { $0 }.joined(separator: " · ")
    }

    private func moveForm(_ application: JobApplication, _ m: Messages) -> Node<HTML.BodyContext> {
        let moves = application.state.employerMoves
        return .if(
            canAct && !moves.isEmpty,
            .form(
                .class("row-actions"), .method(.post),
                .action(SiteURL.jobApplicationMove(application.id ?? UUID()).path),
                FormParts.csrf(csrf),
                .select(
                    .attribute(named: "name", value: "state"),
                    .attribute(named: "aria-label", value: m(.jobApplicationStateField)),
                    .forEach(moves) { FormParts.option($0.rawValue, m(.jobApplicationState($0)), selected: false) }),
                .input(
                    .type(.text), .name("note"), .attribute(named: "aria-label", value: m(.jobMoveNote)),
                    .attribute(named: "placeholder", value: m(.jobMoveNote))),
                .button(.type(.submit), .class("button button--small"), .text(m(.jobMoveButton)))))
    }

    private func match(_ row: JobMatchView.TalentRow, _ m: Messages) -> Node<HTML.ListContext> {
        let talent = row.talent
        let levels = [talent.skillLevel.map(m.skillLevel), talent.titleLevel.map(m.titleLevel)].compactMap { $0 }
        return .li(
            .class("card"), .data(named: "talent", value: row.talentID.uuidString),
            .h3(.text("\(talent.maskedName) · \(m(.jobScore(score: row.match.score)))")),
            .p(
                .class("muted"),
                .text(
                    ([names.district(talent.districtCode), talent.education.map(m.education) ?? "—"] + levels)
                        .joined(separator: " · "))),
            .if(!talent.skills.isEmpty, .p(.text(m(.jobTalentSkills(skills: talent.skills.joined(separator: "、")))))),
            JobReasonList.render(row.match, occupationNames: occupationNames, m),
            .unwrap(row.application) { state in .p(JobBadges.state(state, m)) },
            .if(
                canAct && row.application == nil && post.state == .published,
                .form(
                    .class("inline-form"), .method(.post), .action(SiteURL.jobInvite(post.id ?? UUID()).path),
                    FormParts.csrf(csrf),
                    .input(.type(.hidden), .name("talent"), .value(row.talentID.uuidString)),
                    .button(
                        .type(.submit), .class("button button--small"),
                        .attribute(named: "aria-label", value: "\(m(.jobInviteButton)) \(talent.maskedName)"),
                        .text(m(.jobInviteButton))))))
    }
}
