import Foundation
import SiteKit
import TalentDomain
import Vapor

extension VoucherBatchQuery {
    /// The batch page's `status`, `q` (part of a holder's name) and `page`; a bad one is a
    /// 400 naming it.
    package init(request req: Request, batchID: UUID) throws {
        func text(_ name: String) -> String? { req.query[String.self, at: name].trimmedText }
        func invalid(_ name: String) -> Abort {
            Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: name)))
        }
        self.init(batchID: batchID)
        if let raw = text("status") {
            guard let status = VoucherStatus(rawValue: raw) else { throw invalid("status") }
            self.status = status
        }
        // LIKE wildcards removed, as the course search does: a typed `%` is not a pattern.
        holder = text("q").map { String($0.prefix(50)).filter { !"%_\\".contains($0) } }
            .flatMap { $0.isEmpty ? nil : $0 }
        if let raw = text("page") {
            guard let page = Int(raw), (1...1_000).contains(page) else { throw invalid("page") }
            self.page = page
        }
    }
}
