import Certificates
import DemoData
import Fluent
import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Training
import Vapor

/// The training side of `talent demo`: programs of every kind run by the demo providers,
/// cohorts with sessions, enrolments with attendance and results, certificates, and
/// skill-level certificates recorded from elsewhere — all written through the same stores
/// as the pages use, so the target figures of M1 and M2 follow from them. The same seed
/// gives the same activity.
struct DemoTraining {
    var seed: UInt64
    /// How many enrolments to make at most.
    var participants: Int

    struct Summary {
        var programs = 0
        var enrollments = 0
        var certificates = 0
    }

    static let engineerOccupations = ["2-02-38-01", "2-02-38-03", "2-02-38-04", "2-02-38-06", "2-02-38-05"]
    static let seminarThemes = ["工业互联网平台与数字化转型", "人工智能大模型行业应用", "数据要素与数据安全治理"]

    func run(on app: Application) async throws -> Summary {
        var random = SeededGenerator(seed: seed &+ 0x7472_6169_6e)
        var summary = Summary()
        let providers = try await Organization.query(on: app.db).filter(\.$kind ~~ [.provider, .university])
            .sort(\.$creditCode).all()
        let talents = try await Talent.query(on: app.db).filter(\.$status == "active").sort(\.$searchKey)
            .limit(participants).all()
        guard !providers.isEmpty, !talents.isEmpty, participants > 0 else { return summary }
        let policy = app.activePolicy!.document
        let today = app.clock.today
        let signer = app.certificateSigner
        let systemUser = UUID(uuidString: "00000000-0000-0000-0000-00000000DE30")!

        // Each program runs one cohort of about 30 in a month of this year that has passed.
        let plans: [(ProgramKind, String?, Int)] = (0..<max(1, talents.count / 30)).map { index in
            switch index % 6 {
            case 0, 1, 2: (.engineerTraining, Self.engineerOccupations[index % Self.engineerOccupations.count], index)
            case 3: (.advancedSeminar, nil, index)
            case 4: (.skillTraining, "2-02-38-03", index)
            default: (.engineerTraining, "2-02-38-01", index)
            }
        }
        var next = 0
        for (kind, occupation, index) in plans where next < talents.count {
            let provider = providers[index % providers.count]
            let month = 1 + random.int(in: 0..<max(1, today.month))
            let start = CalendarDate(String(format: "%04d-%02d-%02d", today.year, month, 3))!
            let end = CalendarDate(String(format: "%04d-%02d-%02d", today.year, month, 24))!
            let program = try await makeProgram(
                kind, occupation: occupation, provider: provider, start: start, end: end,
                index: index, on: app.db)
            summary.programs += 1
            let cohort = Cohort()
            cohort.$program.id = try program.requireID()
            cohort.providerID = try provider.requireID()
            cohort.name = "第1期"
            cohort.capacity = 30
            cohort.seatsTaken = 0
            cohort.enrolDeadline = start.description
            cohort.startsOn = start.description
            cohort.endsOn = end.description
            try await cohort.create(on: app.db)
            var made: [CohortSession] = []
            for day in [3, 10, 17, 24] {
                let session = CohortSession()
                session.$cohort.id = try cohort.requireID()
                session.date = String(format: "%04d-%02d-%02d", today.year, month, day)
                session.minutes = 240
                session.topic = kind == .advancedSeminar ? "专题研讨 \(day / 7 + 1)" : "课程模块 \(day / 7 + 1)"
                try await session.create(on: app.db)
                made.append(session)
            }
            let sessions = made
            let enrolContext = app.writeContext(requestID: "cli:demo", today: start)
            let resultContext = app.writeContext(requestID: "cli:demo", today: end)
            let size = min(10 + random.int(in: 0..<21), talents.count - next)
            let finished = end < today
            for talent in talents[next..<(next + size)] {
                let enrollment = try await app.db.transaction { db in
                    try await EnrollmentStore.enrol(
                        talent, in: cohort, of: program, yearsInField: 3, byProvider: true,
                        context: enrolContext, on: db)
                }
                summary.enrollments += 1
                guard finished, enrollment.status == .enrolled else { continue }
                // Most attend every session and pass; some miss sessions or fail.
                let attended = random.int(in: 0..<10) < 8 ? sessions.count : 2
                let passed = random.int(in: 0..<10) < 9
                let score = passed ? 70 + random.int(in: 0..<30) : 45
                let context = resultContext
                let completed = try await app.db.transaction { db -> Bool in
                    for session in sessions.prefix(attended) {
                        try await EnrollmentStore.recordAttendance(
                            enrollment, session: session, hours: session.hours,
                            context: context, on: db)
                    }
                    try await EnrollmentStore.recordResult(
                        enrollment, score: score, passed: passed, context: context, on: db)
                    guard attended == sessions.count, passed else {
                        try await EnrollmentStore.markNotCompleted(enrollment, context: context, on: db)
                        return false
                    }
                    try await EnrollmentStore.complete(enrollment, program: program, context: context, on: db)
                    return true
                }
                guard completed else { continue }
                let level: CertificateLevel? =
                    kind == .skillTraining
                    ? program.skillLevel.map { .skill($0) }
                    : program.engineerLevel.map { .engineer($0) }
                let draft = CertificateStore.Draft(
                    kind: kind == .skillTraining ? .skillLevel : .trainingCompletion, level: level,
                    occupationCode: program.occupationCode, issuerID: provider.id, issuerName: provider.name,
                    number: "ZB\(today.year)-\(index + 1)-\(summary.certificates + 1)", issuedOn: end,
                    enrollmentID: enrollment.id, programID: program.id)
                let certificateContext = CertificateStore.Context(
                    write: app.writeContext(requestID: "cli:demo"), signer: signer, policy: policy,
                    recordedBy: systemUser)
                _ = try await app.db.transaction { db in
                    try await CertificateStore.issue(draft, to: talent, context: certificateContext, on: db)
                }
                summary.certificates += 1
            }
            next += size
            if finished {
                program.status = .finished
                try await program.save(on: app.db)
            }
        }
        return summary
    }

    private func makeProgram(
        _ kind: ProgramKind, occupation: String?, provider: Organization, start: CalendarDate,
        end: CalendarDate, index: Int, on db: any Database
    ) async throws -> Program {
        let program = Program()
        program.$provider.id = try provider.requireID()
        program.kind = kind
        program.measure = kind.defaultMeasure
        program.year = start.year
        program.occupationCode = kind.needsOccupation ? occupation : nil
        let level = EngineerLevel.allCases[index % 3]
        program.engineerLevel = kind.needsEngineerLevel ? level : nil
        program.skillLevel = kind.needsSkillLevel ? (index % 2 == 0 ? .technician : .senior) : nil
        program.theme = kind.needsTheme ? Self.seminarThemes[index % Self.seminarThemes.count] : nil
        program.experts = kind == .advancedSeminar ? "王教授（示例）\n李研究员（示例）" : nil
        program.format = kind == .advancedSeminar ? "专题讲座、工作坊" : nil
        let name = occupation.map { "\($0) " } ?? ""
        program.title =
            switch kind {
            case .engineerTraining: "数字技术工程师培训 \(name)（\(["初级", "中级", "高级"][index % 3])）（示例）"
            case .advancedSeminar: "\(program.theme ?? "")高级研修班（示例）"
            case .skillTraining: "数字技能提升培训 \(name)（示例）"
            case .exchange, .orderTraining: "数字技术交流活动（示例）"
            }
        program.description = "演示数据：由 talent demo 生成的培训项目。"
        program.capacity = 30
        program.startsOn = start.description
        program.endsOn = end.description
        program.delivery = index % 4 == 0 ? .online : .onSite
        program.place = program.delivery == .online ? nil : "淄博市张店区（示例地址）"
        program.feeFen = kind == .advancedSeminar ? 0 : 120_000
        program.vouchersApply = kind != .advancedSeminar
        program.subsidiesApply = kind == .skillTraining
        program.entryRequirement = EntryRequirement()
        program.minAttendancePercent = CompletionRule.defaultAttendancePercent
        program.status = .running
        try await program.create(on: db)
        return program
    }
}
