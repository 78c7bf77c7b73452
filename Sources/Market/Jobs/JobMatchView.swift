import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// What the pages and the API show of a match: the rows with what they need besides the
/// score — the masked talent and any application they have, the occupations' names.
enum JobMatchView {
    struct TalentRow: Sendable {
        var talentID: UUID
        var talent: MaskedTalent
        var match: JobMatching.Match
        var application: JobApplicationState?
    }

    static func talents(for post: JobPost, _ req: Request) async throws
        -> (rows: [TalentRow], occupationNames: [String: String])
    {
        let weights = try req.policy.marketRules.matching
        let matches = try await JobMatchQuery.talents(for: post, weights: weights, today: req.clock.today, on: req.db)
        let ids = matches.map(\.talentID)
        let masked = try await MaskedTalent.load(ids, on: req.db)
        let applications =
            ids.isEmpty
            ? []
            : try await JobApplication.query(on: req.db).filter(\.$post.$id == post.requireID())
                .filter(\.$talent.$id ~~ ids).all()
        let states = Dictionary(applications.map { ($0.$talent.id, $0.state) }, uniquingKeysWith: { first, _ in first })
        let rows = matches.compactMap { match in
            masked[match.talentID].map {
                TalentRow(talentID: match.talentID, talent: $0, match: match.match, application: states[match.talentID])
            }
        }
        return (rows, try await names(matches.flatMap(\.match.reasons), req))
    }

    static func posts(for talent: Talent, _ req: Request) async throws
        -> (rows: [JobMatchQuery.PostMatch], occupationNames: [String: String])
    {
        let weights = try req.policy.marketRules.matching
        let rows = try await JobMatchQuery.posts(for: talent, weights: weights, today: req.clock.today, on: req.db)
        return (rows, try await names(rows.flatMap(\.match.reasons), req))
    }

    /// The names of the occupations the reasons name, in the reader's language.
    static func names(_ reasons: [JobMatching.Scored], _ req: Request) async throws -> [String: String] {
        let codes = Array(Set(reasons.flatMap(\.reason.occupationCodes)))
        guard !codes.isEmpty else { return [:] }
        let zh = req.messages.language == .zh
        return Dictionary(
            uniqueKeysWithValues: try await Occupation.query(on: req.db).filter(\.$id ~~ codes).all().map {
                ($0.id ?? "", zh ? $0.nameZh : $0.nameEn)
            })
    }
}

/// A post's applications as its employer sees them: the applicant revealed once they
/// applied or accepted, nothing of them while an invitation is open or was declined.
enum JobApplicantsQuery {
    struct Row: Sendable {
        var application: JobApplication
        var applicant: Talent?

        var dto: JobApplicationDTO {
            get throws {
                try JobApplicationDTO(
                    application,
                    applicant: try applicant.map {
                        JobApplicationDTO.Applicant(
                            talent: try $0.requireID(), name: $0.name, email: $0.email, mobileMasked: $0.mobileMasked)
                    })
            }
        }
    }

    static func rows(of postID: UUID, _ req: Request) async throws -> [Row] {
        let applications = try await req.scopedQuery(JobApplication.self).filter(\.$post.$id == postID)
            .sort(\.$createdAt).limit(2_000).all()
        return try await rows(applications, on: req.db)
    }

    static func rows(_ applications: [JobApplication], on db: any Database) async throws -> [Row] {
        let shown = applications.filter(\.state.revealsApplicant).map(\.$talent.id)
        let talents =
            shown.isEmpty
            ? [:]
            : Dictionary(
                uniqueKeysWithValues: try await Talent.query(on: db).filter(\.$id ~~ shown).all().map {
                    ($0.id ?? UUID(), $0)
                })
        return applications.map { application in
            Row(
                application: application,
                applicant: application.state.revealsApplicant ? talents[application.$talent.id] : nil)
        }
    }

    static func dtos(_ applications: [JobApplication], on db: any Database) async throws -> [JobApplicationDTO] {
        try await rows(applications, on: db).map { try $0.dto }
    }
}
