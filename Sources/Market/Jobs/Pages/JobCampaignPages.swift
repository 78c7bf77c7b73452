import Foundation
import SiteKit
import TalentDomain

/// `/jobs/campaigns`: the drives of 淄博—高校人才直通车 with their hires; officers open one.
struct JobCampaignsPageModel {
    var campaigns: [(campaign: JobCampaign, hires: Int)]
    var canCreate: Bool
    var input: JobCampaignInput
    var errors: FieldErrors.Shown?
    var csrf: String

    func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.jobCampaignsTitle),
            body: .group(
                .h1(.text(m(.jobCampaignsTitle))),
                .p(.class("lead"), .text(m(.jobCampaignsIntro))),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
                campaigns.isEmpty
                    ? .p(.class("empty-state"), .id("campaigns-empty"), .text(m(.jobNoCampaigns)))
                    : .scrollableTable(
                        label: m(.jobCampaignsTitle),
                        .table(
                            .class("data-table"), .id("campaign-table"),
                            .thead(
                                .tr(
                                    .th(.text(m(.jobCampaignName))), .th(.text(m(.jobCampaignStartsOn))),
                                    .th(.text(m(.jobCampaignEndsOn))), .th(.class("number"), .text(m(.jobHires))))),
                            .tbody(
                                .forEach(campaigns) { item in
                                    .tr(
                                        .th(
                                            .attribute(named: "scope", value: "row"),
                                            .a(
                                                .href(SiteURL.jobCampaign(item.campaign.id ?? UUID()).path),
                                                .text(item.campaign.name))),
                                        .td(.class("nowrap"), .text(item.campaign.startsOn)),
                                        .td(.class("nowrap"), .text(item.campaign.endsOn)),
                                        .td(.class("number"), .text(item.hires.formatted())))
                                }))),
                .if(
                    canCreate,
                    .section(
                        .id("new-campaign"), .h2(.text(m(.jobNewCampaign))),
                        JobCampaignForm.render(
                            action: SiteURL.jobCampaigns.path, input: input, errors: errors, csrf: csrf,
                            submit: m(.jobNewCampaign), m)))))
    }
}

/// `/jobs/campaigns/{id}`: one campaign — its dates and description, its hires by chain
/// and by occupation; officers change it.
struct JobCampaignPageModel {
    var campaign: JobCampaign
    var posts: Int
    var hires: Int
    var byChain: [JobHires.Count]
    var byOccupation: [JobHires.Count]
    var names: JobNames
    var canEdit: Bool
    var input: JobCampaignInput
    var errors: FieldErrors.Shown?
    var notice: String?
    var csrf: String

    func render(layout: Layout) -> String {
        let m = layout.messages
        let id = campaign.id ?? UUID()
        return layout.render(
            title: campaign.name,
            body: .group(
                .h1(.text(campaign.name)),
                FormParts.notice(notice),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
                .p(.class("lead"), .text("\(campaign.startsOn) – \(campaign.endsOn)")),
                .div(
                    .class("course-content"),
                    .forEach(campaign.description.split(whereSeparator: \.isNewline).map(String.init)) { .p(.text($0)) }
                ),
                .dl(
                    .class("facts"), .id("campaign-figures"),
                    .dt(.text(m(.jobOpenPosts))), .dd(.text(posts.formatted())),
                    .dt(.text(m(.jobHires))), .dd(.id("campaign-hires"), .text(hires.formatted()))),
                .p(.a(.href(SiteURL.jobs.path + "?campaign=\(id.uuidString)"), .text(m(.jobCampaignPosts) + " →"))),
                breakdown(m(.jobHiresByChain), "hires-by-chain", byChain.map { (names.chain($0.code), $0.hires) }, m),
                breakdown(
                    m(.jobHiresByOccupation), "hires-by-occupation",
                    byOccupation.map { (names.occupation($0.code ?? ""), $0.hires) }, m),
                .if(
                    canEdit,
                    .section(
                        .id("edit-campaign"), .h2(.text(m(.jobEditCampaign))),
                        JobCampaignForm.render(
                            action: SiteURL.jobCampaign(id).path, input: input, errors: errors, csrf: csrf,
                            submit: m(.jobSaveCampaign), m))),
                .p(.a(.href(SiteURL.jobCampaigns.path), .text("← " + m(.jobCampaignsTitle))))))
    }

    private func breakdown(_ title: String, _ id: String, _ rows: [(String, Int)], _ m: Messages)
        -> Node<HTML.BodyContext>
    {
        // A heading, not a caption: at phone width the table's rows become cards and a
        // caption was squeezed to a column one character wide.
        .if(
            !rows.isEmpty,
            .group(
                .h2(.text(title)),
                .scrollableTable(
                    label: title,
                    .table(
                        .class("data-table"), .id(id),
                        .thead(.tr(.th(.text(m(.jobBreakdownItem))), .th(.class("number"), .text(m(.jobHires))))),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(row.0)),
                                    .td(.class("number"), .text(row.1.formatted())))
                            })))))
    }
}

/// A campaign's form: name, dates, description.
enum JobCampaignForm {
    static func render(
        action: String, input: JobCampaignInput, errors: FieldErrors.Shown?, csrf: String, submit: String,
        _ m: Messages
    ) -> Node<HTML.BodyContext> {
        .form(
            .id("campaign-form"), .method(.post), .action(action),
            FormParts.csrf(csrf),
            FormParts.field(
                .init(
                    id: "campaign-name", name: "name", label: m(.jobCampaignName), value: input.name ?? "",
                    error: errors?["name"])),
            .div(
                .class("filter-grid"),
                FormParts.field(
                    .init(
                        id: "campaign-starts", name: "startsOn", label: m(.jobCampaignStartsOn), type: .date,
                        value: input.startsOn ?? "", error: errors?["startsOn"])),
                FormParts.field(
                    .init(
                        id: "campaign-ends", name: "endsOn", label: m(.jobCampaignEndsOn), type: .date,
                        value: input.endsOn ?? "", error: errors?["endsOn"]))),
            FormParts.textarea(
                id: "campaign-description", name: "description", label: m(.jobCampaignDescription),
                value: input.description, error: errors?["description"], rows: 4),
            .button(.type(.submit), .class("button"), .text(submit)))
    }
}
