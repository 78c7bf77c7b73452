import Testing

@testable import Spreadsheet

@Suite("XLSX workbooks of several sheets")
struct XLSXSheetsTests {
    @Test("every sheet is read back by its name, in tab order, each with its own header")
    func roundTrip() throws {
        // setup
        let sheets: [(name: String, rows: [[String]])] = [
            ("个人信息", [["项目", "内容"], ["身份证号", "370303199001011234"]]),
            ("培训报名", [["项目名称", "状态"], ["大数据工程技术人员培训", "已结业"], ["人工智能培训", "已退出"]]),
            ("培训券", [["批次名称"]]),
        ]
        // MUT
        let read = try XLSXReader.sheets(XLSXWriter.workbook(sheets: sheets))
        // validate
        #expect(read.map(\.name) == ["个人信息", "培训报名", "培训券"])
        #expect(read[0].rows.map(\.cells) == sheets[0].rows)
        #expect(read[1].rows.map(\.cells) == sheets[1].rows)
        #expect(read[2].rows.map(\.cells) == [["批次名称"]])
        #expect(try XLSXReader.rows(XLSXWriter.workbook(sheets: sheets)).map(\.cells) == sheets[0].rows)
    }

    @Test("repeated names are numbered, ignoring case, and no sheets give one empty sheet")
    func names() throws {
        #expect(XLSXWriter.uniqueNames(["Data", "data", "DATA"]) == ["Data", "data (2)", "DATA (3)"])
        let long = String(repeating: "人", count: 31)
        #expect(XLSXWriter.uniqueNames([long, long]) == [long, String(repeating: "人", count: 27) + " (2)"])
        let empty = try XLSXReader.sheets(XLSXWriter.workbook(sheets: []))
        #expect(empty.count == 1 && empty[0].rows.isEmpty)
    }

    @Test("cells of all sheets count towards maxCells")
    func cellLimit() throws {
        let bytes = XLSXWriter.workbook(sheets: [("a", [["1", "2"]]), ("b", [["3", "4"]])])
        #expect(throws: XLSXError.tooLarge) { try XLSXReader.sheets(bytes, maxCells: 3) }
        #expect(try XLSXReader.sheets(bytes, maxCells: 4).count == 2)
    }
}
