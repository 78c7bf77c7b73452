import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// What the simulation's pages and API share: starting one from a draft, finding one, and
/// the names its report shows.
enum PolicySimulations {
    /// A policy file is a few tens of kilobytes; 1 MB leaves room and stops abuse.
    static let maxDraftBytes = 1 << 20

    /// Checks the draft as `talent policy check` does and queues its simulation; a draft
    /// that is not valid is refused on `field` with the validator's reason, nothing written.
    static func start(draft bytes: [UInt8], fileName: String, field: String, _ req: Request) async throws
        -> PolicySimulationRun
    {
        let actor = try req.requireActor()
        try req.authorize(.create, .policySimulation)
        guard !bytes.isEmpty else { throw FieldErrors(field, .simulationFileMissing, .required) }
        guard bytes.count <= maxDraftBytes, let text = String(validating: bytes, as: UTF8.self) else {
            throw FieldErrors(field, .simulationFileUnreadable)
        }
        let name = String(fileName.prefix(200))
        let draft: PolicyDocument
        do {
            draft = try PolicyDocument.load(yaml: text, file: name.isEmpty ? "draft.yaml" : name)
        } catch {
            throw FieldErrors(field, .simulationFileInvalid(reason: error.description))
        }
        let active = try req.policy
        let run = PolicySimulationRun(
            createdBy: actor.userID, fileName: name.isEmpty ? "draft.yaml" : name, draft: text,
            draftLabel: label(draft), activeLabel: label(active))
        let context = req.writeContext
        try await req.db.writeTransaction { [cipher = req.application.personalData] db in
            try await run.create(on: db)
            let id = try run.requireID()
            run.jobID = try await JobQueue.enqueue(
                kind: PolicySimulationHandler.kind, payload: PolicySimulationHandler.Payload(simulationID: id),
                createdBy: actor.userID, cipher: cipher, on: db)
            try await run.save(on: db)
            try await context.record(
                AuditEntry(
                    .policySimulationStart, entityID: id.uuidString, changedFields: [run.draftLabel, run.fileName]),
                on: db)
        }
        return run
    }

    /// The simulation of the path's `:id`, if the caller may read it; 404 otherwise.
    static func find(_ req: Request) async throws -> PolicySimulationRun {
        try req.authorize(.read, .policySimulation)
        guard let id = req.parameters.get("id", as: UUID.self),
            let run = try await PolicySimulationRun.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return run
    }

    static func recent(_ req: Request, limit: Int = 20) async throws -> [PolicySimulationRun] {
        try req.authorize(.list, .policySimulation)
        return try await PolicySimulationRun.query(on: req.db)
            .field(\.$id).field(\.$jobID).field(\.$createdBy).field(\.$fileName).field(\.$draftLabel)
            .field(\.$activeLabel).field(\.$status).field(\.$problem).field(\.$createdAt).field(\.$finishedAt)
            .sort(\.$createdAt, .descending).limit(limit).all()
    }

    /// District and occupation names for the codes a report mentions, in `language`.
    static func names(for report: PolicySimulation.Report?, _ language: DisplayLanguage, on db: any Database)
        async throws -> (districts: [String: String], occupations: [String: String])
    {
        guard let report else { return ([:], [:]) }
        let districts = try await District.query(on: db).all().reduce(into: [String: String]()) {
            $0[$1.id ?? ""] = language == .zh ? $1.nameZh : $1.nameEn
        }
        let codes = Set(report.rules.flatMap(\.byOccupation.keys)).filter { !$0.isEmpty }
        let occupations =
            codes.isEmpty
            ? [:]
            : try await Occupation.query(on: db).filter(\.$id ~~ Array(codes)).all().reduce(into: [String: String]()) {
                $0[$1.id ?? ""] = language == .zh ? $1.nameZh : $1.nameEn
            }
        return (districts, occupations)
    }

    private static func label(_ policy: PolicyDocument) -> String { "\(policy.id) v\(policy.version)" }
}
