import Fluent
import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The names the job pages show for codes, in the reader's language: districts, chains,
/// the occupations and employers of the posts shown, and the pickers' choices.
struct JobNames: Sendable {
    var districts: [(code: String, name: String)] = []
    var chains: [(code: String, name: String)] = []
    var occupations: [String: String] = [:]
    var employers: [UUID: String] = [:]
    /// "code name" of every digital occupation, for the post form's picker.
    var occupationChoices: [String] = []

    func district(_ code: String) -> String { districts.first { $0.code == code }?.name ?? code }
    func chain(_ code: String?) -> String { code.map { code in chains.first { $0.code == code }?.name ?? code } ?? "—" }
    func occupation(_ code: String) -> String { occupations[code].map { "\(code) \($0)" } ?? code }
    func employer(_ post: JobPost) -> String { employers[post.$organization.id] ?? "" }

    /// Names for `posts`; the form's choices too when `forForm`.
    static func load(_ req: Request, posts: [JobPost], forForm: Bool = false) async throws -> JobNames {
        let zh = req.messages.language == .zh
        var names = JobNames()
        names.districts = try await District.query(on: req.db).sort(\.$id).all().map {
            ($0.id ?? "", zh ? $0.nameZh : $0.nameEn)
        }
        names.chains = try await IndustryChain.query(on: req.db).sort(\.$id).all().map {
            ($0.id ?? "", zh ? $0.nameZh : $0.nameEn)
        }
        let codes = Array(Set(posts.map(\.occupationCode)))
        if !codes.isEmpty {
            for row in try await Occupation.query(on: req.db).filter(\.$id ~~ codes).all() {
                names.occupations[row.id ?? ""] = zh ? row.nameZh : row.nameEn
            }
        }
        let employers = Array(Set(posts.map(\.$organization.id)))
        if !employers.isEmpty {
            for row in try await Organization.query(on: req.db).filter(\.$id ~~ employers).all() {
                names.employers[row.id ?? UUID()] = row.name
            }
        }
        if forForm {
            names.occupationChoices = try await Occupation.query(on: req.db).filter(\.$isDigital == true)
                .filter(\.$kind == "occupation").sort(\.$id).all().map { $0.codedName(req.messages.language) }
        }
        return names
    }
}

/// A post's state as a badge.
enum JobBadges {
    static func state(_ state: JobPostState, _ m: Messages) -> Node<HTML.BodyContext> {
        .span(
            .class(state == .published ? "badge badge--digital" : state == .takenDown ? "badge badge--warn" : "badge"),
            .data(named: "state", value: state.rawValue), .text(m(.jobPostState(state))))
    }

    static func state(_ state: JobApplicationState, _ m: Messages) -> Node<HTML.BodyContext> {
        .span(
            .class(state == .hired ? "badge badge--digital" : state == .notSelected ? "badge badge--warn" : "badge"),
            .data(named: "state", value: state.rawValue), .text(m(.jobApplicationState(state))))
    }
}

/// The form of a post, to write a new one or change a draft.
struct JobPostForm {
    var action: String
    var input: JobPostInput
    var campaigns: [JobCampaign]
    var names: JobNames
    var errors: FieldErrors.Shown?
    var csrf: String
    var submit: String

    func render(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .id("post-form"), .method(.post), .action(action),
            FormParts.csrf(csrf),
            FormParts.select(
                id: "post-campaign", name: "campaign", label: m(.jobCampaign),
                options: [("", m(.jobChooseCampaign))]
                    + campaigns.map { ($0.id?.uuidString ?? "", m(.jobCampaignOption(name: $0.name, ends: $0.endsOn))) },
                selected: input.campaign, error: errors?["campaign"]),
            FormParts.field(
                .init(
                    id: "post-title", name: "title", label: m(.jobPostTitle), value: input.title ?? "",
                    error: errors?["title"])),
            FormParts.field(
                .init(
                    id: "post-occupation", name: "occupation", label: m(.catalogueOccupation),
                    value: input.occupation ?? "", error: errors?["occupation"], hint: m(.catalogueOccupationHint),
                    suggestions: names.occupationChoices)),
            .div(
                .class("filter-grid"),
                FormParts.select(
                    id: "post-chain", name: "chain", label: m(.catalogueChain),
                    options: [("", m(.jobChainOfEmployer))] + names.chains.map { ($0.code, $0.name) },
                    selected: input.chain, error: errors?["chain"]),
                FormParts.select(
                    id: "post-district", name: "district", label: m(.jobPostDistrict),
                    options: [("", m(.jobChooseDistrict))] + names.districts.map { ($0.code, $0.name) },
                    selected: input.district, error: errors?["district"]),
                FormParts.field(
                    .init(
                        id: "post-headcount", name: "headcount", label: m(.catalogueHeadcount), type: .number,
                        value: input.headcount ?? "", error: errors?["headcount"])),
                FormParts.select(
                    id: "post-education", name: "education", label: m(.catalogueEducation),
                    options: [("", m(.catalogueNotRequired))]
                        + EducationLevel.allCases.map { ($0.rawValue, m.education($0) + m(.catalogueOrAbove)) },
                    selected: input.education, error: errors?["education"]),
                FormParts.field(
                    .init(
                        id: "post-experience", name: "experienceYears", label: m(.catalogueExperience), type: .number,
                        value: input.experienceYears ?? "", error: errors?["experienceYears"], required: false)),
                FormParts.field(
                    .init(
                        id: "post-pay-min", name: "payMinYuan", label: m(.cataloguePayMin),
                        value: input.payMinYuan ?? "", error: errors?["payMinYuan"])),
                FormParts.field(
                    .init(
                        id: "post-pay-max", name: "payMaxYuan", label: m(.cataloguePayMax),
                        value: input.payMaxYuan ?? "", error: errors?["payMaxYuan"])),
                FormParts.field(
                    .init(
                        id: "post-deadline", name: "deadline", label: m(.jobPostDeadline), type: .date,
                        value: input.deadline ?? "", error: errors?["deadline"]))),
            FormParts.textarea(
                id: "post-skills", name: "skills", label: m(.catalogueSkills), value: input.skills,
                hint: m(.catalogueSkillsHint), error: errors?["skills"], rows: 2),
            FormParts.textarea(
                id: "post-description", name: "description", label: m(.jobPostDescription), value: input.description,
                error: errors?["description"], rows: 6),
            .button(.type(.submit), .class("button"), .text(submit)))
    }
}

extension JobPostInput {
    /// The form filled with a post's values, to change it.
    init(_ post: JobPost) {
        self.init()
        campaign = post.$campaign.id.uuidString
        (title, occupation, chain, district) = (post.title, post.occupationCode, post.chainCode, post.districtCode)
        (education, skills) = (post.education?.rawValue, post.skillList.joined(separator: "\n"))
        experienceYears = post.experienceYears.map(String.init)
        headcount = String(post.headcount)
        payMinYuan = Money(fen: post.payMinFen).yuanText
        payMaxYuan = Money(fen: post.payMaxFen).yuanText
        (deadline, description) = (post.deadline, post.description)
    }
}
