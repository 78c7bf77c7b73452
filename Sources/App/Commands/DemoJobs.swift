import Accounts
import DemoData
import Fluent
import Foundation
import Market
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The job zone of `talent demo`: this year's campaign of 淄博—高校人才直通车, `posts`
/// published posts of the demo enterprises (in digital occupations, in their chain), and
/// one talent in five opted in to be found, and forty applications in every state. Posts
/// and applications go through the stores the pages use; the opt-ins are written in bulk
/// (a million-talent pool would take an hour one by one), without certificates on their
/// cards.
struct DemoJobs {
    var seed: UInt64
    var posts: Int

    static let titles = [
        "数据分析师", "大数据开发工程师", "人工智能算法工程师", "工业互联网实施工程师", "嵌入式软件工程师", "网络安全工程师",
        "云计算运维工程师", "数字化转型顾问", "智能制造工程师", "数据标注员", "前端开发工程师", "区块链应用工程师",
    ]

    func run(on app: Application) async throws -> (posts: Int, seekers: Int, applications: Int) {
        var random = SeededGenerator(seed: seed &+ 0x6a6f_6273)
        let today = app.clock.today
        let enterprises = try await Organization.query(on: app.db).filter(\.$kind == .enterprise)
            .sort(\.$creditCode).limit(400).all()
        let occupations = DemoMarket.occupations
        let districts = try await District.query(on: app.db).all().compactMap(\.id).sorted()
        guard !enterprises.isEmpty, !districts.isEmpty,
            try await JobCampaign.query(on: app.db).count() == 0
        else { return (0, 0, 0) }
        let systemUser = UUID(uuidString: "00000000-0000-0000-0000-00000000DE33")!
        let office = app.writeContext(actor: Actor(userID: systemUser, role: .admin), requestID: "cli:demo")
        let campaign = try await app.db.writeTransaction { db in
            try await JobPostStore.createCampaign(
                .init(
                    name: "\(today.year) 年“淄博—高校人才直通车”数字岗位专场",
                    description: "驻淄企业面向高校毕业生和社会人才发布数字岗位。\n开放期间，人才可搜索、投递，企业可查看匹配人才并邀请投递。",
                    startsOn: today.adding(days: -10), endsOn: today.adding(days: 80)),
                context: office, on: db)
        }
        let campaignID = try campaign.requireID()
        var made = 0
        while made < posts {
            let batch = min(500, posts - made)
            var drafts: [(employer: UUID, draft: JobPostDraft)] = []
            for _ in 0..<batch {
                let enterprise = enterprises[random.int(in: 0..<enterprises.count)]
                let low = Int64(5 + random.int(in: 0..<12)) * 1_000
                let draft = JobPostDraft(
                    campaignID: campaignID, title: Self.titles[random.int(in: 0..<Self.titles.count)],
                    occupationCode: occupations[random.int(in: 0..<occupations.count)],
                    chainCode: enterprise.chainCode, districtCode: districts[random.int(in: 0..<districts.count)],
                    education: [nil, .associate, .bachelor, .bachelor, .master][random.int(in: 0..<5)],
                    skills: (0..<3).map { _ in DemoMarket.skills[random.int(in: 0..<DemoMarket.skills.count)] },
                    experienceYears: [nil, 1, 2, 3, 5][random.int(in: 0..<5)], headcount: 1 + random.int(in: 0..<8),
                    payMin: Money(yuan: low), payMax: Money(yuan: low + Int64(2 + random.int(in: 0..<8)) * 1_000),
                    deadline: today.adding(days: 20 + random.int(in: 0..<60)),
                    description: "负责\(enterprise.name)的数字化项目。\n要求熟悉相关技术，具备良好的沟通能力。")
                drafts.append((try enterprise.requireID(), draft))
            }
            let batchDrafts = drafts
            try await app.db.writeTransaction { db in
                for (employer, draft) in batchDrafts {
                    let context = app.writeContext(
                        actor: Actor(userID: systemUser, role: .employer, organizationID: employer),
                        requestID: "cli:demo")
                    let post = try await JobPostStore.create(draft, context: context, on: db)
                    try await JobPostStore.publish(post, context: context, on: db)
                }
            }
            made += batch
        }
        let seekers = try await optIn(everyNth: 5, on: app)
        let applications = try await apply(campaignID, random: &random, on: app)
        return (made, seekers, applications)
    }

    /// Forty of the opted-in talents get an account (an unknown password: an administrator
    /// resets it to sign in as them) and apply to a post of their occupation, which its
    /// employer moves along; a quarter end hired, so the campaign has hires to count.
    private func apply(_ campaignID: UUID, random: inout SeededGenerator, on app: Application) async throws -> Int {
        let cards = try await JobSeekerCard.query(on: app.db).filter(\.$occupationCode ~~ DemoMarket.occupations)
            .sort(\.$talent.$id).limit(40).all()
        let hash = try await app.password.async.hash(UUID().uuidString + UUID().uuidString)
        let states: [JobApplicationState] = [.received, .interview, .offer, .hired, .notSelected, .hired]
        var count = 0
        for card in cards {
            guard let talent = try await Talent.find(card.$talent.id, on: app.db), talent.$user.id == nil,
                let post = try await JobPost.query(on: app.db).filter(\.$campaign.$id == campaignID)
                    .filter(\.$occupationCode == card.occupationCode).filter(\.$state == .published)
                    .sort(\.$searchKey).offset(random.int(in: 0..<20)).first()
            else { continue }
            let target = states[random.int(in: 0..<states.count)]
            try await app.db.writeTransaction { db in
                let user = User(
                    displayName: talent.name, email: "demo-talent-\(talent.searchKey ?? 0)@example.cn", mobile: nil,
                    passwordHash: hash, role: .talent)
                try await user.create(on: db)
                talent.$user.id = try user.requireID()
                try await talent.save(on: db)
                let own = app.writeContext(actor: user.actor, requestID: "cli:demo")
                let application = try await JobApplicationStore.apply(
                    to: post, talent: talent, JobApplyInput(message: "您好，我对这个岗位很感兴趣。"), context: own, on: db)
                let employer = app.writeContext(
                    actor: Actor(userID: post.createdBy, role: .employer, organizationID: post.$organization.id),
                    requestID: "cli:demo")
                let path: [JobApplicationState] =
                    switch target {
                    case .interview: [.interview]
                    case .offer: [.interview, .offer]
                    case .hired: [.interview, .offer, .hired]
                    case .notSelected: [.interview, .notSelected]
                    default: []
                    }
                for step in path {
                    try await JobApplicationStore.move(
                        application, JobMoveInput(state: step.rawValue), context: employer, on: db)
                }
            }
            count += 1
        }
        return count
    }

    /// Opts in every `n`th talent (by search key) and writes their cards in batches.
    private func optIn(everyNth n: Int64, on app: Application) async throws -> Int {
        var after: Int64 = 0
        var count = 0
        let now = app.clock.now
        while true {
            let talents = try await Talent.query(on: app.db).filter(\.$searchKey > after).filter(\.$status != "erased")
                .sort(\.$searchKey).limit(5_000).all()
            guard let last = talents.last?.searchKey else { return count }
            after = last
            let chosen = talents.filter { ($0.searchKey ?? 0) % n == 0 }
            let ids = try chosen.map { try $0.requireID() }
            guard !ids.isEmpty else { continue }
            let attributes = try await TalentAttribute.query(on: app.db).filter(\.$talent.$id ~~ ids)
                .filter(\.$kind == .occupation).all()
            let occupations = Dictionary(grouping: attributes, by: \.$talent.id).mapValues { $0.map(\.code) }
            var seekers: [JobSeeker] = []
            var cards: [JobSeekerCard] = []
            for talent in chosen {
                let id = try talent.requireID()
                seekers.append(JobSeeker(talentID: id, at: now))
                let codes = occupations[id] ?? []
                for code in codes {
                    let card = JobSeekerCard()
                    card.occupationCode = code
                    card.$talent.id = id
                    card.occupations = codes.joined(separator: "\n")
                    card.districtCode = talent.districtCode
                    card.education = talent.educationLevel
                    card.fieldWorkSince = talent.fieldWorkSince
                    card.skills = talent.skills
                    card.certified = ""
                    card.skillLevel = talent.skillLevel
                    card.titleLevel = talent.titleLevel
                    cards.append(card)
                }
            }
            let (newSeekers, newCards) = (seekers, cards)
            try await app.db.transaction { db in
                try await newSeekers.create(on: db)
                for chunk in stride(from: 0, to: newCards.count, by: 1_000) {
                    try await Array(newCards[chunk..<min(chunk + 1_000, newCards.count)]).create(on: db)
                }
            }
            count += seekers.count
        }
    }
}
