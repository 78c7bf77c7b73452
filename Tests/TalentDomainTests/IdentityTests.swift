import Testing

@testable import TalentDomain

// Expected check characters below were computed by hand (a separate script) from the
// weights of GB 32100-2015 and GB 11643-1999; none is a real organisation's or person's.

@Suite("Unified social credit code (GB 32100-2015)")
struct CreditCodeTests {
    @Test(arguments: [
        "91370303XX0000001P", "91370303XX0000042Y", "91370303XX00000230",
        "12370300XX0001234G", "52370302XXABCDEF1E", "Y1370303XX0000007L",
    ])
    func validCodesParse(text: String) throws {
        let code = try CreditCode(text)
        #expect(code.value == text)
    }

    @Test func partsAreReadByPosition() throws {
        let code = try CreditCode("52370302XXABCDEF1E")
        #expect(code.registrationAuthority == "5")
        #expect(code.organizationType == "2")
        #expect(code.divisionCode == "370302")
        #expect(code.organizationCode == "XXABCDEF1")
    }

    @Test func lowerCaseSpacesAndFullWidthAreNormalised() throws {
        #expect(try CreditCode("  91370303xx0000042y \n").value == "91370303XX0000042Y")
        #expect(try CreditCode("９１３７０３０３ＸＸ００００００１Ｐ").value == "91370303XX0000001P")
    }

    @Test(arguments: ["", "91370303XX0000001", "91370303XX0000001PP"])
    func wrongLengthIsReported(text: String) {
        #expect(throws: CreditCodeError.wrongLength) { try CreditCode(text) }
    }

    @Test(arguments: [
        ("91370303XX000000IP", 17), ("O1370303XX0000001P", 1), ("91370303XX0000S01P", 15),
        ("9137A303XX0000001P", 5), ("91370303XX0000001Z", 18), ("91370303XX00-0001P", 13),
    ])
    func invalidCharacterIsReportedWithItsPosition(text: String, position: Int) {
        #expect(throws: CreditCodeError.invalidCharacter(position: position)) { try CreditCode(text) }
    }

    @Test func wrongCheckCharacterNamesTheExpectedOne() {
        #expect(throws: CreditCodeError.wrongCheckCharacter(expected: "P")) { try CreditCode("91370303XX0000001Q") }
        // One mistyped character among the first 17 is caught the same way.
        #expect(throws: CreditCodeError.wrongCheckCharacter(expected: "Y")) { try CreditCode("91370303XX0000042P") }
    }

    @Test func checkCharacterIsComputedForSeventeenCharacters() {
        #expect(CreditCode.makeCheckCharacter(for: "91370303XX0000001") == "P")
        #expect(CreditCode.makeCheckCharacter(for: "91370303XX0000023") == "0")
        #expect(CreditCode.makeCheckCharacter(for: "91370303XX000000") == nil)
        #expect(CreditCode.makeCheckCharacter(for: "91370303XX000000I") == nil)
    }

    @Test func fakeCodesAreValidAndMarkedSynthetic() throws {
        // MUT
        let codes = (0..<200).map { CreditCode.fake(divisionCode: "370303", serial: $0) }
        // validate
        #expect(codes[1].value == "91370303XX0000001P")
        for code in codes {
            #expect(try CreditCode(code.value) == code)
            #expect(code.organizationCode.hasPrefix("XX"))
        }
        #expect(Set(codes).count == 200)
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(CreditCodeError.invalidCharacter(position: 5).description.contains("5"))
        #expect(CreditCodeError.wrongCheckCharacter(expected: "P").description.contains("P"))
    }
}

@Suite("Resident identity number (GB 11643-1999)")
struct ResidentIDTests {
    static let today = CalendarDate("2025-06-30")!

    @Test(arguments: ["370303199003071235", "370303200002290028", "370303198512314560", "37030319900307118X"])
    func validNumbersParse(text: String) throws {
        #expect(try ResidentID(text, today: Self.today).value == text)
    }

    @Test func partsAreReadByPosition() throws {
        let id = try ResidentID("370303199003071235", today: Self.today)
        #expect(id.areaCode == "370303")
        #expect(id.birthDate == CalendarDate("1990-03-07"))
        #expect(id.sequence == 123)
        #expect(id.gender == .male)
        #expect(try ResidentID("370303200002290028", today: Self.today).gender == .female)
    }

    @Test func lowerCaseXAndSpacesAreAccepted() throws {
        #expect(try ResidentID(" 37030319900307118x ", today: Self.today).value == "37030319900307118X")
    }

    @Test func maskShowsAreaCodeAndLastFourOnly() throws {
        let id = try ResidentID("370303199003071235", today: Self.today)
        #expect(id.masked == "370303********1235")
        #expect("\(id)" == "370303********1235")
        #expect(!String(reflecting: id).contains("19900307"))
    }

    @Test(arguments: ["", "37030319900307123", "3703031990030712355", "370303900307123"])
    func wrongLengthIsReported(text: String) {
        #expect(throws: ResidentIDError.wrongLength) { try ResidentID(text, today: Self.today) }
    }

    @Test(arguments: [
        ("37030319900307123A", 18), ("X70303199003071235", 1), ("3703031990030712X5", 17),
        ("370303 99003071235", 7),
    ])
    func invalidCharacterIsReportedWithItsPosition(text: String, position: Int) {
        #expect(throws: ResidentIDError.invalidCharacter(position: position)) {
            try ResidentID(text, today: Self.today)
        }
    }

    @Test(arguments: ["37030319900230", "37030319901301", "37030319000229", "37030318991231", "37030319900000"])
    func impossibleBirthDatesAreReported(first14: String) {
        // setup: a valid check character, so only the date can be wrong
        let text = first14 + "123" + String(ResidentID.makeCheckCharacter(for: first14 + "123")!)
        // MUT, validate
        #expect(throws: ResidentIDError.impossibleBirthDate) { try ResidentID(text, today: Self.today) }
    }

    @Test func fakeNumbersCarryTheGivenPartsAndTheirCheckCharacter() throws {
        let id = ResidentID.fake(areaCode: "370303", birth: CalendarDate("1990-05-17")!, sequence: 123)
        #expect(id.value == "37030319900517123X")
        let leap = ResidentID.fake(areaCode: "370303", birth: CalendarDate("2000-02-29")!, sequence: 4)
        #expect(leap.value == "370303200002290044")
        #expect(try ResidentID(leap.value, today: Self.today) == leap)
    }

    @Test func birthDateAfterTodayIsReportedButTodayIsAccepted() throws {
        let born = ResidentID.fake(areaCode: "370303", birth: CalendarDate("2025-07-01")!, sequence: 1).value
        #expect(throws: ResidentIDError.birthDateInFuture) { try ResidentID(born, today: Self.today) }
        #expect(try ResidentID(born, today: CalendarDate("2025-07-01")!).birthDate == CalendarDate("2025-07-01"))
    }

    @Test func wrongCheckCharacterNamesTheExpectedOne() {
        #expect(throws: ResidentIDError.wrongCheckCharacter(expected: "5")) {
            try ResidentID("370303199003071236", today: Self.today)
        }
        #expect(throws: ResidentIDError.wrongCheckCharacter(expected: "X")) {
            try ResidentID("370303199003071180", today: Self.today)
        }
    }

    @Test func fakeNumbersAreValid() throws {
        let birth = CalendarDate("1995-12-31")!
        for sequence in [0, 1, 2, 500, 999] {
            let id = ResidentID.fake(areaCode: "370321", birth: birth, sequence: sequence)
            #expect(try ResidentID(id.value, today: Self.today) == id)
            #expect(id.gender == (sequence % 2 == 1 ? .male : .female))
        }
        #expect(
            ResidentID.fake(areaCode: "370303", birth: CalendarDate("1990-03-07")!, sequence: 123).value
                == "370303199003071235")
    }

    @Test(arguments: [("2025-03-06", 34), ("2025-03-07", 35), ("1990-03-07", 0)])
    func ageCountsWholeYears(on date: String, age: Int) throws {
        let id = try ResidentID("370303199003071235", today: Self.today)
        #expect(id.age(on: CalendarDate(date)!) == age)
    }

    @Test func leapDayBirthdayCountsOnFirstMarchInCommonYears() throws {
        let id = try ResidentID("370303200002290028", today: Self.today)
        #expect(id.age(on: CalendarDate("2025-02-28")!) == 24)
        #expect(id.age(on: CalendarDate("2025-03-01")!) == 25)
    }
}

@Suite("Mainland mobile number")
struct MobileNumberTests {
    @Test(arguments: [
        "13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000",
        "008613800138000", "8613800138000", "１３８００１３８０００", " 13800138000 ",
    ])
    func acceptedFormsNormaliseToElevenDigits(text: String) throws {
        #expect(try MobileNumber(text).value == "13800138000")
    }

    @Test func maskShowsFirstThreeAndLastFour() throws {
        let number = try MobileNumber("13812345678")
        #expect(number.masked == "138****5678")
        #expect("\(number)" == "138****5678")
    }

    @Test(arguments: ["", "1380013800", "138001380001", "+86 1380013800"])
    func wrongLengthIsReported(text: String) {
        #expect(throws: MobileNumberError.wrongLength) { try MobileNumber(text) }
    }

    @Test(arguments: ["12800138000", "10086100860", "23800138000"])
    func numbersOutsideTheMobileBlocksAreRefused(text: String) {
        #expect(throws: MobileNumberError.wrongPrefix) { try MobileNumber(text) }
    }

    @Test(arguments: [("138.0013.8000", 4), ("1380013800a", 11), ("138+00138000", 4), ("+1 2025550123", 1)])
    func invalidCharacterIsReportedWithItsPosition(text: String, position: Int) {
        #expect(throws: MobileNumberError.invalidCharacter(position: position)) { try MobileNumber(text) }
    }
}
