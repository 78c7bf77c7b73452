/// One thing wrong with a policy or reference file, located by its key path
/// (`measures[0].tasks[1].departments[0]`), so an administrator can find it in the file.
public struct PolicyProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Every problem found in a file; thrown so that start-up can list them all at once.
public struct PolicyFileError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [PolicyProblem]

    public init(file: String, problems: [PolicyProblem]) {
        self.file = file
        self.problems = problems
    }

    public var description: String {
        (["\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s")"]
            + problems.map { "  - \($0)" }).joined(separator: "\n")
    }
}

/// Writes a Codable key path the way the YAML file reads: `a.b[2].c`.
public func keyPathString(_ path: [any CodingKey]) -> String {
    path.reduce(into: "") { result, key in
        if let index = key.intValue {
            result += "[\(index)]"
        } else {
            result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
        }
    }
}
