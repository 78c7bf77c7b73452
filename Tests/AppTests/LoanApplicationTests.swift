import Applications
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// M4 individual start-up loans (issue 16): "符合条件的数字人才可申请最高30万元的个人创业担保
/// 贷款或最高50万元的“创业提振贷”". A digital talent in a key group asks, the department
/// grants at most the cap less what is held, and the ledger never lends past the cap.
@Suite("Applications: individual start-up loans and the loan ledger")
struct LoanApplicationTests {
    typealias Flow = ApplicationWorkflowTests

    struct Borrower {
        var world: TrainingWorld
        var talent: Talent
        var headers: HTTPHeaders
    }

    /// A talent in a digital occupation (大数据工程技术人员) and, unless told otherwise, a
    /// key group (高校毕业生).
    static func borrower(_ app: Application, keyGroups: [String] = ["college_graduates"], digital: Bool = true)
        async throws -> Borrower
    {
        let world = try await TrainingWorld.make(app)
        let user = try await TestApp.makeUser(app, role: .talent, email: "loan@example.test")
        let talent = try await TestTalents.add(
            app, name: "赵创", occupations: digital ? ["2-02-38-03"] : [], keyGroups: keyGroups,
            userID: try user.requireID())
        return Borrower(world: world, talent: talent, headers: try await TrainingWorld.bearer(app, user))
    }

    static let guaranteed = "individual-guaranteed-loan"
    static let documents = ["business_plan", "business_licence", "key_group_proof"]

    static func start(_ b: Borrower, _ amount: String, kind: String = guaranteed) async throws -> TestingHTTPResponse {
        let rule = kind == guaranteed ? "loan-guaranteed-individual" : "loan-boost-individual"
        return try await b.world.send(
            .POST, "/api/v1/applications", b.headers, ["kind": kind, "basisID": rule, "amountAsked": amount])
    }

    /// A submitted application for `amount` yuan of the guaranteed loan.
    static func submitted(_ b: Borrower, _ amount: String) async throws -> UUID {
        let created = try await Self.start(b, amount)
        #expect(created.status == .created, "\(created.body.string)")
        let id = try #require(try b.world.json(created)["id"] as? String)
        for code in documents {
            _ = try await Flow.upload(b.world, id, code: code, bytes: Flow.pdf, name: "材料.pdf", b.headers)
        }
        let submitted = try await b.world.send(.POST, "/api/v1/applications/\(id)/submit", b.headers)
        #expect(submitted.status == .ok, "\(submitted.body.string)")
        return try #require(UUID(uuidString: id))
    }

    static func loanRule(_ b: Borrower, _ rule: String) async throws -> [String: Any] {
        let response = try await b.world.send(
            .GET, "/api/v1/talents/\(try b.talent.requireID().uuidString)/eligibility", b.headers)
        let rules = try #require(try b.world.json(response)["rules"] as? [[String: Any]])
        return try #require(rules.first { $0["rule"] as? String == rule })
    }

    /// 最高30万元: the cap less what is held, to the fen, at the start, on approval and after.
    @Test func aDigitalTalentInAKeyGroupBorrowsUpToTheCapLessWhatIsHeld() async throws {
        try await TestApp.run { app, _ in
            let b = try await Self.borrower(app)
            let world = b.world
            let before = try await Self.loanRule(b, "loan-guaranteed-individual")
            #expect(before["outcome"] as? String == "eligible")
            #expect(before["family"] as? String == "loan")
            #expect(before["capFen"] as? Int == 30_000_000 && before["availableFen"] as? Int == 30_000_000)
            #expect(before["applicationKind"] as? String == Self.guaranteed)
            // over the cap, or without an amount: refused on the field, nothing written
            let over = try await Self.start(b, "300000.01")
            #expect(over.status == .unprocessableEntity)
            #expect(
                try Flow.fields(world, over)["amountAsked"]
                    == "申请金额不能超过可申请额度 ¥300,000.00（贷款上限减去已持有的贷款）。")
            let none = try await world.send(
                .POST, "/api/v1/applications", b.headers,
                ["kind": Self.guaranteed, "basisID": "loan-guaranteed-individual"])
            #expect(try Flow.fields(world, none)["amountAsked"] != nil)
            #expect(try await PolicyApplication.query(on: app.db).count() == 0)

            // MUT: 200,000 asked, 150,000 granted
            let id = try await Self.submitted(b, "200000")
            let overGranted = try await world.send(
                .POST, "/api/v1/applications/\(id)/approve", world.officerHeaders, ["amountGranted": "200000.01"])
            #expect(overGranted.status == .unprocessableEntity)
            let approved = try world.json(
                try await world.send(
                    .POST, "/api/v1/applications/\(id)/approve", world.officerHeaders, ["amountGranted": "150000"]))

            // validate: the ledger, and what may still be asked
            #expect(approved["amountGrantedFen"] as? Int == 15_000_000)
            let ledger = try await LoanGrant.query(on: app.db).all()
            #expect(ledger.map(\.amountFen) == [15_000_000])
            #expect(ledger.first?.productID == "guaranteed-individual" && ledger.first?.sequence == 1)
            let after = try await Self.loanRule(b, "loan-guaranteed-individual")
            #expect(after["availableFen"] as? Int == 15_000_000)
            let second = try await Self.start(b, "150000.01")
            #expect(try Flow.fields(world, second)["amountAsked"]?.contains("¥150,000.00") == true)
            #expect(try await Self.start(b, "150000").status == .created)
            // the application's page names the product it is for, not the rule's id
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")
            let page = try await officer.get("/applications/\(id.uuidString)")
            #expect(page.text.contains("<dd>个人创业担保贷款</dd>"))
            // the boost loan is another product with its own cap
            #expect(try await Self.loanRule(b, "loan-boost-individual")["availableFen"] as? Int == 50_000_000)
        }
    }

    /// A loan recorded repaid no longer counts as held: the cap is free again. Only a
    /// reviewer records it, on a day neither to come nor before the loan, and once.
    @Test func aRepaidLoanFreesItsCap() async throws {
        try await TestApp.run { app, _ in
            let b = try await Self.borrower(app)
            let world = b.world
            let id = try await Self.submitted(b, "300000")
            let approved = try world.json(
                try await world.send(.POST, "/api/v1/applications/\(id)/approve", world.officerHeaders))
            #expect((approved["loan"] as? [String: Any])?["amountFen"] as? Int == 30_000_000)
            #expect(try await Self.loanRule(b, "loan-guaranteed-individual")["outcome"] as? String == "not_eligible")
            let path = "/api/v1/applications/\(id)/loan-repaid"
            let today = app.clock.today
            #expect(try await world.send(.POST, path, b.headers, ["repaidOn": today.description]).status == .forbidden)
            for (day, message) in [
                (today.adding(days: 1).description, "还清日期不能晚于今天。"),
                (today.adding(days: -1).description, "还清日期不能早于发放日期 \(today.description)。"),
                ("2026-02-30", nil),
            ] {
                let refused = try await world.send(.POST, path, world.officerHeaders, ["repaidOn": day])
                #expect(refused.status == .unprocessableEntity, "\(day)")
                if let message { #expect(try Flow.fields(world, refused)["repaidOn"] == message) }
            }
            #expect(try await LoanGrant.query(on: app.db).first()?.repaidOn == nil)
            // MUT
            let repaid = try await world.send(.POST, path, world.officerHeaders, ["repaidOn": today.description])
            // validate
            #expect(repaid.status == .ok, "\(repaid.body.string)")
            #expect((try world.json(repaid)["loan"] as? [String: Any])?["repaidOn"] as? String == today.description)
            let free = try await Self.loanRule(b, "loan-guaranteed-individual")
            #expect(free["outcome"] as? String == "eligible" && free["availableFen"] as? Int == 30_000_000)
            let twice = try await world.send(.POST, path, world.officerHeaders, ["repaidOn": today.description])
            #expect(try Flow.fields(world, twice)["repaidOn"] == "该笔贷款已记录还清。")
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "loan.repaid").count() == 1)
            // a second loan takes the next place in the sequence
            let again = try await Self.submitted(b, "300000")
            _ = try await world.send(.POST, "/api/v1/applications/\(again)/approve", world.officerHeaders)
            #expect(try await LoanGrant.query(on: app.db).sort(\.$sequence).all().map(\.sequence) == [1, 2])
        }
    }

    /// Two approvals that each fit what is available but together pass the cap — two
    /// applications of one product, as two starts racing past the one-open check leave —
    /// lend once, on both engines.
    @Test func parallelApprovalsPastTheCapLendOnce() async throws {
        try await TestApp.run { app, _ in
            let b = try await Self.borrower(app)
            let first = try await Self.submitted(b, "200000")
            let twin = try #require(try await PolicyApplication.find(first, on: app.db))
            let second = PolicyApplication()
            (second.kind, second.measure, second.departmentCode) = (twin.kind, twin.measure, twin.departmentCode)
            (second.state, second.basisID, second.dueOn) = (.submitted, twin.basisID, twin.dueOn)
            second.$talent.id = twin.$talent.id
            (second.amountAskedFen, second.submittedAt, second.createdBy) = (25_000_000, twin.submittedAt, UUID())
            try await second.create(on: app.db)
            let ids = [first, try second.requireID()]
            let statuses = try await Flow.approveInParallel(b.world, ids)
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(statuses.allSatisfy { $0 == .ok || $0 == .conflict || $0 == .unprocessableEntity }, "\(statuses)")
            #expect(try await LoanGrant.query(on: app.db).count() == 1)
            #expect(try await PolicyApplication.query(on: app.db).filter(\.$state == .approved).count() == 1)
        }
    }

    /// 个人创业担保贷款 is for the key groups (the policy file's default); the boost loan only
    /// asks for a digital occupation; with neither, submission is refused citing M4.
    @Test func whoMayBorrowComesFromTheProfileAndThePolicyFile() async throws {
        try await TestApp.run { app, _ in
            let outside = try await Self.borrower(app, keyGroups: [], digital: false)
            let guaranteed = try await Self.loanRule(outside, "loan-guaranteed-individual")
            #expect(guaranteed["outcome"] as? String == "not_eligible")
            #expect(
                (guaranteed["reasons"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == [
                    "not_digital_talent", "not_in_key_group",
                ])
            let boost = try await Self.loanRule(outside, "loan-boost-individual")
            #expect(
                (boost["reasons"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["not_digital_talent"])
            let created = try await Self.start(outside, "1000", kind: "individual-boost-loan")
            let id = try #require(try outside.world.json(created)["id"] as? String)
            for code in ["business_plan", "business_licence"] {
                _ = try await Flow.upload(
                    outside.world, id, code: code, bytes: Flow.pdf, name: "材料.pdf", outside.headers)
            }
            let refused = try await outside.world.send(.POST, "/api/v1/applications/\(id)/submit", outside.headers)
            #expect(refused.status == .unprocessableEntity)
            #expect(try outside.world.json(refused)["measure"] as? String == "M4")
            #expect(try Flow.fields(outside.world, refused)["eligibility"]?.contains("档案中未登记数字职业") == true)
        }
    }
}
