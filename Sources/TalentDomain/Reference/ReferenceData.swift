/// 数字职业: an occupation of the 2022 national occupational classification (职业分类大典).
public struct OccupationEntry: Codable, Hashable, Sendable {
    /// National code, `2-02-38-01` for an occupation or `2-02-38` for its small group.
    public var code: String
    public var name: LocalizedText
    public var kind: Kind
    /// Marked S (digital occupation) in the 2022 edition.
    public var isDigital: Bool
    /// Older codes (2015 edition) that mean the same occupation.
    public var aliases: [String]
    /// False where no source we had confirmed the code and name; shown to administrators.
    public var verified: Bool

    enum CodingKeys: String, CodingKey {
        case code, name, kind, aliases, verified
        case isDigital = "is_digital"
    }

    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case group, occupation
    }
}

public struct OccupationCatalog: Codable, Hashable, Sendable {
    public var edition: String
    public var occupations: [OccupationEntry]
}

/// 区县 and functional zones of Zibo.
public struct DistrictEntry: Codable, Hashable, Sendable {
    /// Administrative division code (`370303`); functional zones have none and use `ZONE-…`.
    public var code: String
    public var name: LocalizedText
    public var kind: Kind

    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case district, county, zone
    }
}

public struct DistrictList: Codable, Hashable, Sendable {
    public var districts: [DistrictEntry]
}

/// 重点产业链: only the chains the policy text names ship; administrators add the rest.
public struct IndustryChainEntry: Codable, Hashable, Sendable {
    public var code: String
    public var name: LocalizedText
    public var source: String
}

public struct IndustryChainList: Codable, Hashable, Sendable {
    public var industryChains: [IndustryChainEntry]

    enum CodingKeys: String, CodingKey {
        case industryChains = "industry_chains"
    }
}

/// The shipped reference data, decoded and validated together.
public struct ReferenceData: Hashable, Sendable {
    public var occupations: OccupationCatalog
    public var districts: DistrictList
    public var industryChains: IndustryChainList

    /// Decodes the three files' texts, keyed by file name. Throws listing every problem.
    public static func load(
        occupations: (file: String, text: String),
        districts: (file: String, text: String),
        industryChains: (file: String, text: String)
    ) throws(PolicyFileError) -> ReferenceData {
        let catalog = try decodeValid(OccupationCatalog.self, occupations, validate: validate)
        let districtList = try decodeValid(DistrictList.self, districts, validate: validate)
        let chains = try decodeValid(IndustryChainList.self, industryChains, validate: validate)
        return ReferenceData(occupations: catalog, districts: districtList, industryChains: chains)
    }

    private static func decodeValid<T: Decodable>(
        _ type: T.Type, _ source: (file: String, text: String),
        validate: (T) -> [PolicyProblem]
    ) throws(PolicyFileError) -> T {
        switch YAMLFile.decode(T.self, from: source.text) {
        case let .failure(problem):
            throw PolicyFileError(file: source.file, problems: [problem])
        case let .success(value):
            let problems = validate(value)
            guard problems.isEmpty else { throw PolicyFileError(file: source.file, problems: problems) }
            return value
        }
    }

    static func validate(_ catalog: OccupationCatalog) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        var seen: [String: String] = [:]
        for (index, entry) in catalog.occupations.enumerated() {
            let path = "occupations[\(index)]"
            let parts = entry.code.split(separator: "-", omittingEmptySubsequences: false)
            let wellFormed =
                (parts.count == 3 || parts.count == 4)
                && parts[0].count == 1 && parts.dropFirst().allSatisfy { $0.count == 2 }
                && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
            if !wellFormed {
                problems.append(
                    PolicyProblem(
                        path: "\(path).code",
                        message: "must look like 2-02-38-01 or 2-02-38"))
            }
            for (code, field) in [(entry.code, "code")] + entry.aliases.enumerated().map({ ($1, "aliases[\($0)]") }) {
                if let first = seen[code] {
                    problems.append(
                        PolicyProblem(
                            path: "\(path).\(field)",
                            message: "code \"\(code)\" already used at \(first)"))
                } else {
                    seen[code] = path
                }
            }
        }
        return problems
    }

    static func validate(_ list: DistrictList) -> [PolicyProblem] {
        duplicates(list.districts.map(\.code), "districts")
    }

    static func validate(_ list: IndustryChainList) -> [PolicyProblem] {
        duplicates(list.industryChains.map(\.code), "industry_chains")
    }

    private static func duplicates(_ codes: [String], _ path: String) -> [PolicyProblem] {
        var seen = Set<String>()
        return codes.enumerated().compactMap { index, code in
            seen.insert(code).inserted
                ? nil
                : PolicyProblem(path: "\(path)[\(index)].code", message: "duplicate code \"\(code)\"")
        }
    }
}
