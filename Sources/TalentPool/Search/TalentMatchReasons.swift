import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// Why a row of the officer's search matched: each field of the profile that holds the
/// keyword's words, those words marked, and the occupation a filter asked for.
package struct TalentMatchReason: Sendable, Equatable {
    package enum Field: Sendable, Equatable {
        case occupation, skill, major, school, employer
    }

    package var field: Field
    package var segments: [KeywordHighlight.Segment]
}

/// The reasons of one page of results: one look-up of the page's occupations, then the
/// pure highlighting. Nothing to say without a keyword or an occupation filter.
package enum TalentMatchReasons {
    package static func load(
        for rows: [TalentListRow], query: TalentSearchQuery, language: DisplayLanguage, request: Request
    ) async throws -> [UUID: [TalentMatchReason]] {
        let keyword = query.keyword ?? ""
        let chosen = Set(query.filters.filter { $0.facet == .occupation }.map(\.code))
        guard !keyword.isEmpty || !chosen.isEmpty else { return [:] }
        let ids = rows.compactMap { $0.talent.id }
        guard !ids.isEmpty else { return [:] }
        let db = request.db
        let attributes = try await TalentAttribute.query(on: db).filter(\.$talent.$id ~~ ids)
            .filter(\.$kind == .occupation).all()
        let codes = Array(Set(attributes.map(\.code)))
        // Names from the cached reference lists: the digital occupations are there already.
        let names =
            codes.isEmpty
            ? [:]
            : Dictionary(
                try await request.application.referenceChoices.occupations(
                    chosen: codes, on: db, now: request.clock.now
                ).map { ($0.code, $0.name(language)) },
                uniquingKeysWith: { first, _ in first })
        let occupations = Dictionary(grouping: attributes, by: { $0.$talent.id }).mapValues { $0.map(\.code) }
        var reasons: [UUID: [TalentMatchReason]] = [:]
        for row in rows {
            guard let id = row.talent.id else { continue }
            reasons[id] = explain(
                row, occupations: (occupations[id] ?? []).map { ($0, names[$0] ?? $0) }, chosen: chosen,
                keyword: keyword)
        }
        return reasons
    }

    /// The fields in the order an officer reads a profile: occupation, skills, major,
    /// school, employer. A chosen occupation is named whole even without a keyword.
    package static func explain(
        _ row: TalentListRow, occupations: [(code: String, name: String)], chosen: Set<String>, keyword: String
    ) -> [TalentMatchReason] {
        func marked(_ field: TalentMatchReason.Field, _ text: String?) -> TalentMatchReason? {
            guard let text, let segments = KeywordHighlight.segments(of: text, keyword: keyword) else { return nil }
            return TalentMatchReason(field: field, segments: segments)
        }
        var reasons: [TalentMatchReason] = occupations.compactMap { occupation in
            marked(.occupation, occupation.name)
                ?? (chosen.contains(occupation.code)
                    ? TalentMatchReason(field: .occupation, segments: [.init(occupation.name, isMatch: true)]) : nil)
        }
        reasons += row.talent.skillList.compactMap { marked(.skill, $0) }
        reasons += [marked(.major, row.talent.major), marked(.school, row.talent.school)].compactMap { $0 }
        reasons += [marked(.employer, row.employerName)].compactMap { $0 }
        return reasons
    }
}
