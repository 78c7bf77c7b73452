import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `talent policy check FILE`: validates a policy file without touching the database.
struct PolicyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "check")
        var action: String

        @Argument(name: "file", help: "The policy YAML file to validate.")
        var file: String
    }

    let help = "Validates a policy file: talent policy check FILE"

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "check" else {
            throw CommandFailure(message: "unknown action \"\(signature.action)\"; use: talent policy check FILE")
        }
        let text: String
        do {
            text = try String(contentsOfFile: signature.file, encoding: .utf8)
        } catch {
            throw CommandFailure(message: "\(signature.file): cannot read the file")
        }
        do {
            let policy = try PolicyDocument.load(yaml: text, file: signature.file)
            context.console.print(
                "\(signature.file): OK — \(policy.id) version \(policy.version), "
                    + "\(policy.measures.count) measures, \(policy.departments.count) departments, "
                    + "\(policy.targets.count) targets")
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}
