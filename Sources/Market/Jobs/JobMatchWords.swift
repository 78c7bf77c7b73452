import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// The words of matching, in the reader's language: each reason, and the masked view of
/// a matched talent an employer gets.
extension Messages {
    package func matchReason(_ reason: JobMatching.Reason, occupationNames: [String: String]) -> String {
        let name = { (code: String) in occupationNames[code].map { "\(code) \($0)" } ?? code }
        switch reason {
        case let .sameOccupation(code): return self(.jobReasonSameOccupation(occupation: name(code)))
        case let .relatedOccupation(code): return self(.jobReasonRelatedOccupation(occupation: name(code)))
        case let .skills(skills):
            return self(.jobReasonSkills(skills: skills.joined(separator: language == .zh ? "、" : ", ")))
        case let .education(level):
            return level.map { self(.jobReasonEducation(level: education($0))) } ?? self(.jobReasonEducationAny)
        case let .experience(years):
            return years.map { self(.jobReasonExperience(years: $0)) } ?? self(.jobReasonExperienceAny)
        case .sameDistrict: return self(.jobReasonDistrict)
        case let .certificate(code): return self(.jobReasonCertificate(occupation: name(code)))
        case let .level(skill, title):
            let levels = [skill.map(skillLevel), title.map(titleLevel)].compactMap { $0 }
            return self(.jobReasonLevel(levels: levels.joined(separator: language == .zh ? "、" : ", ")))
        }
    }

    package func matchReasons(_ match: JobMatching.Match, occupationNames: [String: String]) -> [MatchReasonDTO] {
        match.reasons.map {
            MatchReasonDTO(
                kind: $0.reason.kind, points: $0.points, text: matchReason($0.reason, occupationNames: occupationNames))
        }
    }
}

extension JobMatching.Reason {
    /// The reason's name in the API.
    package var kind: String {
        switch self {
        case .sameOccupation: "same_occupation"
        case .relatedOccupation: "related_occupation"
        case .skills: "skills"
        case .education: "education"
        case .experience: "experience"
        case .sameDistrict: "same_district"
        case .certificate: "certificate"
        case .level: "level"
        }
    }

    /// The occupation codes it names, for looking up their names.
    package var occupationCodes: [String] {
        switch self {
        case let .sameOccupation(code), let .relatedOccupation(code), let .certificate(code): [code]
        default: []
        }
    }
}

/// A matched talent as an employer sees them before the talent applies: the surname
/// only, no contact data.
package struct MaskedTalent: Sendable {
    package var maskedName: String
    package var districtCode: String
    package var education: EducationLevel?
    package var skillLevel: SkillLevel?
    package var titleLevel: TitleLevel?
    package var skills: [String]

    package init(_ talent: Talent) {
        maskedName = String(talent.name.prefix(1)) + "**"
        districtCode = talent.districtCode
        education = talent.educationLevel.flatMap(EducationLevel.init(rawValue:))
        skillLevel = talent.skillLevel.flatMap(SkillLevel.init(rawValue:))
        titleLevel = talent.titleLevel.flatMap(TitleLevel.init(rawValue:))
        skills = talent.skillList
    }

    /// The masked talents of `ids`, by id.
    package static func load(_ ids: [UUID], on db: any Database) async throws -> [UUID: MaskedTalent] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await Talent.query(on: db).filter(\.$id ~~ ids).all()
        return Dictionary(uniqueKeysWithValues: try rows.map { (try $0.requireID(), MaskedTalent($0)) })
    }
}
