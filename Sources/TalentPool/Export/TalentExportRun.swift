import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// An export of a large search made by a background job (issue 17: an export with
/// progress for large sets): the search as its links carry it, the format, how it went,
/// and the file, sealed with the personal-data key because it holds names and, for those
/// who may see them, full ID numbers. Only the person who asked may read it; it is
/// deleted after `TalentExportRun.kept`, and at once when anyone is erased.
package final class TalentExportRun: Model, @unchecked Sendable {
    package static let schema = "talent_exports"
    /// How long a finished file waits to be downloaded.
    package static let kept: TimeInterval = 24 * 3600

    @ID(key: .id) package var id: UUID?
    @OptionalField(key: "job_id") package var jobID: UUID?
    @Field(key: "requested_by") package var requestedBy: UUID
    /// `TalentSearchQuery.parameters` as a query string.
    @Field(key: "parameters") package var parameters: String
    @Enum(key: "format") package var format: TalentExport.Format
    @Enum(key: "status") package var status: Status
    @OptionalField(key: "row_count") package var rowCount: Int?
    @OptionalField(key: "sealed") package var sealed: Data?
    /// Why it failed, in both languages (JSON `{"zh":…,"en":…}`).
    @OptionalField(key: "problem") package var problem: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @OptionalField(key: "finished_at") package var finishedAt: Date?

    package init() {}

    package init(requestedBy: UUID, parameters: [(String, String)], format: TalentExport.Format) {
        self.requestedBy = requestedBy
        self.parameters = TalentSearchPageModel.encode(parameters)
        (self.format, self.status) = (format, .running)
    }

    package enum Status: String, Codable, Sendable {
        case running, done, failed
    }

    /// The search's parameters, as they were encoded.
    package var parameterPairs: [(String, String)] {
        parameters.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? "" }
            return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
        }
    }

    /// Deletes the exports made before `cutoff`, their files with them.
    package static func expire(before cutoff: Date, on db: any Database) async throws {
        try await query(on: db).filter(\.$createdAt < cutoff).delete()
    }

    package func problemText(_ language: DisplayLanguage) -> String? {
        problem.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }?[language.rawValue]
    }
}

extension Application {
    private struct BackgroundFromKey: StorageKey {
        typealias Value = Int
    }

    /// From how many results the search page makes its export in the background rather
    /// than in the request (a test lowers it). About 2 s of work on a desk machine.
    package var talentExportsInBackgroundFrom: Int {
        get { storage[BackgroundFromKey.self] ?? 2_000 }
        set { storage[BackgroundFromKey.self] = newValue }
    }
}
