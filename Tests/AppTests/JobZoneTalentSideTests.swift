import Fluent
import Foundation
import Market
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App
@testable import TalentPool

/// The talent's side of the job zone (M3): the posts that fit them with the reasons,
/// declining an invitation, withdrawing and applying again; and the matching cards
/// following a profile change and an erasure.
@Suite("Job zone: the talent's side")
struct JobZoneTalentSideTests {
    @Test func aTalentSeesThePostsOfTheirOccupationWithTheReasonsBestFirst() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let near = try await zone.publishedPost(zone.employerA)
            let far = try await zone.publishedPost(zone.employerA, ["title": "大数据运维工程师", "district": "370302"])
            let unrelated = try await zone.publishedPost(
                zone.employerB, ["title": "网络安全工程师", "occupation": "2-02-10-07"])
            let (_, headers) = try await zone.talent("赵一鸣", email: "t1@example.test")
            let matches = try await zone.items(.GET, "/api/v1/job-matches", headers)
            let ids = matches.compactMap { ($0["post"] as? [String: Any])?["id"] as? String }
            // the same district adds its points: the post in 张店区 first; the other occupation not at all
            #expect(ids == [near, far])
            #expect(!ids.contains(unrelated))
            let kinds = (matches.first?["reasons"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
            #expect(kinds.contains("same_occupation") && kinds.contains("same_district") && kinds.contains("skills"))
            let scores = matches.compactMap { $0["score"] as? Int }
            #expect(scores.count == 2 && scores[0] > scores[1])
            // an employer has no talent profile to match
            #expect(try await zone.send(.GET, "/api/v1/job-matches", zone.employerA).status == .forbidden)
        }
    }

    @Test func aDeclinedInvitationRevealsNobodyAndAWithdrawnApplicationMayBeMadeAgain() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let post = try await zone.publishedPost(zone.employerA)
            let (talent, headers) = try await zone.talent("钱二", email: "t2@example.test")
            try await zone.findable(headers, true)
            let invited = try await zone.send(
                .POST, "/api/v1/job-posts/\(post)/invitations", zone.employerA,
                ["talent": try talent.requireID().uuidString])
            #expect(invited.status == .created, "\(invited.body.string)")
            let id = try #require(try zone.world.json(invited)["id"] as? String)
            #expect(try await zone.kinds(headers).contains("jobs.invited"))
            // the invitation waits on the talent's workspace
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "t2@example.test")
            let waiting = try #require(WorkspaceTests.todo(try await browser.get("/workspace").text, "待回复的投递邀请"))
            #expect(waiting.contains("todo--urgent") && waiting.contains("/jobs/mine"))

            let declined = try await zone.send(.POST, "/api/v1/job-applications/\(id)/decline", headers)
            #expect(try zone.world.json(declined)["state"] as? String == "declined")
            let seen = try await zone.items(.GET, "/api/v1/job-posts/\(post)/applications", zone.employerA)
            #expect(seen.count == 1 && seen.first?["applicant"] == nil, "a declined invitation shows nobody")
            // declining twice is a step the state no longer allows
            #expect(try await zone.send(.POST, "/api/v1/job-applications/\(id)/decline", headers).status == .conflict)

            // the talent changes their mind and applies; then withdraws; then applies again
            let applied = try await zone.send(.POST, "/api/v1/job-posts/\(post)/applications", headers, [:])
            #expect(try zone.world.json(applied)["state"] as? String == "received")
            let withdrawn = try await zone.send(.POST, "/api/v1/job-applications/\(id)/withdraw", headers)
            #expect(try zone.world.json(withdrawn)["state"] as? String == "withdrawn")
            // the employer cannot move a withdrawn application
            let moved = try await zone.send(
                .POST, "/api/v1/job-applications/\(id)/move", zone.employerA, ["state": "interview"])
            #expect(moved.status == .conflict)
            let again = try await zone.send(.POST, "/api/v1/job-posts/\(post)/applications", headers, [:])
            #expect(again.status == .created)
            #expect(try zone.world.json(again)["id"] as? String == id, "one application per talent and post")
            // another talent cannot touch it
            let (_, other) = try await zone.talent("孙三", email: "t3@example.test")
            #expect(try await zone.send(.POST, "/api/v1/job-applications/\(id)/withdraw", other).status == .notFound)
            #expect(try await zone.send(.GET, "/api/v1/job-applications/\(id)", other).status == .notFound)
            #expect(try await zone.send(.GET, "/api/v1/job-applications/\(id)", headers).status == .ok)
        }
    }

    @Test func theCardsFollowAProfileChangeAndAreGoneWithAnErasure() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let post = try await zone.publishedPost(zone.employerA)
            let (talent, headers) = try await zone.talent("李四", email: "t4@example.test")
            try await zone.findable(headers, true)
            let id = try talent.requireID()
            func reasons() async throws -> [String] {
                let matches = try await zone.items(.GET, "/api/v1/job-posts/\(post)/matches", zone.employerA)
                return (matches.first?["reasons"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
            }
            #expect(try await reasons().contains("same_district"))

            // the officer moves the profile to 淄川区: the next match reads the new district
            let changed = try await zone.send(
                .PUT, "/api/v1/talents/\(id)", zone.world.officerHeaders,
                ["name": "李四", "districtCode": "370302", "occupations": ["2-02-38-03"]])
            #expect(changed.status == .ok, "\(changed.body.string)")
            let after = try await reasons()
            #expect(!after.isEmpty && !after.contains("same_district"))

            // an import that updates the profile (upsert) is followed too: back to 张店区
            let residentID = try #require(talent.residentIDCipher.flatMap(app.personalData.open))
            let file = Array("姓名,身份证号,区县,职业编码\n李四,\(residentID),370303,2-02-38-03\n".utf8)
            let (importID, _) = try await ImportFiles.upload(
                app, file, upsert: true, by: try await ImportFiles.importer(app))
            let before = try #require(try await Talent.find(id, on: app.db), "in 淄川区 now")
            try await TalentImportUndo.keep(before, for: importID, cipher: app.personalData, on: app.db)
            let summary = try await ImportFiles.run(app, file, upsert: true)
            #expect(summary.updated == 1, "\(summary.problems)")
            #expect(try await reasons().contains("same_district"))
            // and taking the import back restores 淄川区 on the card too
            _ = try await TalentImportUndo.revert(importID, cipher: app.personalData, events: app.events, on: app.db)
            let restored = try await reasons()
            #expect(!restored.isEmpty && !restored.contains("same_district"))

            // an erasure takes the consent and the cards with the person's data
            try await app.db.transaction { db in
                try await app.events.publish(
                    TalentErased(talentID: id, reportSubjects: [], at: app.clock.now), on: db)
            }
            #expect(try await zone.cards(id) == 0)
            #expect(try await JobSeeker.query(on: app.db).filter(\.$talent.$id == id).count() == 0)
            #expect(try await zone.matchedTalents(post).isEmpty)
        }
    }
}
