import Testing

@testable import TalentDomain

/// Issue 20: the header found below a title, columns not read listed, dates and ID
/// numbers as spreadsheets store them, 性别 / 出生日期 checked against the number.
struct SpreadsheetCellsTests {
    static let today = CalendarDate("2026-11-27")!
    static let man = "370303199003151219"

    @Test func theHeaderIsFoundBelowATitleADateLineAndBlankRows() throws {
        let rows = [
            ["张店区数字人才信息登记表", "", ""], ["填报日期：2026年11月"], [], ["序号", "姓名", "身份证号码（18位）", "所在区县", "民族"],
            ["1", "柏测试", Self.man, "370303", "汉族"],
        ]
        let (index, header) = try TalentImportHeader.locate(in: rows)
        #expect(index == 3)
        #expect(header.positions == [.name: 1, .residentID: 2, .district: 3])
        #expect(header.ignored == ["序号", "民族"])
    }

    @Test func withoutAHeaderTheRowNamingTheMostColumnsSaysWhatIsMissing() {
        let rows = [["登记表"], ["姓名", "身分证号码", "区县"], ["柏测试", Self.man, "370303"]]
        #expect(throws: TalentImportHeader.Problem.missing([[.residentID]], unrecognised: ["身分证号码"])) {
            try TalentImportHeader.locate(in: rows)
        }
        // Only the first ten rows are looked at.
        let late = Array(repeating: ["说明"], count: 10) + [["姓名", "身份证号", "区县"]]
        #expect(throws: TalentImportHeader.Problem.self) { try TalentImportHeader.locate(in: late) }
        #expect(throws: TalentImportHeader.Problem.duplicate(.name)) {
            try TalentImportHeader.locate(in: [["姓名", "身份证号", "区县", "名字"]])
        }
    }

    @Test func headerNotesInBracketsAndLineBreaksDoNotHideTheColumn() throws {
        let header = try TalentImportHeader(["*姓名", "身份证号\n（必填）", "区县(代码)", "出生年月【年月】"])
        #expect(header.positions == [.name: 0, .residentID: 1, .district: 2, .birthDate: 3])
        #expect(header.ignored.isEmpty)
    }

    @Test(arguments: [
        ("1990-03-15", 1990, 3, 15), ("1990/3/5", 1990, 3, 5), ("1990.03.15", 1990, 3, 15),
        ("1990年3月15日", 1990, 3, 15), ("19900315", 1990, 3, 15), ("32947", 1990, 3, 15),
        ("32947.5", 1990, 3, 15), ("36526", 2000, 1, 1), ("45658", 2025, 1, 1),
    ])
    func aDayIsReadInEverySpellingOfficesUse(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(SpreadsheetDate(text))
        #expect(date == SpreadsheetDate("\(year)-\(month)-\(day)"))
        #expect((date.year, date.month, date.day) == (year, month, day))
    }

    @Test func aMonthAloneAgreesWithAnyDayOfThatMonth() throws {
        for text in ["1990-03", "1990.03", "199003", "1990年3月"] {
            let month = try #require(SpreadsheetDate(text), "\(text)")
            #expect(month.day == nil)
            #expect(month.agrees(with: CalendarDate("1990-03-15")!))
            #expect(!month.agrees(with: CalendarDate("1990-04-15")!))
        }
    }

    @Test func textThatIsNoDateIsRefused() {
        for text in ["去年", "1990-02-30", "1990-13-01", "1990", "12345678", "1990-3-15 上午", "-32947"] {
            #expect(SpreadsheetDate(text) == nil, "\(text)")
        }
    }

    @Test func genderAndBirthDateAreCheckedAgainstTheIDNumber() throws {
        let id = try ResidentID(Self.man, today: Self.today)
        #expect(PersonCellsCheck.check(gender: "男", birthDate: "1990-03-15", against: id) == (nil, nil))
        #expect(PersonCellsCheck.check(gender: "M", birthDate: "32947", against: id) == (nil, nil))
        #expect(
            PersonCellsCheck.check(gender: "女", birthDate: "1990-03-16", against: id)
                == (.genderDisagrees, .birthDateDisagrees))
        #expect(
            PersonCellsCheck.check(gender: "未知", birthDate: "去年", against: id) == (.genderInvalid, .birthDateInvalid))
        // Without a valid number only the values themselves are checked.
        #expect(PersonCellsCheck.check(gender: "女", birthDate: "1990-03-16", against: nil) == (nil, nil))
        #expect(PersonCellsCheck.check(gender: nil, birthDate: nil, against: id) == (nil, nil))
    }

    @Test func anIDNumberStoredAsANumberIsReadWhenItsDigitsAreAllThere() throws {
        #expect(try ResidentID("3.70303199003151219E+17", today: Self.today).value == Self.man)
        #expect(try ResidentID("370303199003151219.0", today: Self.today).value == Self.man)
        #expect(try ResidentID("3.70303199003151219e17", today: Self.today).value == Self.man)
    }

    @Test func anIDNumberThatLostDigitsToScientificNotationIsRefusedAsSuch() {
        for text in ["3.70303199003151E+17", "3.70303E+17", "3.7E17"] {
            #expect(throws: ResidentIDError.storedAsNumber, "\(text)") { try ResidentID(text, today: Self.today) }
        }
        // Not a whole number: the ordinary reasons.
        #expect(throws: ResidentIDError.wrongLength) { try ResidentID("3.70303199003151219E+16", today: Self.today) }
    }
}
