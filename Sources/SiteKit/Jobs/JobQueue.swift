import Fluent
import Foundation
import SQLKit
import TalentDomain
import Vapor

/// What the `jobs` table is asked: add a job, claim the next one, report progress, end it.
/// Every change of state is one conditional statement, so two instances never both hold
/// a job.
package enum JobQueue {
    /// How long a claim lasts without a progress report: a job reports at least every
    /// few seconds, so a claim that ran out means its process died.
    package static let lease: TimeInterval = 60

    /// Adds a job, with the file it works on sealed beside it; returns its id.
    package static func enqueue(
        kind: String, payload: some Encodable, file: [UInt8]? = nil, createdBy: UUID?,
        maxAttempts: Int = 3, cipher: PersonalDataCipher, on db: any Database
    ) async throws -> UUID {
        let job = Job(
            kind: kind, payload: String(decoding: try JSONEncoder().encode(payload), as: UTF8.self),
            createdBy: createdBy, maxAttempts: maxAttempts)
        let sealed = try file.map { try cipher.sealedBox(Data($0)) }
        return try await db.writeTransaction { db in
            try await job.create(on: db)
            let id = try job.requireID()
            if let sealed { try await JobFile(jobID: id, sealed: sealed).create(on: db) }
            return id
        }
    }

    /// Claims, for `owner`, the oldest job that waits, or whose claim ran out (its process
    /// died) and that may be tried again; nil when there is none.
    package static func claimNext(owner: String, now: Date, on db: any Database) async throws -> Job? {
        try await releaseGoneOwners(me: owner, now: now, on: db)
        let claimed = try await db.writeTransaction { db in
            let sql = db as! any SQLDatabase
            // PostgreSQL: instances claiming at the same moment skip each other's locked
            // row instead of waiting for it. SQLite has one writer at a time anyway.
            let skipLocked = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
            return try await sql.raw(
                """
                UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_owner = \(bind: owner), \
                lease_expires_at = \(bind: now.addingTimeInterval(lease)), started_at = COALESCE(started_at, \(bind: now)) \
                WHERE id = (SELECT id FROM jobs WHERE attempts < max_attempts \
                AND (state = 'queued' OR (state = 'running' AND lease_expires_at < \(bind: now))) \
                ORDER BY created_at LIMIT 1\(unsafeRaw: skipLocked)) RETURNING id
                """
            ).first()?.decode(column: "id", as: UUID.self)
        }
        return try await claimed.asyncFlatMap { try await Job.find($0, on: db) }
    }

    /// Running jobs whose claim ran out (or whose process is gone) with no attempt left.
    package static func abandoned(owner: String, now: Date, on db: any Database) async throws -> [Job] {
        try await releaseGoneOwners(me: owner, now: now, on: db)
        return try await Job.query(on: db).filter(\.$state == .running).filter(\.$leaseExpiresAt < now).all()
            .filter { $0.attempts >= $0.maxAttempts }
    }

    /// Records how far job `id` is and renews its claim, if `owner` still holds it;
    /// otherwise throws `LeaseLost`, and the work stops.
    package static func report(
        _ id: UUID, owner: String, done: Int, total: Int, phase: String?, now: Date, on db: any Database
    )
        async throws
    {
        let renewed = try await (db as! any SQLDatabase).raw(
            """
            UPDATE jobs SET done = \(bind: done), total = \(bind: total), phase = \(bind: phase), \
            lease_expires_at = \(bind: now.addingTimeInterval(lease)) \
            WHERE id = \(bind: id) AND lease_owner = \(bind: owner) AND state = 'running' RETURNING id
            """
        ).first()
        if renewed == nil { throw LeaseLost() }
    }

    /// Ends job `id` — held by `owner`, or by anyone for an abandoned job — and deletes its
    /// file. False when it was no longer running (another instance ended it).
    @discardableResult
    package static func finish(
        _ id: UUID, owner: String?, succeeded: Bool, error: String? = nil, now: Date, on db: any Database
    )
        async throws -> Bool
    {
        try await db.writeTransaction { db in
            let state = succeeded ? Job.State.succeeded : .failed
            let held: SQLQueryString = owner.map { "AND lease_owner = \(bind: $0)" } ?? ""
            let ended = try await (db as! any SQLDatabase).raw(
                """
                UPDATE jobs SET state = \(bind: state.rawValue), error = \(bind: error), finished_at = \(bind: now), \
                lease_owner = NULL, lease_expires_at = NULL WHERE id = \(bind: id) AND state = 'running' \(held) \
                RETURNING id
                """
            ).first()
            guard ended != nil else { return false }
            try await JobFile.query(on: db).filter(\.$id == id).delete()
            return true
        }
    }

    /// The sealed file of job `id`, opened.
    package static func file(of id: UUID, cipher: PersonalDataCipher, on db: any Database) async throws -> [UInt8]? {
        try await JobFile.find(id, on: db).flatMap { cipher.openBox($0.sealed) }.map { [UInt8]($0) }
    }

    /// The claim was taken by another instance (this one went silent for a minute).
    package struct LeaseLost: Error {}

    /// Ends the claims of instances on this machine whose process is gone, so that their
    /// jobs are taken up now rather than when the claims run out.
    private static func releaseGoneOwners(me: String, now: Date, on db: any Database) async throws {
        let gone = try await Job.query(on: db).filter(\.$state == .running).all()
            .filter { ownerIsGone($0.leaseOwner, me: me) }
        for job in gone {
            let (id, owner) = (try job.requireID(), job.leaseOwner)
            try await db.writeTransaction { db in
                try await Job.query(on: db).filter(\.$id == id).filter(\.$leaseOwner == owner)
                    .set(\.$leaseExpiresAt, to: now.addingTimeInterval(-1)).update()
            }
        }
    }

    /// Whether the instance `owner` (`Application.instanceID`) is certainly gone: it ran
    /// on this machine and its process has ended, or it was an earlier run of this process
    /// id (a restarted container).
    package static func ownerIsGone(_ owner: String?, me: String) -> Bool {
        guard let owner, owner != me else { return false }
        let (theirs, mine) = (owner.split(separator: ":"), me.split(separator: ":"))
        guard theirs.count == 3, mine.count == 3, theirs[0] == mine[0], let pid = Int32(theirs[1]) else { return false }
        return theirs[1] == mine[1] || (kill(pid, 0) != 0 && errno == ESRCH)
    }
}
