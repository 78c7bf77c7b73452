import Certificates
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Training
import Vapor
import VaporTesting
import Vouchers

@testable import App

/// Capabilities follow each other through events (issue 15: certificates and training
/// called the target tally by hand, so each depended on targets and targets on them).
@Suite("Domain events")
struct DomainEventsTests {
    private struct Rang: DomainEvent { let bell: Int }
    private struct Knocked: DomainEvent {}

    @Test func subscribersRunInTheOrderTheySubscribedAndOnlyForTheirEvent() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            let heard = Heard()
            var events = EventSubscribers()
            events.subscribe(to: Rang.self) { event, _ in await heard.add("first \(event.bell)") }
            events.subscribe(to: Knocked.self) { _, _ in await heard.add("knock") }
            events.subscribe(to: Rang.self) { event, _ in await heard.add("second \(event.bell)") }
            // act
            try await events.publish(Rang(bell: 7), on: app.db)
            // assert
            #expect(await heard.lines == ["first 7", "second 7"])
            #expect(events.count(of: Knocked.self) == 1)
        }
    }

    @Test func aFollowerThatFailsUndoesTheWholeWrite() async throws {
        try await TestApp.run { app, _ in
            // setup: a talent, and after the targets a follower of issued certificates that fails
            let world = try await TrainingWorld.make(app)
            let (talent, _) = try await world.talent("吴十", email: "wu@example.test")
            app.events.subscribe(to: CertificateIssued.self) { _, _ in throw Abort(.conflict) }
            // act: an officer records a digital skill certificate, which the targets count
            let response = try await world.send(
                .POST, "/api/v1/certificates", world.officerHeaders,
                [
                    "talentID": try talent.requireID().uuidString, "kind": "skill_level", "level": "senior",
                    "occupationCode": "2-02-38-03", "issuerName": "山东省职业技能鉴定中心", "number": "A-1",
                    "issuedOn": app.clock.today.description,
                ])
            // assert: refused, and neither the certificate, its audit event nor the count stayed
            #expect(response.status == .conflict)
            #expect(try await Certificate.query(on: app.db).count() == 0)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$entityType == "certificate").count() == 0)
            #expect(try await TargetTests.figures(world)["digital_skill_talents_cultivated"] == 0)
        }
    }

    /// The dependency points one way: targets know certificates and training, not back.
    @Test func targetsFollowCertificatesAndTrainingWhichDoNotNameThem() throws {
        for folder in ["Certificates", "Training"] {
            let files = SourceTree.swiftFiles(in: [folder])
            #expect(!files.isEmpty)
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(!text.contains("TargetTally"), "\(folder)/\(file.lastPathComponent) calls the targets")
            }
        }
    }

    /// The targets count completions and certificates; the job zone's matching cards
    /// follow certificates too (an occupation certified) and every profile change.
    @Test func theTargetsAndTheMatchingCardsFollowEveryEventTheyCount() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            #expect(app.events.count(of: EnrollmentCompleted.self) == 1)
            #expect(app.events.count(of: CertificateIssued.self) == 2)
            #expect(app.events.count(of: CertificateRevoked.self) == 2)
            #expect(app.events.count(of: TalentProfileChanged.self) == 1)
        }
    }

    /// Capabilities below the one that holds something follow its events: a withdrawal
    /// gives the voucher back, an erasure removes the import reports of both importers,
    /// the person's documents on their applications, their place on draft nomination lists
    /// and their consent to be found by employers with its matching cards.
    @Test func theVouchersAndTheImportersFollowWithdrawalsAndErasures() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            #expect(app.events.count(of: EnrollmentWithdrawn.self) == 1)
            #expect(app.events.count(of: TalentErased.self) == 5)
            #expect(app.enrolmentPayment is VoucherPayment)
        }
    }
}

private actor Heard {
    var lines: [String] = []
    func add(_ line: String) { lines.append(line) }
}
