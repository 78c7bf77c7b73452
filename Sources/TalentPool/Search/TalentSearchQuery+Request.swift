import SiteKit
import TalentDomain
import Vapor

extension TalentSearchQuery {
    /// The query parameters of `/talents` and `GET /api/v1/talents`: `q`, one parameter
    /// per filter (`SearchParameter`), `ageMin`, `ageMax`, `sort`, `limit`, `cursor`.
    /// A bad value is a 400 naming the parameter in the user's language.
    package init(request: Request, maxLimit: Int = Self.maxLimit) throws {
        try self.init(value: { request.query[String.self, at: $0] }, messages: request.messages, maxLimit: maxLimit)
    }

    /// The same from `parameters` (those a search's links carry), as the export job
    /// reads the search it was given.
    package init(parameters: [(String, String)], messages: Messages) throws {
        let values = Dictionary(parameters, uniquingKeysWith: { first, _ in first })
        try self.init(value: { values[$0] }, messages: messages, maxLimit: Self.maxLimit)
    }

    private init(value: (String) -> String?, messages m: Messages, maxLimit: Int) throws {
        func invalid(_ name: String) -> Abort { Abort(.badRequest, reason: m(.errorInvalidParameter(name: name))) }
        func text(_ name: String) -> String? {
            value(name).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .flatMap { $0.isEmpty ? nil : String($0.prefix(100)) }
        }
        keyword = text("q")
        for parameter in SearchParameter.allCases {
            guard let value = text(parameter.rawValue) else { continue }
            guard parameter.accepts(value) else { throw invalid(parameter.rawValue) }
            filters.append(Filter(facet: parameter.facet, code: value))
        }
        for name in ["ageMin", "ageMax"] {
            guard let raw = text(name) else { continue }
            guard let age = Int(raw), (0...120).contains(age) else { throw invalid(name) }
            if name == "ageMin" { ageMin = age } else { ageMax = age }
        }
        if let raw = text("sort") {
            guard let sort = Sort(rawValue: raw) else { throw invalid("sort") }
            self.sort = sort
        }
        if let raw = text("limit") {
            guard let value = Int(raw), (1...maxLimit).contains(value) else {
                throw Abort(.badRequest, reason: m(.errorInvalidLimit(max: String(maxLimit))))
            }
            limit = value
        }
        if let raw = text("cursor") {
            guard let cursor = Cursor(raw) else { throw Abort(.badRequest, reason: m(.errorInvalidCursor)) }
            after = cursor
        }
    }

    /// The parameters that reproduce this search (for links to the next page and exports).
    package var parameters: [(String, String)] {
        var items: [(String, String)] = []
        if let keyword { items.append(("q", keyword)) }
        for filter in filters {
            if let parameter = SearchParameter.allCases.first(where: { $0.facet == filter.facet }) {
                items.append((parameter.rawValue, filter.code))
            }
        }
        if let ageMin { items.append(("ageMin", String(ageMin))) }
        if let ageMax { items.append(("ageMax", String(ageMax))) }
        if sort != .relevance { items.append(("sort", sort.rawValue)) }
        if limit != Self.defaultLimit { items.append(("limit", String(limit))) }
        return items
    }
}

/// The filters a caller may name, and the facet each one is.
package enum SearchParameter: String, CaseIterable, Sendable {
    case district, occupation, chain, education, titleLevel, skillLevel, category, keyGroup

    package var facet: SearchFacet {
        switch self {
        case .district: .district
        case .occupation: .occupation
        case .chain: .chain
        case .education: .education
        case .titleLevel: .titleLevel
        case .skillLevel: .skillLevel
        case .category: .category
        case .keyGroup: .keyGroup
        }
    }

    /// Closed lists are checked (a typo is an error, not an empty result); open codes
    /// only need to look like a code.
    package func accepts(_ value: String) -> Bool {
        switch self {
        case .education: EducationLevel(rawValue: value) != nil
        case .titleLevel: TitleLevel(rawValue: value) != nil
        case .skillLevel: SkillLevel(rawValue: value) != nil
        default:
            value.count <= 40 && value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        }
    }
}

extension Request {
    /// Whose profiles the signed-in actor may find (see `Permissions`, `.list` on talents).
    package func talentSearchScope() throws -> TalentSearchScope {
        let (actor, scope) = try scope(.list, on: .talent)
        switch scope {
        case .any: return .everyone
        case .organization: return actor.organizationID.map(TalentSearchScope.employer) ?? .nothing
        case .department: return .nothing
        case .own, .none: return .user(actor.userID)
        }
    }
}
