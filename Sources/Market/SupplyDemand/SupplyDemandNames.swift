import Fluent
import Foundation
import Reference
import SiteKit
import Vapor

/// The names the map shows for occupation and chain codes, in the reader's language.
struct SupplyDemandNames: Sendable {
    var occupations: [String: String] = [:]
    var chains: [String: String] = [:]

    func occupation(_ code: String) -> String { occupations[code].map { "\(code) \($0)" } ?? code }
    func chain(_ code: String, _ m: Messages) -> String { code.isEmpty ? m(.mapNoChain) : chains[code] ?? code }

    static func load(_ req: Request, occupations codes: [String]) async throws -> SupplyDemandNames {
        let zh = req.messages.language == .zh
        var names = SupplyDemandNames()
        if !codes.isEmpty {
            for row in try await Occupation.query(on: req.db).filter(\.$id ~~ codes).all() {
                names.occupations[row.id ?? ""] = zh ? row.nameZh : row.nameEn
            }
        }
        for row in try await IndustryChain.query(on: req.db).all() {
            names.chains[row.id ?? ""] = zh ? row.nameZh : row.nameEn
        }
        return names
    }
}
