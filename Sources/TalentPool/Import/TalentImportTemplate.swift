import Fluent
import Reference
import SiteKit
import Spreadsheet
import TalentDomain
import Vapor

/// `GET /talents/imports/template.xlsx`: the file to fill in — the header row the import
/// reads, and a second sheet saying for each column whether it is required, its format
/// and the values it allows (the districts, education levels, categories and key groups
/// the import checks against), so an office does not learn them from refusals.
struct TalentImportTemplate {
    var policy: PolicyDocument
    var districts: [District]
    var messages: Messages

    func workbook() -> [UInt8] {
        let m = messages
        let required = Set(TalentImportColumn.required.flatMap { $0 })
        let guide: [[String]] =
            [[m(.templateColumn), m(.templateRequired), m(.templateFormat)]]
            + TalentImportColumn.allCases.map { column in
                [column.header, required.contains(column) ? m(.templateYes) : "", format(column)]
            }
        return XLSXWriter.workbook(sheets: [
            (m(.templateSheetRows), [TalentImportColumn.allCases.map(\.header)]),
            (m(.templateSheetGuide), guide),
        ])
    }

    private func format(_ column: TalentImportColumn) -> String {
        let m = messages
        let zh = m.language == .zh
        let list = { (names: [String]) in names.joined(separator: zh ? "、" : ", ") }
        switch column {
        case .name: return m(.templateName)
        case .residentID: return m(.templateResidentID)
        case .gender: return m(.templateGender)
        case .birthDate: return m(.templateBirthDate)
        case .mobile: return m(.templateMobile)
        case .email: return m(.templateEmail)
        case .district:
            return m(.templateAllowed)
                + list(districts.map { "\(zh ? $0.nameZh : $0.nameEn)（\($0.id ?? "")）" })
        case .education: return m(.templateAllowed) + list(EducationLevel.allCases.map { m.education($0) })
        case .school, .major: return m(.templateFreeText)
        case .graduationYear: return m(.templateYear)
        case .employerCreditCode: return m(.templateCreditCode)
        case .occupations: return m(.templateOccupations)
        case .skills: return m(.templateSkills)
        case .categories:
            return m(.templateAllowedMany) + list(policy.talentCategories.map { $0.name.text(m.language) })
        case .keyGroups: return m(.templateAllowedMany) + list(policy.keyGroups.map { $0.name.text(m.language) })
        }
    }
}

extension TalentImportController {
    @Sendable func template(req: Request) async throws -> Response {
        _ = try requireImporter(req)
        let template = TalentImportTemplate(
            policy: try req.policy, districts: try await District.query(on: req.db).sort(\.$id).all(),
            messages: req.messages)
        let response = Response(status: .ok, body: .init(data: Data(template.workbook())))
        response.headers.contentType = HTTPMediaType(
            type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        response.headers.contentDisposition = .init(.attachment, filename: "talent-import-template.xlsx")
        return response
    }
}
