import Fluent
import Foundation
import Organizations
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool

/// 需求申报导入: the catalogue's departments import the declarations they collected
/// offline — a CSV (UTF-8 or GB18030) or XLSX file of one need a row, its employer by
/// credit code — with the same conventions as the talent import: Chinese headers, every
/// refused row reported with its reason, and nothing written unless every row is valid
/// (or, when asked, the valid rows only). Each employer's needs become its declaration
/// for the year, submitted; an employer that already submitted one is refused by row.
package enum ShortageImporter {
    /// A summary table of a year's needs has hundreds of rows; more is a wrong file.
    package static let maxRows = 5_000

    package struct Result: Sendable {
        package var rows = 0
        package var declarations = 0
        package var lines = 0
        package var rejected = 0
        package var problems: [ImportShownProblem] = []
        /// The file's columns the import did not read.
        package var ignored: [String] = []
        /// Whether anything was written (an atomic import with refused rows writes nothing).
        package var written = false
    }

    package static func run(
        _ bytes: [UInt8], year: Int, partial: Bool, rules: MarketRules, context: WriteContext, on db: any Database
    ) async throws -> Result {
        var source: ImportSource<ShortageImportColumn>
        do { source = try ImportSource(bytes: bytes) } catch {
            throw FieldErrors("file", Message { error.message($0) })
        }
        var result = Result(ignored: source.header.ignored)
        var organizations: [String: Organization?] = [:]
        var declarations: [UUID: ShortageDeclaration?] = [:]
        var seen = Set<String>()
        var accepted: [(organization: UUID, line: ShortageLineDraft)] = []
        while let (number, cells) = try nextRow(&source) {
            result.rows += 1
            guard result.rows <= maxRows else {
                throw FieldErrors("file", Message { ImportFileProblem.tooManyRows(max: maxRows).message($0) })
            }
            func cell(_ column: ShortageImportColumn) -> String? {
                source.header.positions[column].flatMap { $0 < cells.count ? cells[$0] : nil }
            }
            var problems: [(ShortageImportColumn, Message)] = []
            let code = (cell(.creditCode) ?? "").trimmingCharacters(in: .whitespaces).uppercased()
            if organizations[code] == nil {
                organizations[code] = try await Organization.query(on: db).filter(\.$creditCode == code).first()
            }
            let organization = organizations[code] ?? nil
            if organization == nil { problems.append((.creditCode, .catalogueImportEmployerUnknown)) }
            if let organization, let name = cell(.employerName)?.trimmingCharacters(in: .whitespaces), !name.isEmpty,
                name != organization.name
            {
                let registered = organization.name
                problems.append(
                    (.employerName, Message { m in m(.catalogueImportEmployerName(registered: registered)) }))
            }
            var declaration: ShortageDeclaration?
            if let id = organization?.id {
                if declarations[id] == nil {
                    declarations[id] = try await ShortageDeclaration.query(on: db).filter(\.$organization.$id == id)
                        .filter(\.$year == year).with(\.$lines).first()
                }
                declaration = declarations[id] ?? nil
                if declaration?.state == .submitted { problems.append((.creditCode, .catalogueImportSubmitted)) }
            }
            var input = ShortageLineInput()
            input.occupation = cell(.occupation)
            input.chain = cell(.chain)
            input.headcount = cell(.headcount)
            input.urgency = cell(.urgency).map(urgencyCode)
            input.education = cell(.education).map(educationCode)
            input.experienceYears = cell(.experience)
            input.payMinYuan = cell(.payMin)
            input.payMaxYuan = cell(.payMax)
            input.skills = cell(.skills)
            switch try await input.validate(rules: rules, on: db) {
            case let .failure(errors):
                problems += errors.items.map { (column(of: $0.field), $0.message) }
            case let .success(line):
                if let id = organization?.id {
                    let key = "\(id) \(line.occupationCode) \(line.chainCode)"
                    let onFile = declaration?.lines.contains {
                        $0.occupationCode == line.occupationCode && $0.chainCode == line.chainCode
                    }
                    if onFile == true || !seen.insert(key).inserted {
                        problems.append((.occupation, .catalogueLineExists))
                    } else if problems.isEmpty {
                        accepted.append((id, line))
                    }
                }
            }
            guard !problems.isEmpty else { continue }
            result.rejected += 1
            for (column, message) in problems where result.problems.count < ImportProblemsSection.shownProblems {
                result.problems.append(
                    ImportShownProblem(
                        row: number, column: column.header, zh: message.text(.zh), en: message.text(.en)))
            }
        }
        guard result.rows > 0 else { throw FieldErrors("file", Message { ImportFileProblem.noRows.message($0) }) }
        guard result.rejected == 0 || partial, !accepted.isEmpty else { return result }
        try await write(accepted, year: year, existing: declarations, context: context, on: db)
        result.written = true
        result.lines = accepted.count
        result.declarations = Set(accepted.map(\.organization)).count
        return result
    }

    /// Each employer's declaration (its draft or returned one, or a new one) with the
    /// accepted lines added, then submitted; one audit entry per declaration.
    private static func write(
        _ accepted: [(organization: UUID, line: ShortageLineDraft)], year: Int,
        existing: [UUID: ShortageDeclaration?], context: WriteContext, on db: any Database
    ) async throws {
        guard let actor = context.actor else { throw WriteConflict() }
        for (organizationID, rows) in Dictionary(grouping: accepted, by: \.organization) {
            let declaration =
                (existing[organizationID] ?? nil)
                ?? ShortageDeclaration(organizationID: organizationID, year: year, createdBy: actor.userID)
            (declaration.state, declaration.returnReason, declaration.submittedAt) = (.submitted, nil, context.now)
            try await declaration.save(on: db)
            let declarationID = try declaration.requireID()
            try await rows.map { ShortageDeclarationLine(declarationID: declarationID, $0.line) }.create(on: db)
            try await context.record(
                AuditEntry(.shortageImport, entityID: declarationID.uuidString, changedFields: ["lines", "state"]),
                on: db)
        }
    }

    private static func nextRow(_ source: inout ImportSource<ShortageImportColumn>) throws -> (Int, [String])? {
        do { return try source.next() } catch { throw FieldErrors("file", Message { error.message($0) }) }
    }

    /// The column a field of the line's form is read from.
    private static func column(of field: String) -> ShortageImportColumn {
        switch field {
        case "chain": .chain
        case "headcount": .headcount
        case "urgency": .urgency
        case "education": .education
        case "skills": .skills
        case "experienceYears": .experience
        case "payMinYuan": .payMin
        case "payMaxYuan": .payMax
        default: .occupation
        }
    }

    /// 紧缺 / 急需 / 一般 as offices write them, or the code itself.
    static func urgencyCode(_ text: String) -> String {
        let text = text.trimmingCharacters(in: .whitespaces)
        return ShortageUrgency.allCases.first { chinese.urgency($0) == text }?.rawValue ?? text
    }

    /// 本科 or 本科及以上 as offices write it, or the code itself; 不限 is none.
    static func educationCode(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        if text == chinese(.catalogueNotRequired) { return "" }
        if text.hasSuffix(chinese(.catalogueOrAbove)) { text.removeLast(chinese(.catalogueOrAbove).count) }
        return EducationLevel.allCases.first { chinese.education($0) == text }?.rawValue ?? text
    }

    private static let chinese = Messages(language: .zh)
}

extension ShortageDeclarationLine {
    package convenience init(declarationID: UUID, _ line: ShortageLineDraft) {
        self.init()
        $declaration.id = declarationID
        (occupationCode, chainCode, headcount, education) = (
            line.occupationCode, line.chainCode, line.headcount, line.education
        )
        (skills, experienceYears, urgency) = (line.skills.joined(separator: "\n"), line.experienceYears, line.urgency)
        (payMinFen, payMaxFen) = (line.payMin.fen, line.payMax.fen)
    }
}
