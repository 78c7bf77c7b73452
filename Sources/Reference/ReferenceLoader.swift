import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// Loads the shipped reference files into their tables at every start. Rows are added or
/// updated, never deleted (later records point at them), and rows an administrator
/// changed (`source = admin`) are left alone.
package enum ReferenceLoader {
    /// With `auditKey`, every file that is (re)loaded is recorded in the audit trail.
    package static func load(on database: any Database, auditKey: SymmetricKey? = nil, now: Date) async throws {
        let files = (
            occupations: try ReferenceFile.occupations.read(),
            districts: try ReferenceFile.districts.read(),
            chains: try ReferenceFile.industryChains.read()
        )
        let data = try ReferenceData.load(
            occupations: files.occupations, districts: files.districts,
            industryChains: files.chains)
        try await database.transaction { db in
            try await ifChanged("occupations", files.occupations.text, on: db, auditKey: auditKey, now: now) {
                for entry in data.occupations.occupations {
                    try await upsertOccupation(entry, on: db)
                }
            }
            try await ifChanged("districts", files.districts.text, on: db, auditKey: auditKey, now: now) {
                for entry in data.districts.districts {
                    let row = try await District.find(entry.code, on: db) ?? District()
                    guard row.id == nil || row.source == "shipped" else { continue }
                    row.id = entry.code
                    (row.nameZh, row.nameEn, row.kind, row.source) =
                        (entry.name.zh, entry.name.en, entry.kind.rawValue, "shipped")
                    try await row.save(on: db)
                }
            }
            try await ifChanged("industry-chains", files.chains.text, on: db, auditKey: auditKey, now: now) {
                for entry in data.industryChains.industryChains {
                    let row = try await IndustryChain.find(entry.code, on: db) ?? IndustryChain()
                    guard row.id == nil || row.source != "admin" else { continue }
                    row.id = entry.code
                    (row.nameZh, row.nameEn, row.source) = (entry.name.zh, entry.name.en, entry.source)
                    try await row.save(on: db)
                }
            }
        }
    }

    private static func upsertOccupation(_ entry: OccupationEntry, on db: any Database) async throws {
        let row = try await Occupation.find(entry.code, on: db) ?? Occupation()
        guard row.id == nil || row.source == "shipped" else { return }
        row.id = entry.code
        row.nameZh = entry.name.zh
        row.nameEn = entry.name.en
        row.kind = entry.kind.rawValue
        row.isDigital = entry.isDigital
        row.aliases = entry.aliases.isEmpty ? "" : " \(entry.aliases.joined(separator: " ")) "
        row.verified = entry.verified
        row.searchText = ([entry.code] + entry.aliases + [entry.name.zh, entry.name.en])
            .joined(separator: " ").lowercased()
        row.source = "shipped"
        try await row.save(on: db)
    }

    /// Runs `load` only when the file's checksum differs from the one last loaded.
    private static func ifChanged(
        _ name: String, _ text: String, on db: any Database, auditKey: SymmetricKey?,
        now: Date, load: () async throws -> Void
    ) async throws {
        let checksum = SHA256.hash(data: Data(text.utf8)).hexString
        let record = try await ReferenceDataset.find(name, on: db)
        guard record?.checksum != checksum else { return }
        try await load()
        if let record {
            record.checksum = checksum
            record.loadedAt = now
            try await record.save(on: db)
        } else {
            try await ReferenceDataset(name: name, checksum: checksum, loadedAt: now).create(on: db)
        }
        if let auditKey {
            try await AuditLog.append(
                AuditEntry(
                    .referenceLoad, entityID: name, changedFields: ["checksum"]),
                actor: nil, requestID: "startup", key: auditKey, on: db, now: now)
        }
    }
}
