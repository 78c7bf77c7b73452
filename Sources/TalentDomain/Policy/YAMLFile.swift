import Yams

/// Decodes a YAML text into a Codable type, turning every decoding failure into a
/// `PolicyProblem` that names the key path instead of a Swift error dump.
enum YAMLFile {
    static func decode<T: Decodable>(_ type: T.Type, from text: String) -> Result<T, PolicyProblem> {
        do {
            return .success(try YAMLDecoder().decode(T.self, from: text))
        } catch let error as DecodingError {
            return .failure(problem(for: error))
        } catch {
            return .failure(PolicyProblem(path: "", message: "not valid YAML: \(error)"))
        }
    }

    private static func problem(for error: DecodingError) -> PolicyProblem {
        switch error {
        case let .keyNotFound(key, context):
            return PolicyProblem(
                path: keyPathString(context.codingPath + [key]), message: "missing field")
        case let .typeMismatch(type, context):
            return PolicyProblem(
                path: keyPathString(context.codingPath), message: "expected \(describe(type))")
        case let .valueNotFound(type, context):
            return PolicyProblem(
                path: keyPathString(context.codingPath), message: "missing value (\(describe(type)))")
        case let .dataCorrupted(context):
            return PolicyProblem(
                path: keyPathString(context.codingPath), message: context.debugDescription)
        @unknown default:
            return PolicyProblem(path: "", message: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a text"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Bool.Type: "true or false"
        default: "\(type)".contains("Array") ? "a list" : "a mapping"
        }
    }
}
