import Foundation
import SiteKit
import TalentDomain

/// `/jobs/{id}`: one post. A talent applies here (or answers an invitation) and reads
/// why the post fits them; its employer publishes, closes or changes it and goes to its
/// applicants; an officer takes a published post down with a reason.
struct JobPostPageModel {
    enum Viewer {
        case visitor
        case talent(application: JobApplication?, match: JobMatching.Match?, occupationNames: [String: String])
        case owner(applicants: Int)
        case officer
    }

    var post: JobPost
    var campaign: JobCampaign?
    var names: JobNames
    var viewer: Viewer
    var today: CalendarDate
    var errors: FieldErrors.Shown?
    var notice: String?
    var csrf: String

    func render(layout: Layout) -> String {
        let m = layout.messages
        let id = post.id ?? UUID()
        return layout.render(
            title: post.title,
            body: .group(
                .h1(.text(post.title)),
                .p(.text(names.employer(post) + " "), JobBadges.state(post.state, m)),
                FormParts.notice(notice),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
                .unwrap(post.takedownReason) { reason in
                    .div(
                        .class("notice notice--secret"), .id("post-taken-down"),
                        .p(.strong(.text(m(.jobTakenDownBecause))), .text(" " + reason)))
                },
                .dl(
                    .class("facts"), .id("post-facts"),
                    .forEach(facts(m)) { .group(.dt(.text($0.0)), .dd(.text($0.1))) }),
                .h2(.text(m(.jobPostDescription))),
                .div(.class("course-content"), .forEach(paragraphs) { .p(.text($0)) }),
                actions(m, id: id),
                .p(.a(.href(SiteURL.jobs.path), .text("← " + m(.jobBoardTitle))))))
    }

    private var paragraphs: [String] {
        post.description.split(whereSeparator: \.isNewline).map(String.init)
    }

    private func facts(_ m: Messages) -> [(String, String)] {
        [
            (m(.jobCampaign), campaign.map { "\($0.name)（\($0.startsOn) – \($0.endsOn)）" } ?? "—"),
            (m(.catalogueOccupation), names.occupation(post.occupationCode)),
            (m(.catalogueChain), names.chain(post.chainCode)),
            (m(.jobPostDistrict), names.district(post.districtCode)),
            (m(.catalogueHeadcount), post.headcount.formatted()),
            (
                m(.cataloguePay),
                CatalogueCells.payRange(Money(fen: post.payMinFen), Money(fen: post.payMaxFen)) + m(.jobPerMonth)
            ),
            (m(.catalogueEducation), CatalogueCells.education(post.education, m)),
            (m(.catalogueExperience), CatalogueCells.experience(post.experienceYears, m)),
            (m(.catalogueSkills), post.skillList.isEmpty ? "—" : post.skillList.joined(separator: "、")),
            (m(.jobPostDeadline), post.deadline),
        ]
    }

    private func actions(_ m: Messages, id: UUID) -> Node<HTML.BodyContext> {
        switch viewer {
        case .visitor:
            return .if(
                post.takesApplications(on: today),
                .p(
                    .class("card"), .id("apply-sign-in"), .text(m(.jobSignInToApply) + " "),
                    .a(.href(SiteURL.login.path + "?next=" + SiteURL.jobPost(id).path), .text(m(.jobSignIn)))))
        case let .talent(application, match, occupationNames):
            return .group(
                .unwrap(match) { match in
                    .section(
                        .class("card"), .id("post-fit"),
                        .h2(.text(m(.jobWhyFit(score: match.score)))),
                        JobReasonList.render(match, occupationNames: occupationNames, m))
                },
                talentAction(m, id: id, application: application))
        case let .owner(applicants):
            return .section(
                .class("card"), .id("post-manage"),
                .h2(.text(m(.jobManage))),
                .p(
                    .a(
                        .id("applicants-link"), .href(SiteURL.jobApplicants(id).path),
                        .text(m(.jobApplicantsLink(count: applicants))))),
                .div(
                    .class("button-row"),
                    .if(
                        post.state == .draft,
                        .a(.class("button button--secondary"), .href(SiteURL.jobPostEdit(id).path), .text(m(.jobEdit)))),
                    .if(
                        post.state == .draft,
                        button(SiteURL.jobPostPublish(id), "post-publish", m(.jobPublish), danger: false)),
                    .if(
                        post.state == .draft,
                        button(SiteURL.jobPostDiscard(id), "post-discard", m(.jobDiscard), danger: true)),
                    .if(
                        post.state == .published,
                        button(SiteURL.jobPostClose(id), "post-close", m(.jobClose), danger: true))))
        case .officer:
            return .if(
                post.state == .published,
                .form(
                    .class("card"), .id("post-take-down"), .method(.post), .action(SiteURL.jobPostTakeDown(id).path),
                    FormParts.csrf(csrf),
                    .h2(.text(m(.jobTakeDown))),
                    FormParts.textarea(
                        id: "take-down-reason", name: "reason", label: m(.jobTakedownReason), value: nil,
                        error: errors?["reason"], rows: 3),
                    .button(.type(.submit), .class("button button--danger"), .text(m(.jobTakeDown)))))
        }
    }

    private func talentAction(_ m: Messages, id: UUID, application: JobApplication?) -> Node<HTML.BodyContext> {
        if let application, application.state != .invited, application.state != .declined,
            application.state != .withdrawn
        {
            return .p(
                .class("card"), .id("my-application"), .text(m(.jobYourApplication) + " "),
                JobBadges.state(application.state, m), .text(" "),
                .a(.href(SiteURL.myJobs.path), .text(m(.myJobsTitle) + " →")))
        }
        guard post.takesApplications(on: today) else {
            return .p(.class("empty-state"), .id("post-not-open"), .text(m(.jobNotTakingApplications)))
        }
        return .form(
            .class("card"), .id("apply-form"), .method(.post), .action(SiteURL.jobPostApply(id).path),
            FormParts.csrf(csrf),
            .h2(.text(application?.state == .invited ? m(.jobInvitedAccept) : m(.jobApplyHeading))),
            .p(.class("field__hint"), .text(m(.jobApplyHint))),
            FormParts.textarea(
                id: "apply-message", name: "message", label: m(.jobApplyNote), value: nil,
                error: errors?["message"], rows: 3),
            .button(.type(.submit), .class("button"), .text(m(.jobApplyButton))))
    }

    private func button(_ url: SiteURL, _ id: String, _ label: String, danger: Bool) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .id(id), .method(.post), .action(url.path), FormParts.csrf(csrf),
            .button(.type(.submit), .class(danger ? "button button--danger" : "button"), .text(label)))
    }
}

/// A match's reasons as a list, each with its points.
enum JobReasonList {
    static func render(_ match: JobMatching.Match, occupationNames: [String: String], _ m: Messages)
        -> Node<HTML.BodyContext>
    {
        .ul(
            .class("match-list"),
            .forEach(match.reasons) { scored in
                .li(
                    .data(named: "reason", value: scored.reason.kind),
                    .text(m.matchReason(scored.reason, occupationNames: occupationNames)),
                    .span(.class("muted"), .text(" +\(scored.points)")))
            })
    }
}
