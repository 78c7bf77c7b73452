import Applications
import Certificates
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// The application workflow through the API (issue 16): a talent claims the skill-upgrade
/// subsidy, the department the policy routes it to returns it for correction and then
/// approves it; the ledger pays a subsidy once, whatever races to approve it.
@Suite("Applications: the workflow, its permissions and the ledger")
struct ApplicationWorkflowTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 64)
    static let pdf: [UInt8] = Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n".utf8)

    struct Claimant {
        var world: TrainingWorld
        var talent: Talent
        var headers: HTTPHeaders
        var certificate: String
    }

    /// A talent with an intermediate skill certificate in 2-02-38-03 from last month.
    static func claimant(_ app: Application, email: String = "t@example.test", name: String = "王芳") async throws
        -> Claimant
    {
        let world = try await TrainingWorld.make(app)
        let (talent, headers) = try await world.talent(name, email: email)
        let certificate = try await Self.certificate(world, talent, number: "JN-1")
        return Claimant(world: world, talent: talent, headers: headers, certificate: certificate)
    }

    static func certificate(
        _ world: TrainingWorld, _ talent: Talent, number: String, occupation: String = "2-02-38-03",
        level: String = "intermediate"
    ) async throws -> String {
        let response = try await world.send(
            .POST, "/api/v1/certificates", world.officerHeaders,
            [
                "talentID": try talent.requireID().uuidString, "kind": "skill_level", "level": level,
                "occupationCode": occupation, "issuerName": "山东省职业技能鉴定中心", "number": number,
                "issuedOn": world.app.clock.today.adding(months: -1).description,
            ])
        #expect(response.status == .created, "\(response.body.string)")
        return try #require(try world.json(response)["id"] as? String)
    }

    static func upload(
        _ world: TrainingWorld, _ id: String, code: String, bytes: [UInt8], name: String, _ headers: HTTPHeaders
    ) async throws -> TestingHTTPResponse {
        let boundary = "----zibo\(UUID().uuidString.prefix(8))"
        var body: [UInt8] = []
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\n\(code)\r\n".utf8)
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                .utf8)
        body += bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        var headers = headers
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await world.app.testing().sendRequest(
            .POST, "/api/v1/applications/\(id)/attachments", headers: headers, body: ByteBuffer(bytes: body))
    }

    static func fields(_ world: TrainingWorld, _ response: TestingHTTPResponse) throws -> [String: String] {
        let errors = try world.json(response)["errors"] as? [[String: Any]] ?? []
        return Dictionary(
            errors.map { ($0["field"] as? String ?? "", $0["message"] as? String ?? "") },
            uniquingKeysWith: { a, _ in a })
    }

    @Test func aTalentClaimsTheSkillUpgradeSubsidyIsReturnedCorrectsItAndIsPaid() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.claimant(app)
            let world = c.world
            // MUT: a draft for the certificate; the policy fixes the amount
            let created = try await world.send(
                .POST, "/api/v1/applications", c.headers, ["kind": "skill-upgrade-subsidy", "basisID": c.certificate])
            #expect(created.status == .created, "\(created.body.string)")
            let draft = try world.json(created)
            let id = try #require(draft["id"] as? String)
            #expect(draft["state"] as? String == "draft")
            #expect(draft["amountAskedFen"] as? Int == 150_000)
            #expect(draft["departmentCode"] as? String == "HRSS")

            // not without the required documents, each named
            let early = try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers)
            #expect(early.status == .unprocessableEntity)
            #expect(
                try Self.fields(world, early)["attachments"]
                    == "请上传：职业技能等级证书（扫描件或照片）、本人社会保障卡或银行账户信息。")
            // a text file named .png is refused by its content
            let fake = try await Self.upload(
                world, id, code: "certificate", bytes: Array("not an image".utf8), name: "证书.png", c.headers)
            #expect(fake.status == .unprocessableEntity)
            #expect(try Self.fields(world, fake)["file"]?.contains("PDF、JPEG 或 PNG") == true)
            #expect(
                try await Self.upload(world, id, code: "certificate", bytes: Self.png, name: "证书.png", c.headers).status
                    == .created)
            #expect(
                try await Self.upload(world, id, code: "bank_account", bytes: Self.pdf, name: "社保卡.pdf", c.headers)
                    .status == .created)

            let submitted = try world.json(try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers))
            #expect(submitted["state"] as? String == "submitted")
            let due = try #require(app.activePolicy?.document).calendar.adding(workingDays: 15, to: app.clock.today)
                .description
            #expect(submitted["dueOn"] as? String == due)
            // submitting twice is a conflict naming the state
            let twice = try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers)
            #expect(twice.status == .conflict)
            #expect(try world.json(twice)["detail"] as? String == "该申报当前状态为“待审核”，不能进行此操作。")

            // the department returns it, with a reason
            let bare = try await world.send(.POST, "/api/v1/applications/\(id)/return", world.officerHeaders)
            #expect(bare.status == .unprocessableEntity)
            #expect(try Self.fields(world, bare)["comment"] != nil)
            let returned = try await world.send(
                .POST, "/api/v1/applications/\(id)/return", world.officerHeaders, ["comment": "银行账户信息不清晰，请重新上传。"])
            #expect(try world.json(returned)["state"] as? String == "returned")
            #expect(
                try await Self.upload(world, id, code: "bank_account", bytes: Self.pdf, name: "社保卡-清晰.pdf", c.headers)
                    .status == .created)
            #expect(
                try world.json(try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers))["state"]
                    as? String == "submitted")
            let approved = try world.json(
                try await world.send(.POST, "/api/v1/applications/\(id)/approve", world.officerHeaders))
            #expect(approved["state"] as? String == "approved")
            #expect(approved["amountGrantedFen"] as? Int == 150_000)

            // validate: one ledger entry, the whole history, and no second claim for it
            let ledger = try await SubsidyGrant.query(on: app.db).all()
            #expect(ledger.map(\.amountFen) == [150_000])
            #expect(ledger.first?.onceKey == "2-02-38-03|intermediate")
            #expect(ledger.first?.claimSlot == 1)
            let read = try world.json(try await world.send(.GET, "/api/v1/applications/\(id)", c.headers))
            let history = try #require(read["history"] as? [[String: Any]])
            #expect(history.map { $0["to"] as? String } == ["draft", "submitted", "returned", "submitted", "approved"])
            #expect(history[2]["comment"] as? String == "银行账户信息不清晰，请重新上传。")
            #expect((read["attachments"] as? [Any])?.count == 3)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "application.step").count() == 4)
            let again = try await world.send(
                .POST, "/api/v1/applications", c.headers, ["kind": "skill-upgrade-subsidy", "basisID": c.certificate])
            #expect(again.status == .created)  // a draft may be started…
            let againID = try #require(try world.json(again)["id"] as? String)
            for code in ["certificate", "bank_account"] {
                _ = try await Self.upload(world, againID, code: code, bytes: Self.png, name: "x.png", c.headers)
            }
            let refused = try await world.send(.POST, "/api/v1/applications/\(againID)/submit", c.headers)
            #expect(refused.status == .unprocessableEntity)  // …but the rule refuses it, citing M10
            #expect(try world.json(refused)["measure"] as? String == "M10")
            #expect(try Self.fields(world, refused)["eligibility"]?.contains("已申领过") == true)
        }
    }

    @Test func onlyTheApplicantAndTheDepartmentSeeAnApplicationAndEachDoesOnlyTheirSteps() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.claimant(app)
            let world = c.world
            let id = try #require(
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/applications", c.headers,
                        ["kind": "skill-upgrade-subsidy", "basisID": c.certificate]))["id"] as? String)
            for code in ["certificate", "bank_account"] {
                _ = try await Self.upload(world, id, code: code, bytes: Self.pdf, name: "材料.pdf", c.headers)
            }
            let (_, other) = try await world.talent("钱多", email: "t2@example.test")
            let elsewhere = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .officer, email: "edu@example.test", department: "EDU"))
            // out of scope is a 404; a role without the resource a 403
            #expect(try await world.send(.GET, "/api/v1/applications/\(id)", other).status == .notFound)
            #expect(try await world.send(.GET, "/api/v1/applications/\(id)", elsewhere).status == .notFound)
            #expect(try await world.send(.GET, "/api/v1/applications", world.providerHeaders).status == .forbidden)
            #expect(try await world.send(.GET, "/api/v1/applications/\(id)", world.officerHeaders).status == .ok)
            // the officer does not submit for the talent; the talent does not decide
            #expect(
                try await world.send(.POST, "/api/v1/applications/\(id)/submit", world.officerHeaders).status
                    == .forbidden)
            _ = try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers)
            #expect(try await world.send(.POST, "/api/v1/applications/\(id)/approve", c.headers).status == .forbidden)
            #expect(try await world.send(.POST, "/api/v1/applications/\(id)/approve", elsewhere).status == .notFound)
            // the department's queue lists it; the other department's does not
            let queue = try world.json(
                try await world.send(.GET, "/api/v1/applications?state=submitted", world.officerHeaders))
            #expect((queue["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [id])
            let none = try world.json(try await world.send(.GET, "/api/v1/applications", elsewhere))
            #expect((none["items"] as? [Any])?.isEmpty == true)
            #expect(
                try await world.send(.GET, "/api/v1/applications?state=paid", world.officerHeaders).status
                    == .badRequest)
            // the documents: the reviewer downloads them; another talent cannot
            let read = try world.json(try await world.send(.GET, "/api/v1/applications/\(id)", world.officerHeaders))
            let attachment = try #require((read["attachments"] as? [[String: Any]])?.first?["id"] as? String)
            let path = "/api/v1/applications/\(id)/attachments/\(attachment)"
            let file = try await world.send(.GET, path, world.officerHeaders)
            #expect(file.status == .ok)
            #expect(Array(file.body.readableBytesView) == Self.pdf)
            #expect(file.headers.first(name: .contentType) == "application/pdf")
            #expect(try await world.send(.GET, path, other).status == .notFound)
            // nothing a user sends is a 5xx: an unknown kind, a foreign basis, a bad amount
            let unknown = try await world.send(
                .POST, "/api/v1/applications", c.headers, ["kind": "pension", "basisID": "x"])
            #expect(try Self.fields(world, unknown).keys.sorted() == ["kind"])
            let foreign = try await world.send(
                .POST, "/api/v1/applications", other, ["kind": "skill-upgrade-subsidy", "basisID": c.certificate])
            #expect(try Self.fields(world, foreign).keys.sorted() == ["basisID"])
            let amount = try await world.send(
                .POST, "/api/v1/applications", c.headers,
                ["kind": "skill-upgrade-subsidy", "basisID": c.certificate, "amountAsked": "2000"])
            #expect(amount.status == .unprocessableEntity)
            #expect(try await PolicyApplication.query(on: app.db).count() == 1)
        }
    }

    /// Done means: parallel approvals of the same subsidy for the same occupation and
    /// level pay exactly once, on both engines. The two applications are made submitted
    /// directly, past the check that would stop the second being submitted: what is
    /// tested is that the database itself refuses the second payment.
    @Test func parallelApprovalsOfTheSameOccupationAndLevelPayOnce() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.claimant(app)
            let second = try await Self.certificate(c.world, c.talent, number: "JN-2")
            let ids = try await [c.certificate, second].asyncMap { try await Self.submitted(app, c.talent, basis: $0) }
            let statuses = try await Self.approveInParallel(c.world, ids)
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(statuses.allSatisfy { $0 == .ok || $0 == .conflict || $0 == .unprocessableEntity }, "\(statuses)")
            #expect(try await SubsidyGrant.query(on: app.db).count() == 1)
            #expect(try await PolicyApplication.query(on: app.db).filter(\.$state == .approved).count() == 1)
        }
    }

    /// 每人每年最多享受3次: with two claims paid this year, two approvals racing for the
    /// third place pay once.
    @Test func parallelApprovalsForTheLastClaimOfTheYearPayOnce() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.claimant(app)
            for (index, occupation) in ["2-02-38-01", "2-02-38-02"].enumerated() {
                let grant = SubsidyGrant()
                grant.applicationID = try await Self.submitted(app, c.talent, basis: "paid-\(index)")
                grant.$talent.id = try c.talent.requireID()
                grant.subsidy = .skillUpgrade
                grant.basisID = "paid-\(index)"
                grant.occupationCode = occupation
                grant.levelCode = "junior"
                grant.onceKey = "\(occupation)|junior"
                grant.claimYear = app.clock.today.year
                grant.claimSlot = index + 1
                grant.amountFen = 100_000
                grant.grantedOn = app.clock.today.description
                try await grant.create(on: app.db)
            }
            let other = try await Self.certificate(c.world, c.talent, number: "JN-3", occupation: "2-02-38-04")
            let ids = try await [c.certificate, other].asyncMap { try await Self.submitted(app, c.talent, basis: $0) }
            let statuses = try await Self.approveInParallel(c.world, ids)
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(try await SubsidyGrant.query(on: app.db).count() == 3)
            #expect(Set(try await SubsidyGrant.query(on: app.db).all().compactMap(\.claimSlot)) == [1, 2, 3])
        }
    }

    /// The ledger's own indexes, without the workflow: the same once-key, or the same place
    /// in the year, cannot be written twice.
    @Test func theLedgerItselfRefusesASecondPaymentAndAnExtraPlaceInTheYear() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.claimant(app)
            func grant(_ basis: String, once: String?, slot: Int?) async throws {
                let grant = SubsidyGrant()
                grant.applicationID = try await Self.submitted(app, c.talent, basis: basis)
                grant.$talent.id = try c.talent.requireID()
                grant.subsidy = .skillUpgrade
                grant.basisID = basis
                grant.onceKey = once
                grant.claimYear = 2026
                grant.claimSlot = slot
                grant.amountFen = 100_000
                grant.grantedOn = "2026-06-01"
                try await grant.create(on: app.db)
            }
            try await grant("a", once: "2-02-38-03|junior", slot: 1)
            await #expect(throws: (any Error).self) { try await grant("b", once: "2-02-38-03|junior", slot: 2) }
            await #expect(throws: (any Error).self) { try await grant("c", once: "2-02-38-04|junior", slot: 1) }
            await #expect(throws: (any Error).self) { try await grant("a", once: nil, slot: nil) }
            // kinds without once or a yearly limit leave the columns empty, which never collide
            try await grant("d", once: nil, slot: nil)
            try await grant("e", once: nil, slot: nil)
            #expect(try await SubsidyGrant.query(on: app.db).count() == 3)
        }
    }

    /// An erased person's documents go, the comments on their applications are cleared and
    /// what was still open is withdrawn; the ledger keeps what was paid.
    @Test func erasingAPersonDeletesTheirDocumentsAndWithdrawsWhatIsOpen() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.claimant(app)
            let world = c.world
            let id = try #require(
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/applications", c.headers,
                        ["kind": "skill-upgrade-subsidy", "basisID": c.certificate]))["id"] as? String)
            for code in ["certificate", "bank_account"] {
                _ = try await Self.upload(world, id, code: code, bytes: Self.pdf, name: "材料.pdf", c.headers)
            }
            _ = try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers)
            _ = try await world.send(
                .POST, "/api/v1/applications/\(id)/return", world.officerHeaders, ["comment": "请补充王芳的银行卡号。"])
            // MUT
            let talentID = try c.talent.requireID()
            _ = try await app.db.writeTransaction { db in
                try await TalentEraser.erase(talentID, context: app.writeContext(requestID: "test"), on: db)
            }
            // validate
            #expect(try await ApplicationAttachment.query(on: app.db).count() == 0)
            #expect(try await ApplicationEvent.query(on: app.db).filter(\.$comment != nil).count() == 0)
            #expect(try await PolicyApplication.find(UUID(uuidString: id), on: app.db)?.state == .withdrawn)
        }
    }

    /// A submitted skill-upgrade application for `basis`, written directly.
    static func submitted(_ app: Application, _ talent: Talent, basis: String) async throws -> UUID {
        let application = PolicyApplication()
        application.kind = "skill-upgrade-subsidy"
        application.measure = "M10"
        application.departmentCode = "HRSS"
        application.$talent.id = try talent.requireID()
        application.state = .submitted
        application.basisID = basis
        let certificate = try await Certificate.find(UUID(uuidString: basis), on: app.db)
        application.occupationCode = certificate?.occupationCode
        application.levelCode = certificate?.level
        application.amountAskedFen = 150_000
        application.submittedAt = app.clock.now
        application.createdBy = UUID()
        try await application.create(on: app.db)
        return try application.requireID()
    }

    static func approveInParallel(_ world: TrainingWorld, _ ids: [UUID]) async throws -> [HTTPStatus] {
        try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for id in ids {
                group.addTask {
                    try await world.send(.POST, "/api/v1/applications/\(id)/approve", world.officerHeaders).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
