import Foundation
import SiteKit
import Vapor

/// `talent backup FILE`: the whole database as one file, taken while the platform serves
/// (`DatabaseBackup`).
package struct BackupCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Argument(name: "file", help: "Where to write the backup (never overwritten).")
        var file: String
    }

    package let help = "Backs up the database while the platform serves: talent backup FILE"

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let m = Messages(language: CommandLanguage.current)
        guard let choice = app.databaseChoice else { return }
        do { try await DatabaseBackup.backup(choice, db: app.db, to: signature.file) } catch let problem
            as DatabaseBackup.Problem
        {
            throw CommandFailure(message: problem.message(m))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: signature.file)[.size] as? Int) ?? 0
        context.console.print(
            m(
                .backupDone(
                    path: signature.file, size: ByteCountFormatter.string(fromByteCount: Int64(size), countStyle: .file)
                )))
    }
}

/// `talent restore FILE`: a backup put back into an empty data folder or database.
package struct RestoreCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Argument(name: "file", help: "A file written by talent backup on the same engine.")
        var file: String
    }

    package let help = "Restores a backup into an empty data folder or database: talent restore FILE"

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let m = Messages(language: CommandLanguage.current)
        guard let choice = app.databaseChoice else { return }
        do { try await DatabaseBackup.restore(choice, db: app.db, from: signature.file) } catch let problem
            as DatabaseBackup.Problem
        {
            throw CommandFailure(message: problem.message(m))
        }
        context.console.print(m(.restoreDone))
    }
}
