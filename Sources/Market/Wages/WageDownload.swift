import Fluent
import Foundation
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Vapor

/// The year's published cells as a file or JSON. A suppressed cell is listed with its
/// counts and no figure in every format, so no download reveals what the page hides.
enum WageDownload {
    static func table(year: Int, messages m: Messages, on db: any Database) async throws -> [[String]] {
        let header = [
            m(.wageCellColumn), m(.catalogueOccupationCode), m(.catalogueOccupation), m(.wageSkillLevel),
            m(.catalogueChain), m(.wageEmployers), m(.wageEmployees), m(.wageP10), m(.wageP25), m(.wageP50),
            m(.wageP75), m(.wageP90),
        ]
        let rows = try await WageCellDTO.all(year: year, messages: m, on: db).map { cell in
            [
                m.wageDimension(cell.dimension), cell.occupation.code, cell.occupation.name.text(m.language),
                cell.skillLevel.flatMap(SkillLevel.init(rawValue:)).map { m.skillLevel($0) } ?? "",
                cell.chain?.name.text(m.language) ?? "", String(cell.employers), String(cell.employees),
            ]
                + (cell.annualPayFen.map { [$0.p10, $0.p25, $0.p50, $0.p75, $0.p90].map { Money(fen: $0).yuanText } }
                    ?? Array(repeating: m(.wageSuppressedShort), count: 5))
        }
        return ([header] + rows).map { $0.map(SpreadsheetCell.neutralized) }
    }

    static func json(year: Int, messages m: Messages, on db: any Database) async throws -> ItemsDTO<WageCellDTO> {
        ItemsDTO(items: try await WageCellDTO.all(year: year, messages: m, on: db))
    }
}

/// A published cell through the API: annual pay in fen; no `annualPayFen` when the cell
/// is suppressed (fewer than 5 enterprises or 10 employees).
package struct WageCellDTO: Content {
    package var dimension: String
    package var occupation: CatalogueEntryDTO.CodedName
    package var skillLevel: String?
    package var chain: CatalogueEntryDTO.CodedName?
    package var employers: Int
    package var employees: Int
    package var suppressed: Bool
    package var annualPayFen: Percentiles?

    package struct Percentiles: Content {
        package var p10, p25, p50, p75, p90: Int64
    }

    static func all(year: Int, messages m: Messages, on db: any Database) async throws -> [WageCellDTO] {
        let cells = try await WageCellRow.query(on: db).filter(\.$year == year).all().map(\.cell)
        let names = try await WageQuery.occupationNames(Set(cells.map(\.occupationCode)), on: db)
        let chains = try await WageQuery.chainNames(on: db)
        return cells.sorted {
            ($0.occupationCode, $0.dimension.rawValue, $0.skillLevel?.rawValue ?? "", $0.chainCode ?? "")
                < ($1.occupationCode, $1.dimension.rawValue, $1.skillLevel?.rawValue ?? "", $1.chainCode ?? "")
        }.map { cell in
            WageCellDTO(
                dimension: cell.dimension.rawValue,
                occupation: .init(
                    code: cell.occupationCode,
                    name: names[cell.occupationCode] ?? LocalizedText(zh: cell.occupationCode, en: cell.occupationCode)),
                skillLevel: cell.skillLevel?.rawValue,
                chain: cell.chainCode.map { .init(code: $0, name: chains[$0] ?? LocalizedText(zh: $0, en: $0)) },
                employers: cell.employers, employees: cell.employees, suppressed: cell.isSuppressed,
                annualPayFen: cell.percentiles.map {
                    Percentiles(p10: $0.p10.fen, p25: $0.p25.fen, p50: $0.p50.fen, p75: $0.p75.fen, p90: $0.p90.fen)
                })
        }
    }
}
