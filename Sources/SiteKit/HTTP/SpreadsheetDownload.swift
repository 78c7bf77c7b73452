import Foundation
import Spreadsheet
import Vapor

/// A table as a file to download: CSV with a BOM (so Excel reads the Chinese correctly)
/// or an XLSX workbook, named for what it holds and never cached.
package enum SpreadsheetDownload {
    package enum Format: String, Codable, Sendable {
        case csv, xlsx
    }

    /// The file's bytes. The caller neutralises cells that a spreadsheet could run.
    package static func bytes(_ table: [[String]], format: Format, sheetName: String) -> [UInt8] {
        switch format {
        case .csv:
            var writer = CSVWriter()
            for row in table { writer.write(row) }
            return writer.takeBytes()
        case .xlsx:
            return XLSXWriter.workbook(sheetName: sheetName, rows: table)
        }
    }

    package static func response(_ table: [[String]], format: Format, sheetName: String, filename: String)
        -> Response
    {
        response(bytes(table, format: format, sheetName: sheetName), format: format, filename: filename)
    }

    /// `filename` without its extension, which the format gives.
    package static func response(_ bytes: [UInt8], format: Format, filename: String) -> Response {
        let response = Response(status: .ok, body: .init(data: Data(bytes)))
        response.headers.contentType =
            switch format {
            case .csv: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            case .xlsx:
                HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            }
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"\(filename).\(format.rawValue)\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
