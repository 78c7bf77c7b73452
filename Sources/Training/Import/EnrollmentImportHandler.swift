import Accounts
import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// A cohort's enrolment file uploaded on the web, as a job (issue 15): the import is one
/// transaction (`EnrollmentImporter`), so an attempt that dies leaves nothing and the next
/// starts clean; the outcome is written on the import's row in that same transaction.
package struct EnrollmentImportHandler: JobHandler {
    package static let kind = "enrollment-import"
    package var kind: String { Self.kind }

    package func run(_ job: JobContext) async throws {
        let payload = try job.decode(ImportJobPayload.self)
        let app = job.app
        guard let record = try await EnrollmentImport.find(payload.importID, on: app.db), record.status == .running,
            let cohort = try await Cohort.find(record.$cohort.id, on: app.db),
            let program = try await Program.query(on: app.db).with(\.$provider)
                .filter(\.$id == cohort.$program.id).first()
        else { return }
        try await job.report(done: 0, total: 1, phase: "write", on: app.db)
        let actor = try await record.createdBy.asyncFlatMap { try await User.find($0, on: app.db) }?.actor
        let importer = EnrollmentImporter(
            cohort: cohort, program: program, partial: record.partial, fileName: record.fileName,
            createdBy: record.createdBy, cipher: app.personalData,
            context: app.writeContext(actor: actor, requestID: payload.requestID))
        do {
            guard let bytes = try await job.file() else { throw ImportFileProblem.empty }
            _ = try await importer.run(
                try ImportSource(bytes: bytes), record: payload.importID, on: app.db(.bulk))
        } catch let problem as ImportFileProblem {
            try await Self.fail(payload.importID, JobRunner.errorText { problem.message($0) }, app: app)
            throw problem
        } catch let refusal as FieldErrors {
            // The cohort stopped taking enrolments between the upload and the job.
            try await Self.fail(payload.importID, JobRunner.errorText { $0(refusal.message) }, app: app)
        }
    }

    package func abandon(_ job: JobContext) async throws {
        let payload = try job.decode(ImportJobPayload.self)
        try await Self.fail(payload.importID, JobRunner.errorText { $0(.jobInterrupted) }, app: job.app)
    }

    private static func fail(_ importID: UUID, _ problem: String, app: Application) async throws {
        try await app.db.writeTransaction { db in
            try await EnrollmentImport.query(on: db).filter(\.$id == importID).filter(\.$status == .running)
                .set(\.$status, to: .failed).set(\.$problem, to: problem).update()
        }
    }
}
