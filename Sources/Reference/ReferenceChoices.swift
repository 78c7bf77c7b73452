import Fluent
import Foundation
import SiteKit
import Synchronization
import TalentDomain
import Vapor

/// One entry of a reference list as a page offers it for choosing: a code and its names.
package struct ReferenceChoice: Sendable, Hashable {
    package var code: String
    package var nameZh: String
    package var nameEn: String

    package init(code: String, nameZh: String, nameEn: String) {
        (self.code, self.nameZh, self.nameEn) = (code, nameZh, nameEn)
    }

    package func name(_ language: DisplayLanguage) -> String { language == .zh ? nameZh : nameEn }

    /// `4-04-05-01 数据分析处理工程技术人员`, as occupations are listed.
    package func codedName(_ language: DisplayLanguage) -> String { "\(code) \(name(language))" }
}

/// The reference lists that filter forms offer — districts, digital occupations, key
/// industry chains — kept in memory as values for a few seconds. The talent search page
/// decoded the hundred-odd occupations through Fluent on every request, a seventh of its
/// time at a million profiles; the lists change a few times a year.
///
/// What may be stale, and for how long: a change this process makes through Fluent empties
/// the lists at once (`AfterModelChange`); a change made elsewhere (another
/// instance, a `talent` command) shows within `lifetime`.
package final class ReferenceChoices: Sendable {
    package static let lifetime: TimeInterval = 10

    package struct Lists: Sendable {
        package var districts: [ReferenceChoice]
        package var digitalOccupations: [ReferenceChoice]
        package var chains: [ReferenceChoice]
    }

    private struct Cached {
        var lists: Lists
        var loadedAt: Date
        var generation: Int
    }

    private struct State {
        var cached: Cached?
        /// Moved on by every change, so lists read before a change are not kept after it.
        var generation = 0
    }

    private let state = Mutex(State())

    package init() {}

    /// The lists, read from the database when older than `lifetime` or changed since.
    package func lists(on db: any Database, now: Date) async throws -> Lists {
        let (fresh, generation) = state.withLock { state -> (Lists?, Int) in
            guard let cached = state.cached, cached.generation == state.generation,
                now.timeIntervalSince(cached.loadedAt) < Self.lifetime, cached.loadedAt <= now
            else { return (nil, state.generation) }
            return (cached.lists, state.generation)
        }
        if let fresh { return fresh }
        let lists = Lists(
            districts: try await District.query(on: db).sort(\.$id).all().map {
                ReferenceChoice(code: $0.id ?? "", nameZh: $0.nameZh, nameEn: $0.nameEn)
            },
            digitalOccupations: try await Occupation.query(on: db).filter(\.$isDigital == true).sort(\.$id).all()
                .map(ReferenceChoice.init),
            chains: try await IndustryChain.query(on: db).sort(\.$id).all().map {
                ReferenceChoice(code: $0.id ?? "", nameZh: $0.nameZh, nameEn: $0.nameEn)
            })
        state.withLock { state in
            if state.generation == generation {
                state.cached = Cached(lists: lists, loadedAt: now, generation: generation)
            }
        }
        return lists
    }

    /// The digital occupations, and any other occupation among `chosen` (a filter keeps
    /// showing what was chosen), in code order.
    package func occupations(chosen: [String], on db: any Database, now: Date) async throws -> [ReferenceChoice] {
        let digital = try await lists(on: db, now: now).digitalOccupations
        let known = Set(digital.map(\.code))
        let others = chosen.filter { !known.contains($0) }
        guard !others.isEmpty else { return digital }
        let extra = try await Occupation.query(on: db).filter(\.$id ~~ others).all().map(ReferenceChoice.init)
        return (digital + extra).sorted { $0.code < $1.code }
    }

    /// Forgets the lists: the next request reads them again.
    package func removeAll() {
        state.withLock { state in
            state.cached = nil
            state.generation += 1
        }
    }
}

extension ReferenceChoice {
    init(_ occupation: Occupation) {
        self.init(code: occupation.id ?? "", nameZh: occupation.nameZh, nameEn: occupation.nameEn)
    }
}

extension Application {
    private struct ReferenceChoicesKey: StorageKey {
        typealias Value = ReferenceChoices
    }

    /// The process's cache of reference lists (`ReferenceChoices`), with the Fluent
    /// middleware that keeps it in step. Set once at start-up (`useReferenceChoices`).
    package var referenceChoices: ReferenceChoices {
        storage[ReferenceChoicesKey.self] ?? ReferenceChoices()
    }

    package func useReferenceChoices() {
        let choices = ReferenceChoices()
        storage[ReferenceChoicesKey.self] = choices
        databases.middleware.use(AfterModelChange<District> { choices.removeAll() })
        databases.middleware.use(AfterModelChange<Occupation> { choices.removeAll() })
        databases.middleware.use(AfterModelChange<IndustryChain> { choices.removeAll() })
    }
}
