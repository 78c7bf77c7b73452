import Foundation
import SiteKit
import TalentDomain

/// `/jobs`: the digital job zone of 淄博—高校人才直通车 (M3) — the campaigns, and the open
/// posts by keyword and filters, newest first, a page at a time.
struct JobBoardPageModel {
    var search: JobPostSearch
    var page: JobPostSearch.Page
    var names: JobNames
    var campaigns: [(campaign: JobCampaign, hires: Int)]
    var isTalent: Bool
    var isStaff: Bool

    func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.jobBoardTitle),
            body: .group(
                .h1(.text(m(.jobBoardTitle))),
                .p(.class("lead"), .text(m(.jobBoardIntro))),
                .if(
                    isTalent || isStaff,
                    .p(
                        .class("link-list"),
                        .if(
                            isTalent, .a(.id("my-jobs-link"), .href(SiteURL.myJobs.path), .text(m(.myJobsTitle) + " →"))
                        ),
                        .if(isStaff, .a(.href(SiteURL.jobPosts.path), .text(m(.jobPostsTitle) + " →"))))),
                campaignList(m),
                searchForm(m),
                .p(
                    .class("result-count"), .id("job-count"),
                    .text(m(.jobResultCount(count: page.total.formatted() + (page.totalIsCapped ? "+" : ""))))),
                page.items.isEmpty
                    ? .p(.class("empty-state"), .id("jobs-empty"), .text(m(.jobNoPosts)))
                    : .ul(.class("card-list"), .id("job-list"), .forEach(page.items) { card($0, m) }),
                .nav(
                    .class("pager"), .attribute(named: "aria-label", value: m(.jobPager)),
                    .unwrap(page.next) { next in
                        .a(
                            .attribute(named: "rel", value: "next"),
                            .href(SiteURL.jobs.path + "?" + Self.query(search.parameters + [("cursor", String(next))])),
                            .text(m(.jobNextPage) + " →"))
                    })))
    }

    private func campaignList(_ m: Messages) -> Node<HTML.BodyContext> {
        .if(
            !campaigns.isEmpty,
            .section(
                .id("campaigns"),
                .h2(.text(m(.jobCampaignsTitle))),
                .ul(
                    .class("tag-list"),
                    .forEach(campaigns) { item in
                        .li(
                            .a(.href(SiteURL.jobCampaign(item.campaign.id ?? UUID()).path), .text(item.campaign.name)),
                            .span(.class("muted"), .text("\(item.campaign.startsOn) – \(item.campaign.endsOn)")),
                            .span(.class("badge"), .text(m(.jobHiresCount(count: item.hires)))))
                    })))
    }

    private func searchForm(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .class("search-form"), .id("job-search"), .method(.get), .action(SiteURL.jobs.path),
            FormParts.field(
                .init(
                    id: "job-q", name: "q", label: m(.jobKeyword), type: .search, value: search.keyword ?? "",
                    required: false, hint: m(.jobKeywordHint))),
            FormParts.select(
                id: "job-district", name: "district", label: m(.jobPostDistrict),
                options: [("", m(.jobAnyDistrict))] + names.districts.map { ($0.code, $0.name) },
                selected: search.district),
            FormParts.select(
                id: "job-chain", name: "chain", label: m(.catalogueChain),
                options: [("", m(.catalogueAllChains))] + names.chains.map { ($0.code, $0.name) },
                selected: search.chain),
            FormParts.select(
                id: "job-education", name: "education", label: m(.jobMyEducation),
                options: [("", m(.catalogueAnyUrgency))]
                    + EducationLevel.allCases.map { ($0.rawValue, m.education($0)) },
                selected: search.education?.rawValue),
            FormParts.field(
                .init(
                    id: "job-pay", name: "payMinYuan", label: m(.jobPayAtLeast),
                    value: search.payAtLeast?.yuanText ?? "",
                    required: false)),
            FormParts.field(
                .init(
                    id: "job-occupation", name: "occupation", label: m(.jobOccupationCode),
                    value: search.occupation ?? "", required: false)),
            .button(.type(.submit), .class("button"), .text(m(.jobSearchButton))))
    }

    private func card(_ post: JobPost, _ m: Messages) -> Node<HTML.ListContext> {
        .li(
            .class("card"), .data(named: "post", value: post.id?.uuidString ?? ""),
            .h3(.a(.href(SiteURL.jobPost(post.id ?? UUID()).path), .text(post.title))),
            .p(
                .text(names.employer(post)), .text(" · "), .text(names.district(post.districtCode)), .text(" · "),
                .strong(.text(CatalogueCells.payRange(Money(fen: post.payMinFen), Money(fen: post.payMaxFen)))),
                .text(m(.jobPerMonth))),
            .p(
                .class("muted"),
                .text(
                    [
                        names.occupation(post.occupationCode), CatalogueCells.education(post.education, m),
                        m(.jobHeadcountShort(count: post.headcount)), m(.jobDeadlineShort(date: post.deadline)),
                    ].joined(separator: " · "))))
    }

    static func query(_ items: [(String, String)]) -> String {
        items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
    }
}
