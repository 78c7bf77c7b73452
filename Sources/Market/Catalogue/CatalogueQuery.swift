import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain

/// Reading the catalogue: the year's current edition (its latest published), the years
/// that have one, and an edition's entries with the names of their occupations and
/// chains, filtered as the public page and the API ask.
package enum CatalogueQuery {
    /// An entry with what a reader needs to print it.
    package struct Row: Sendable {
        package var entry: CatalogueEntryDraft
        package var occupationName: LocalizedText
        package var chainName: LocalizedText
    }

    /// What the catalogue page and its downloads filter by.
    package struct Filter: Sendable, Equatable {
        package var chain: String?
        /// Part of an occupation's code or name, in any case.
        package var occupation: String?
        package var urgency: ShortageUrgency?

        package init(chain: String? = nil, occupation: String? = nil, urgency: ShortageUrgency? = nil) {
            (self.chain, self.occupation, self.urgency) = (chain, occupation, urgency)
        }

        func admits(_ row: Row) -> Bool {
            if let chain, row.entry.key.chainCode != chain { return false }
            if let urgency, row.entry.urgency != urgency { return false }
            if let occupation = occupation?.lowercased() {
                let haystack = [row.entry.key.occupationCode, row.occupationName.zh, row.occupationName.en]
                    .joined(separator: " ").lowercased()
                return haystack.contains(occupation)
            }
            return true
        }
    }

    /// The year's latest published edition.
    package static func current(year: Int, on db: any Database) async throws -> CatalogueEdition? {
        try await CatalogueEdition.query(on: db).filter(\.$year == year).filter(\.$state == .published)
            .sort(\.$number, .descending).first()
    }

    /// The years with a published edition, latest first.
    package static func publishedYears(on db: any Database) async throws -> [Int] {
        let years = try await CatalogueEdition.query(on: db).filter(\.$state == .published).all(\.$year)
        return Array(Set(years)).sorted(by: >)
    }

    /// Published editions (of `year`, if given), latest first: the public list.
    package static func published(year: Int? = nil, on db: any Database) async throws -> [CatalogueEdition] {
        var query = CatalogueEdition.query(on: db).filter(\.$state == .published)
        if let year { query = query.filter(\.$year == year) }
        return try await query.sort(\.$year, .descending).sort(\.$number, .descending).all()
    }

    /// Every edition, drafts too, latest first: the departments' list.
    package static func all(on db: any Database) async throws -> [CatalogueEdition] {
        try await CatalogueEdition.query(on: db).sort(\.$year, .descending).sort(\.$number, .descending).all()
    }

    /// The edition's entries in catalogue order, with names, as `filter` admits.
    package static func rows(of editionID: UUID, filter: Filter = Filter(), on db: any Database) async throws
        -> [Row]
    {
        let entries = try await CatalogueEntry.query(on: db).filter(\.$edition.$id == editionID)
            .sort(\.$position).all()
        return try await named(entries.map(\.draft), on: db).filter(filter.admits)
    }

    /// Entries with the names of their occupations and chains (a code no longer known
    /// shows as itself).
    package static func named(_ entries: [CatalogueEntryDraft], on db: any Database) async throws -> [Row] {
        let occupationCodes = Array(Set(entries.map(\.key.occupationCode)))
        let chainCodes = Array(Set(entries.map(\.key.chainCode)))
        var occupations: [String: LocalizedText] = [:]
        if !occupationCodes.isEmpty {
            for row in try await Occupation.query(on: db).filter(\.$id ~~ occupationCodes).all() {
                occupations[row.id ?? ""] = LocalizedText(zh: row.nameZh, en: row.nameEn)
            }
        }
        var chains: [String: LocalizedText] = [:]
        if !chainCodes.isEmpty {
            for row in try await IndustryChain.query(on: db).filter(\.$id ~~ chainCodes).all() {
                chains[row.id ?? ""] = LocalizedText(zh: row.nameZh, en: row.nameEn)
            }
        }
        return entries.map { entry in
            let occupation = entry.key.occupationCode
            let chain = entry.key.chainCode
            return Row(
                entry: entry, occupationName: occupations[occupation] ?? LocalizedText(zh: occupation, en: occupation),
                chainName: chains[chain] ?? LocalizedText(zh: chain, en: chain))
        }
    }

    /// What `edition` changes against the edition it supersedes — or, for a draft,
    /// against the year's current edition — with the names of the entries it touches;
    /// nil when there is none to compare with.
    package static func correction(of edition: CatalogueEdition, on db: any Database) async throws
        -> CatalogueCorrection?
    {
        let base: CatalogueEdition? =
            if let superseded = edition.supersedesID {
                try await CatalogueEdition.find(superseded, on: db)
            } else if edition.state == .draft {
                try await current(year: edition.year, on: db)
            } else {
                nil
            }
        guard let base, let baseID = base.id, let editionID = edition.id else { return nil }
        let old = try await CatalogueEntry.query(on: db).filter(\.$edition.$id == baseID).sort(\.$position).all()
        let new = try await CatalogueEntry.query(on: db).filter(\.$edition.$id == editionID).sort(\.$position).all()
        let difference = CatalogueDifference(from: old.map(\.draft), to: new.map(\.draft))
        let touched = difference.added + difference.removed + difference.changed.map(\.new)
        var names: [CatalogueKey: Row] = [:]
        for row in try await named(touched, on: db) { names[row.entry.key] = row }
        return CatalogueCorrection(base: base, difference: difference, names: names)
    }
}

/// A correcting edition against the one it supersedes (or a draft against the year's
/// current edition): what changed, and the names to print it with.
package struct CatalogueCorrection: Sendable {
    package var base: CatalogueEdition
    package var difference: CatalogueDifference
    package var names: [CatalogueKey: CatalogueQuery.Row]
}
