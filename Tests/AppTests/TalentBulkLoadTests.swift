import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

/// The command-line import's load path (issue 19): the secondary indexes that enforce
/// nothing are dropped and rebuilt around a load into a small pool, and on SQLite the
/// search words reach FTS5 in one statement at the end.
@Suite("Bulk load: indexes rebuilt, search words staged, nothing left behind")
struct TalentBulkLoadTests {
    @Test func anImportIntoAnEmptyPoolLeavesEveryIndexAsItWasAndEveryRowFindable() async throws {
        try await TestApp.run { app, _ in
            let sql = app.db as! any SQLDatabase
            let before = try await Self.indexes(on: sql)
            let bytes = try await ImportFiles.demo(app, talents: 300)
            let summary = try await ImportFiles.run(app, bytes)
            #expect(summary.created == 300)
            #expect(try await Self.indexes(on: sql) == before)
            // Each imported name finds its profile through the search index.
            let names = ImportFiles.lines(bytes).dropFirst().prefix(20).compactMap {
                $0.split(separator: ",").first.map(String.init)
            }
            for name in names {
                let found = try await TalentSearchQuery(keyword: name).run(
                    scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
                #expect(found.items.contains { $0.name == name }, "\(name) is not found after the import")
            }
            if !TalentSearchIndex.isPostgres(sql) {
                // One index entry per profile, the hash back at FTS5's default, no staging table.
                let words = try await sql.raw("SELECT COUNT(*) AS n FROM talent_search_docsize").first()?
                    .decode(column: "n", as: Int.self)
                #expect(words == 300)
                let hash = try await sql.raw("SELECT v FROM talent_search_config WHERE k = 'hashsize'").first()?
                    .decode(column: "v", as: Int.self)
                #expect(hash == nil || hash == 1024 * 1024)
                let staging = try await sql.raw(
                    "SELECT COUNT(*) AS n FROM temp.sqlite_master WHERE name = 'talent_search_load'"
                ).first()?.decode(column: "n", as: Int.self)
                #expect(staging == 0)
            }
        }
    }

    @Test func aRefusedFileTakesTheDroppedIndexesBackWithItsRows() async throws {
        try await TestApp.run { app, _ in
            let sql = app.db as! any SQLDatabase
            let before = try await Self.indexes(on: sql)
            var lines = ImportFiles.lines(try await ImportFiles.demo(app, talents: 50))
            lines[40] = ImportFiles.breakingID(lines[40])
            let summary = try await ImportFiles.run(app, ImportFiles.bytes(lines))
            #expect(!summary.wrote)
            #expect(try await Talent.query(on: app.db).count() == 0)
            #expect(try await Self.indexes(on: sql) == before)
        }
    }

    @Test func aSecondImportIntoThePoolAddsToTheIndexAndKeepsTheFirst() async throws {
        try await TestApp.run { app, _ in
            let first = try await ImportFiles.demo(app, talents: 40, seed: 21)
            let second = try await ImportFiles.demo(app, talents: 40, seed: 22)
            #expect(try await ImportFiles.run(app, first).created == 40)
            #expect(try await ImportFiles.run(app, second).created == 40)
            for bytes in [first, second] {
                let name = try #require(ImportFiles.lines(bytes)[1].split(separator: ",").first.map(String.init))
                let found = try await TalentSearchQuery(keyword: name).run(
                    scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
                #expect(found.items.contains { $0.name == name })
            }
            // Keys stay unique and ascending across both loads.
            let keys = try await Talent.query(on: app.db).sort(\.$searchKey).all().compactMap(\.searchKey)
            #expect(keys == Array(1...80))
        }
    }

    @Test func quotesBackslashesAndSeveralSkillsReadBackAsTheyWereWritten() async throws {
        try await TestApp.run { app, _ in
            var lines = ImportFiles.lines(try await ImportFiles.demo(app, talents: 3))
            var cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[6] = #"O'Brien\学院"#
            cells[11] = #"it's、C:\tools、数据分析"#
            lines[1] = cells.joined(separator: ",")
            #expect(try await ImportFiles.run(app, ImportFiles.bytes(lines)).created == 3)
            let talent = try #require(try await Talent.query(on: app.db).filter(\.$name == cells[0]).first())
            #expect(talent.school == #"O'Brien\学院"#)
            #expect(talent.skillList == ["it's", #"C:\tools"#, "数据分析"])
            let found = try await TalentSearchQuery(keyword: "O'Brien").run(
                scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
            #expect(found.items.map(\.name) == [cells[0]])
        }
    }

    @Test func aLargePoolKeepsItsIndexesDuringTheLoad() async throws {
        try await TestApp.run { app, _ in
            let dropped = try await Self.droppedIndexes(app, smallPool: 0)
            #expect(dropped == [])
            let small = try await Self.droppedIndexes(app, smallPool: TalentBulkLoad.smallPool)
            // Only indexes that enforce nothing are dropped: never a UNIQUE one.
            #expect(small.contains { $0.contains("talents_name") })
            if TalentSearchIndex.isPostgres(app.db as! any SQLDatabase) {
                #expect(small.contains { $0.contains("talents_search") && $0.contains("gin") })
            }
            #expect(!small.contains { $0.uppercased().hasPrefix("CREATE UNIQUE") })
        }
    }

    /// What `begin` drops, in a transaction that is then rolled back.
    static func droppedIndexes(_ app: Application, smallPool: Int) async throws -> [String] {
        struct Undo: Error { var dropped: [String] }
        do {
            try await app.db.transaction { db in
                let load = try await TalentBulkLoad.begin(on: db as! any SQLDatabase, smallPool: smallPool)
                throw Undo(dropped: load.droppedIndexes)
            }
        } catch let undo as Undo {
            return undo.dropped
        }
        return []
    }

    /// Every index on the profile tables, with its definition.
    static func indexes(on sql: any SQLDatabase) async throws -> [String] {
        let query: SQLQueryString =
            TalentSearchIndex.isPostgres(sql)
            ? """
            SELECT CAST(indexname AS TEXT) || ' ' || indexdef AS d FROM pg_indexes \
            WHERE schemaname = current_schema() AND tablename IN ('talents', 'talent_attributes') ORDER BY indexname
            """
            : """
            SELECT name || ' ' || COALESCE(sql, '') AS d FROM sqlite_master \
            WHERE type = 'index' AND tbl_name IN ('talents', 'talent_attributes') ORDER BY name
            """
        return try await sql.raw(query).all().map { try $0.decode(column: "d", as: String.self) }
    }
}
