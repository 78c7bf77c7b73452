/// 人岗匹配: how well a talent fits a job post, and why (M3's job zone). The same rule
/// ranks the talents for a post and the posts for a talent, so an employer and a talent
/// read the same reasons. The points are policy data (`MatchWeights`), not code.
public enum JobMatching {
    /// What a post asks for.
    public struct Need: Sendable, Equatable {
        public var occupationCode: String
        public var skills: [String]
        public var education: EducationLevel?
        public var experienceYears: Int?
        public var districtCode: String

        /// `skills` compared as `normalised` spells them, worked out once per post rather
        /// than once per candidate.
        let comparableSkills: [String]

        public init(
            occupationCode: String, skills: [String], education: EducationLevel?, experienceYears: Int?,
            districtCode: String
        ) {
            (self.occupationCode, self.skills, self.education) = (occupationCode, skills, education)
            (self.experienceYears, self.districtCode) = (experienceYears, districtCode)
            comparableSkills = skills.map(JobMatching.normalised)
        }
    }

    /// What a talent brings, as far as matching reads it.
    public struct Seeker: Sendable, Equatable {
        public var occupationCodes: [String]
        public var skills: [String]
        public var education: EducationLevel?
        /// Whole years of work in the field, when the profile says since when.
        public var experienceYears: Int?
        public var districtCode: String
        /// Occupations the talent holds a valid certificate for.
        public var certifiedOccupations: [String]
        public var skillLevel: SkillLevel?
        public var titleLevel: TitleLevel?

        public init(
            occupationCodes: [String], skills: [String], education: EducationLevel?, experienceYears: Int?,
            districtCode: String, certifiedOccupations: [String] = [], skillLevel: SkillLevel? = nil,
            titleLevel: TitleLevel? = nil
        ) {
            (self.occupationCodes, self.skills, self.education) = (occupationCodes, skills, education)
            (self.experienceYears, self.districtCode, self.certifiedOccupations) = (
                experienceYears, districtCode, certifiedOccupations
            )
            (self.skillLevel, self.titleLevel) = (skillLevel, titleLevel)
        }
    }

    /// One reason a talent fits, with the points it gives.
    public enum Reason: Sendable, Equatable {
        /// The post's occupation is one of the talent's.
        case sameOccupation(String)
        /// One of the talent's occupations is in the same small category (小类) as the post's.
        case relatedOccupation(String)
        /// Skills both name, as the post spells them.
        case skills([String])
        /// The talent's education meets the post's (or the post asks for none).
        case education(EducationLevel?)
        /// Years in the field meet the post's (or the post asks for none).
        case experience(Int?)
        case sameDistrict(String)
        /// A valid certificate for the post's occupation.
        case certificate(String)
        /// A recognised skill level or professional title.
        case level(skill: SkillLevel?, title: TitleLevel?)
    }

    public struct Match: Sendable, Equatable {
        /// 0–100: the points won out of the most a talent could win.
        public var score: Int
        public var points: Int
        public var reasons: [Scored]
    }

    /// A reason that holds and the points it gives.
    public struct Scored: Sendable, Equatable {
        public var reason: Reason
        public var points: Int

        public init(reason: Reason, points: Int) { (self.reason, self.points) = (reason, points) }
    }

    /// The talent's fit to the need: each reason that holds and its points.
    public static func match(_ need: Need, _ seeker: Seeker, weights: MatchWeights) -> Match {
        var reasons: [(Reason, Int)] = []
        if seeker.occupationCodes.contains(need.occupationCode) {
            reasons.append((.sameOccupation(need.occupationCode), weights.occupation))
        } else if let related = seeker.occupationCodes.first(where: {
            smallCategory($0) == smallCategory(need.occupationCode)
        }) {
            reasons.append((.relatedOccupation(related), weights.relatedOccupation))
        }
        // A list, not a set: a profile names a handful of skills, and hashing each
        // candidate's cost more than comparing them.
        let theirs = seeker.skills.map(normalised)
        let common = zip(need.skills, need.comparableSkills).filter { theirs.contains($0.1) }.map(\.0)
        if !common.isEmpty {
            reasons.append((.skills(common), weights.skill * min(common.count, weights.maxSkills)))
        }
        if need.education.map({ required in seeker.education.map { $0 >= required } ?? false }) ?? true {
            reasons.append((.education(seeker.education), weights.education))
        }
        if need.experienceYears.map({ required in (seeker.experienceYears ?? 0) >= required }) ?? true {
            reasons.append((.experience(seeker.experienceYears), weights.experience))
        }
        if seeker.districtCode == need.districtCode {
            reasons.append((.sameDistrict(need.districtCode), weights.district))
        }
        if seeker.certifiedOccupations.contains(need.occupationCode) {
            reasons.append((.certificate(need.occupationCode), weights.certificate))
        }
        if seeker.skillLevel != nil || seeker.titleLevel != nil {
            reasons.append((.level(skill: seeker.skillLevel, title: seeker.titleLevel), weights.level))
        }
        let points = reasons.reduce(0) { $0 + $1.1 }
        let score = weights.maximum > 0 ? (points * 100 + weights.maximum / 2) / weights.maximum : 0
        return Match(
            score: min(score, 100), points: points, reasons: reasons.map { Scored(reason: $0.0, points: $0.1) })
    }

    /// Whether a match is worth showing: it shares the occupation, its small category or a
    /// skill. Education and district alone fit half the pool to any post.
    public static func isRelevant(_ match: Match) -> Bool {
        match.reasons.contains {
            switch $0.reason {
            case .sameOccupation, .relatedOccupation, .skills: true
            default: false
            }
        }
    }

    /// `4-04-05-01` → `4-04-05`: the 小类 of the 2022 classification.
    public static func smallCategory(_ code: String) -> Substring {
        guard let last = code.lastIndex(of: "-") else { return Substring(code) }
        return code[..<last]
    }

    /// Skills compared without case, spaces or full-width letters (`Python`, `python `,
    /// `Ｐｙｔｈｏｎ`). Scalar by scalar: building Characters cost a tenth of a match.
    public static func normalised(_ skill: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in skill.unicodeScalars {
            var value = scalar.value
            if value < 0x80 {
                // ASCII, nearly every skill: no need to ask Unicode's tables.
                if value == 0x20 || (0x09...0x0D).contains(value) { continue }
                if (0x41...0x5A).contains(value) { value += 0x20 }
                folded.append(Unicode.Scalar(UInt8(value)))
            } else if (0xFF01...0xFF5E).contains(value) {
                value -= 0xFEE0
                if (0x41...0x5A).contains(value) { value += 0x20 }
                folded.append(Unicode.Scalar(UInt8(value)))
            } else if (0x4E00...0x9FFF).contains(value) {
                folded.append(scalar)
            } else if scalar.properties.isWhitespace {
                continue
            } else if scalar.properties.changesWhenLowercased {
                folded.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }
}

/// The points each reason of `JobMatching` gives, from the policy file's
/// `market.matching`; the defaults apply to whatever the file leaves out.
public struct MatchWeights: Codable, Hashable, Sendable {
    public var occupation: Int
    public var relatedOccupation: Int
    /// Per skill in common, up to `maxSkills` skills.
    public var skill: Int
    public var maxSkills: Int
    public var education: Int
    public var experience: Int
    public var district: Int
    public var certificate: Int
    public var level: Int

    public static let defaults = MatchWeights(
        occupation: 40, relatedOccupation: 15, skill: 6, maxSkills: 4, education: 10, experience: 8, district: 6,
        certificate: 12, level: 6)

    public init(
        occupation: Int, relatedOccupation: Int, skill: Int, maxSkills: Int, education: Int, experience: Int,
        district: Int, certificate: Int, level: Int
    ) {
        (self.occupation, self.relatedOccupation, self.skill, self.maxSkills) = (
            occupation, relatedOccupation, skill, maxSkills
        )
        (self.education, self.experience, self.district, self.certificate, self.level) = (
            education, experience, district, certificate, level
        )
    }

    /// The most a talent can win: the better occupation reason and every other one.
    public var maximum: Int {
        max(occupation, relatedOccupation) + skill * maxSkills + education + experience + district + certificate
            + level
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Self.defaults
        func value(_ key: CodingKeys, _ fallback: Int) throws -> Int {
            max(0, try container.decodeIfPresent(Int.self, forKey: key) ?? fallback)
        }
        occupation = try value(.occupation, defaults.occupation)
        relatedOccupation = try value(.relatedOccupation, defaults.relatedOccupation)
        skill = try value(.skill, defaults.skill)
        maxSkills = try value(.maxSkills, defaults.maxSkills)
        education = try value(.education, defaults.education)
        experience = try value(.experience, defaults.experience)
        district = try value(.district, defaults.district)
        certificate = try value(.certificate, defaults.certificate)
        level = try value(.level, defaults.level)
    }

    enum CodingKeys: String, CodingKey {
        case occupation
        case relatedOccupation = "related_occupation"
        case skill
        case maxSkills = "max_skills"
        case education, experience, district, certificate, level
    }
}
