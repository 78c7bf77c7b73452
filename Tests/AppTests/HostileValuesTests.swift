import Accounts
import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Training
import Vapor
import VaporTesting
import Vouchers

@testable import App

/// Issue 14, defect 1: stored text that reaches a page must never leave the attribute or
/// the text it was put in. Every free-text field a person can store gets a value that
/// tries both — a quote that closes an attribute and adds an event handler, and a tag —
/// and every page that shows stored text is read back as each role that sees it.
@Suite("Hostile stored text: no page lets it out of its attribute or text")
struct HostileValuesTests {
    /// Closes a double- or single-quoted attribute with an event handler, then opens a tag.
    static let hostile = #"Z"onmouseover="xss"'onfocus='xss'><b data-xss>"#

    @Test func everyPageShowingStoredTextKeepsHostileValuesInsideTheirAttributesAndText() async throws {
        try await TestApp.run { app, _ in
            // setup: every stored text field holds the hostile value
            let world = try await HostileWorld.make(app)
            // act: read every page that shows stored text, as each role that sees it
            var pages: [(String, String, String)] = []
            for (email, paths) in world.pagesByAccount {
                let browser = Browser(app)
                if let email { _ = try await TestApp.signIn(browser, email) }
                for path in paths {
                    let response = try await browser.get(path)
                    #expect(response.status == .ok, "\(email ?? "public") \(path): \(response.status)")
                    pages.append((email ?? "public", path, response.body.string))
                }
            }
            // assert
            var shown = 0
            for (who, path, html) in pages {
                if html.contains("onmouseover") { shown += 1 }
                let breaks = HTMLBreakOut.find(in: html)
                #expect(breaks.isEmpty, "\(who) \(path): \(breaks.joined(separator: "; "))")
            }
            // The hostile value really reached the pages (else the test proves nothing).
            #expect(shown >= pages.count * 3 / 4, "hostile value shown on \(shown) of \(pages.count) pages")
        }
    }

    @Test func theBreakOutDetectorFindsEachKindOfBreakOut() {
        #expect(HTMLBreakOut.find(in: #"<p data-x="a" onmouseover="xss">t</p>"#).count == 1)
        #expect(HTMLBreakOut.find(in: #"<p title='a'onfocus='xss'>t</p>"#).count == 1)
        #expect(HTMLBreakOut.find(in: #"<td>Z<b data-xss></td>"#).count == 1)
        #expect(HTMLBreakOut.find(in: #"<a href="javascript:alert(1)">x</a>"#).count == 1)
        #expect(
            HTMLBreakOut.find(in: #"<p title="Z&quot;onmouseover=&quot;xss">Z"onmouseover="xss &lt;b data-xss&gt;</p>"#)
                .isEmpty)
    }
}

/// Accounts and records whose every free-text field holds `HostileValuesTests.hostile`,
/// and the pages each account (nil: nobody signed in) reads back.
struct HostileWorld {
    var pagesByAccount: [(String?, [String])]

    static func make(_ app: Application) async throws -> HostileWorld {
        let evil = HostileValuesTests.hostile
        let world = try await TrainingWorld.make(app)
        let admin = try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
        // Names that staff type into forms, stored as typed.
        for user in try await User.query(on: app.db).all() {
            user.displayName = evil
            try await user.save(on: app.db)
        }
        world.provider.name = evil
        try await world.provider.save(on: app.db)
        try await APIToken(
            userID: admin.requireID(), name: evil, tokenHash: Secrets.sha256("x"), scope: .read,
            expiresAt: Date().addingTimeInterval(86_400)
        ).create(on: app.db)

        // A talent who registered with a hostile name, skills, school and major.
        let (talent, talentHeaders) = try await world.talent(evil, email: "t@example.test")
        (talent.skills, talent.school, talent.major) = (evil, evil, evil)
        try await talent.save(on: app.db)
        let talentID = try talent.requireID().uuidString

        // Training: every text of a program, its cohort and session, and the enrolment.
        let program = try await world.send(
            .POST, "/api/v1/programs", world.providerHeaders,
            [
                "kind": "advanced_seminar", "title": evil, "theme": evil, "experts": evil, "format": evil,
                "description": evil, "capacity": 30, "startsOn": "2026-03-01", "endsOn": "2026-12-31",
                "delivery": "on_site", "place": evil, "fee": 0, "vouchersApply": true, "occupationCode": "2-02-38-03",
            ])
        #expect(program.status == .created, "\(program.body.string)")
        let programID = try world.json(program)["id"] as? String ?? ""
        #expect(
            try await world.send(
                .POST, "/api/v1/programs/\(programID)/status", world.providerHeaders,
                ["to": "open"]
            ).status == .ok)
        let cohort = try await world.send(
            .POST, "/api/v1/programs/\(programID)/cohorts", world.providerHeaders,
            [
                "name": evil, "capacity": 30, "enrolDeadline": "2026-12-31", "startsOn": "2026-03-01",
                "endsOn": "2026-12-31",
            ])
        #expect(cohort.status == .created, "\(cohort.body.string)")
        let cohortID = try world.json(cohort)["id"] as? String ?? ""
        let session = try await world.send(
            .POST, "/api/v1/cohorts/\(cohortID)/sessions", world.providerHeaders,
            ["date": "2026-06-01", "hours": 4, "topic": evil])
        #expect(session.status == .created, "\(session.body.string)")
        let enrolled = try await world.send(.POST, "/api/v1/cohorts/\(cohortID)/enrollments", talentHeaders, [:])
        #expect(enrolled.status == .created, "\(enrolled.body.string)")

        // A voucher batch and a cancelled voucher, both with hostile words.
        let holder = try await TestTalents.add(app, name: evil, keyGroups: ["college_graduates"])
        let batch = try await world.send(
            .POST, "/api/v1/voucher-batches", world.officerHeaders,
            [
                "name": evil, "keyGroup": "college_graduates", "occupationCode": "2-02-38-03", "value": 800,
                "expiresOn": VoucherTests.expiry, "talentIDs": [try holder.requireID().uuidString],
            ])
        #expect(batch.status == .created, "\(batch.body.string)")
        let batchID = try world.json(batch)["id"] as? String ?? ""
        let voucher = try #require(try await Voucher.query(on: app.db).first())
        #expect(
            try await world.send(
                .POST, "/api/v1/vouchers/\(voucher.requireID())/cancel", world.officerHeaders,
                ["reason": evil]
            ).status == .ok)

        // A course whose link tries to leave its href.
        let course = try await world.send(
            .POST, "/api/v1/courses", world.providerHeaders,
            [
                "title": evil, "hours": 2, "link": "https://a.example/\"onmouseover=\"xss\"x=\"", "content": evil,
            ])
        #expect(course.status == .created, "\(course.body.string)")
        let courseID = try world.json(course)["id"] as? String ?? ""

        // A certificate recorded by an officer with a hostile issuer and number.
        let certificate = try await world.send(
            .POST, "/api/v1/certificates", world.officerHeaders,
            [
                "talentID": talentID, "kind": "skill_level", "level": "senior", "occupationCode": "2-02-38-03",
                "issuerName": evil, "number": "N-1", "issuedOn": "2026-05-20",
            ])
        #expect(certificate.status == .created, "\(certificate.body.string)")
        let certificateJSON = try world.json(certificate)
        let certificateID = certificateJSON["id"] as? String ?? ""
        let code = certificateJSON["code"] as? String ?? ""

        // Imports whose file names are hostile; an erasure request that lists the name.
        let talentImport = TalentImport(
            createdBy: try admin.requireID(), fileName: evil, partial: false,
            upsert: false, estimatedRows: 1)
        talentImport.status = .done
        try await talentImport.create(on: app.db)
        try await ErasureRequest(talentID: talent.requireID(), requestedAt: Date()).create(on: app.db)

        let publicPages = [
            "/", "/training", "/training/programs/\(programID)", "/courses", "/courses/\(courseID)",
            "/verify/\(code)",
        ]
        return HostileWorld(pagesByAccount: [
            (nil, publicPages),
            (
                "admin@example.test",
                [
                    "/admin/users", "/admin/organizations", "/admin/erasures", "/admin/audit",
                    "/account", "/talents", "/talents/\(talentID)", "/talents/\(talentID)/edit",
                    "/talents/imports", "/talents/imports/\(try talentImport.requireID())",
                    "/training/manage", "/training/cohorts/\(cohortID)",
                    "/training/programs/\(programID)/edit", "/certificates/new",
                    "/certificates/\(certificateID)", "/certificates/\(certificateID)/print",
                    "/vouchers", "/vouchers/batches/\(batchID)",
                ]
            ),
            (
                "p@example.test",
                [
                    "/account", "/training/manage", "/training/programs/\(programID)",
                    "/training/cohorts/\(cohortID)", "/vouchers/settlement", "/courses/\(courseID)",
                ]
            ),
            ("o@example.test", ["/workspace", "/talents/\(talentID)", "/vouchers", "/vouchers/batches/\(batchID)"]),
            (
                "t@example.test",
                [
                    "/account", "/account/training", "/talents/\(talentID)", "/training/programs/\(programID)",
                    "/certificates/\(certificateID)",
                ]
            ),
        ])
    }
}
