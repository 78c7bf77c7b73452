import Fluent
import Foundation
import SQLKit

/// How long an import's claim on its row lasts without being renewed: it is renewed with
/// every batch (about every second), so a lease that ran out means the import died.
enum ImportLease {
    static let duration: TimeInterval = 60

    /// The import lost its lease: another instance found it silent for a minute and took
    /// it back. Whatever it was doing stops.
    struct Lost: Error {}

    /// Records how far import `id` is and renews its lease, if `owner` still holds it.
    static func renew(_ id: UUID, owner: String, progress: TalentImporter.Progress, on db: any Database) async throws {
        let renewed = try await (db as! any SQLDatabase).raw(
            """
            UPDATE talent_imports SET rows = \(bind: progress.checked), written_rows = \(bind: progress.written), \
            lease_expires_at = \(bind: Date().addingTimeInterval(duration)) \
            WHERE id = \(bind: id) AND lease_owner = \(bind: owner) AND status = 'running' RETURNING id
            """
        ).first()
        if renewed == nil { throw Lost() }
    }

    /// Whether the instance `owner` (`Application.instanceID`) is certainly gone: it ran on
    /// this machine and its process has ended, or it was an earlier run of this process id.
    /// Its imports need not wait for their lease to run out.
    static func ownerIsGone(_ owner: String?, me: String) -> Bool {
        guard let owner, owner != me else { return false }
        let (theirs, mine) = (owner.split(separator: ":"), me.split(separator: ":"))
        guard theirs.count == 3, mine.count == 3, theirs[0] == mine[0], let pid = Int32(theirs[1]) else { return false }
        return theirs[1] == mine[1] || (kill(pid, 0) != 0 && errno == ESRCH)
    }

    /// A reason in both languages, as `TalentImportJob.problem` keeps it.
    static func problemText(_ reason: (Messages) -> String) throws -> String {
        let text = ["zh": reason(Messages(language: .zh)), "en": reason(Messages(language: .en))]
        return String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
    }
}
