import Foundation
import Testing

@testable import TalentDomain

@Suite("Enrolment files: columns, rows, and the decision for each row")
struct EnrollmentImportRulesTests {
    static let today = CalendarDate("2026-11-27")!
    static let number = ResidentID.fake(areaCode: "370303", birth: CalendarDate("1990-05-17")!, sequence: 7).value

    static func header(_ cells: [String]) throws -> EnrollmentImportHeader { try EnrollmentImportHeader(cells) }

    static func read(_ cells: [String], header: [String] = ["档案编号", "身份证号", "姓名", "从业年限"]) throws
        -> EnrollmentImportRules.ReadOutcome
    {
        EnrollmentImportRules.read(row: 2, cells: cells, header: try Self.header(header), today: today)
    }

    @Test func aFileNamesItsTalentsByProfileIdOrByIDNumberInChineseOrEnglishHeaders() throws {
        #expect(try Self.header(["档案编号"]).positions == [.profileID: 0])
        #expect(
            try Self.header(["姓名", "身份证号码", "Years in field"]).positions == [
                .name: 0, .residentID: 1, .yearsInField: 2,
            ])
        #expect(try Self.header(["Profile ID", "name"]).positions == [.profileID: 0, .name: 1])
        #expect(throws: EnrollmentImportHeader.Problem.missing([[.profileID, .residentID]], unrecognised: ["班级"])) {
            try Self.header(["姓名", "从业年限", "班级"])
        }
        // A column the import does not read is ignored, and listed as such.
        #expect(try Self.header(["序号", "档案编号", "班级"]).ignored == ["序号", "班级"])
        #expect(try Self.header(["序号", "档案编号", "班级"]).positions == [.profileID: 1])
    }

    /// Sequence 7 is odd: a man's number, born 1990-05-17.
    @Test func aRowsGenderAndBirthDateMustAgreeWithItsIDNumber() throws {
        let header = ["序号", "身份证号", "姓名", "性别", "出生日期"]
        guard case .valid = try Self.read(["1", Self.number, "张三明", "男", "1990-05-17"], header: header) else {
            Issue.record("refused")
            return
        }
        guard case let .invalid(problems) = try Self.read(["2", Self.number, "张三明", "女", "1990-05"], header: header)
        else {
            Issue.record("accepted")
            return
        }
        #expect(problems.map(\.column) == [.gender])
        #expect(problems.map(\.problem) == [.person(.genderDisagrees)])
    }

    @Test func aRowIsReadWithFullWidthDigitsAndEveryProblemOfTheRowIsReported() throws {
        guard case let .valid(row) = try Self.read(["", " \(Self.number) ", "张三明", "３"]) else {
            Issue.record("refused")
            return
        }
        #expect(row.talent == .residentID(Self.number))
        #expect(row.name == "张三明")
        #expect(row.yearsInField == 3)

        guard case let .invalid(problems) = try Self.read(["not-an-id", "", "", "61"]) else {
            Issue.record("accepted")
            return
        }
        #expect(
            problems == [
                EnrollmentImportRowProblem(row: 2, column: .profileID, problem: .profileIDInvalid),
                EnrollmentImportRowProblem(row: 2, column: .yearsInField, problem: .yearsInvalid(max: 60)),
            ])
        guard case let .invalid(missing) = try Self.read(["", "", "李四", ""]),
            case let .invalid(badNumber) = try Self.read(["", "370303199005171234"], header: ["档案编号", "身份证号"])
        else {
            Issue.record("accepted")
            return
        }
        #expect(missing.map(\.problem) == [.talentMissing])
        #expect(badNumber.map(\.column) == [.residentID])
    }

    @Test func eachRowIsDecidedAgainstThePoolTheCohortAndTheRequirement() {
        let ids = (0..<6).map { _ in UUID() }
        let candidates: [TalentReference: EnrollmentCandidate] = [
            .profile(ids[0]): .init(
                talentID: ids[0], name: "张 三明", active: true, enrolledAlready: false, applicant: .init()),
            .residentID(Self.number): .init(
                talentID: ids[0], name: "张三明", active: true, enrolledAlready: false, applicant: .init()),
            .profile(ids[1]): .init(
                talentID: ids[1], name: "李四", active: false, enrolledAlready: false, applicant: .init()),
            .profile(ids[2]): .init(
                talentID: ids[2], name: "王五", active: true, enrolledAlready: true, applicant: .init()),
            .profile(ids[3]): .init(
                talentID: ids[3], name: "赵六", active: true, enrolledAlready: false, applicant: .init()),
            .profile(ids[4]): .init(
                talentID: ids[4], name: "孙七", active: true, enrolledAlready: false, applicant: .init()),
        ]
        func row(_ number: Int, _ reference: TalentReference, name: String? = nil, years: Int? = nil)
            -> EnrollmentImportRow
        {
            EnrollmentImportRow(row: number, talent: reference, name: name, yearsInField: years)
        }
        let rows = [
            row(2, .profile(ids[0]), name: "张三明", years: 4),
            row(3, .residentID(Self.number), name: "张三明"),
            row(4, .profile(ids[1]), years: 9),
            row(5, .profile(ids[2]), years: 9),
            row(6, .profile(ids[3]), name: "赵大", years: 9),
            row(7, .profile(ids[4]), years: 2),
            row(8, .profile(ids[5])),
            row(9, .profile(ids[3]), name: "赵六", years: 3),
        ]
        // MUT
        let (accepted, problems) = EnrollmentImportRules.decide(
            rows, requirement: EntryRequirement(anyOf: [.yearsInField(3)]), occupationCode: nil, measure: "M1"
        ) { candidates[$0] }
        // validate
        #expect(accepted.map(\.row.row) == [2, 9])
        #expect(accepted.map(\.talentID) == [ids[0], ids[3]])
        #expect(
            problems == [
                EnrollmentImportRowProblem(row: 3, column: .residentID, problem: .duplicateInFile(row: 2)),
                EnrollmentImportRowProblem(row: 4, column: .profileID, problem: .talentInactive),
                EnrollmentImportRowProblem(row: 5, column: .profileID, problem: .alreadyEnrolled),
                EnrollmentImportRowProblem(row: 6, column: .name, problem: .nameMismatch),
                EnrollmentImportRowProblem(
                    row: 7, column: .yearsInField, problem: .requirementNotMet([.yearsInField(3)])),
                EnrollmentImportRowProblem(row: 8, column: .profileID, problem: .talentUnknown),
            ])
    }

    /// Issue 14: rows by ID number were a name oracle ("unknown" told a number was not in
    /// the pool, "name does not match" that it was). Now one answer for all three.
    @Test func aRowByIDNumberLearnsNothingAboutWhoIsInThePool() {
        let id = UUID()
        let other = ResidentID.fake(areaCode: "370303", birth: CalendarDate("1990-01-01")!, sequence: 9).value
        let inactive = ResidentID.fake(areaCode: "370303", birth: CalendarDate("1991-01-01")!, sequence: 9).value
        let candidates: [TalentReference: EnrollmentCandidate] = [
            .residentID(Self.number): .init(
                talentID: id, name: "张三明", active: true, enrolledAlready: false, applicant: .init()),
            .residentID(inactive): .init(
                talentID: UUID(), name: "李四", active: false, enrolledAlready: false, applicant: .init()),
        ]
        let rows = [
            EnrollmentImportRow(row: 2, talent: .residentID(other), name: "王五", yearsInField: nil),
            EnrollmentImportRow(row: 3, talent: .residentID(Self.number), name: "张冠李戴", yearsInField: nil),
            EnrollmentImportRow(row: 4, talent: .residentID(inactive), name: "李四", yearsInField: nil),
            EnrollmentImportRow(row: 5, talent: .residentID(Self.number), name: nil, yearsInField: nil),
            EnrollmentImportRow(row: 6, talent: .residentID(Self.number), name: "张三明", yearsInField: nil),
        ]
        // MUT
        let (accepted, problems) = EnrollmentImportRules.decide(
            rows, requirement: EntryRequirement(anyOf: []),
            occupationCode: nil, measure: "M1"
        ) { candidates[$0] }
        // validate
        #expect(accepted.map(\.row.row) == [6])
        #expect(
            problems == [
                EnrollmentImportRowProblem(row: 2, column: .residentID, problem: .noMatchingTalent),
                EnrollmentImportRowProblem(row: 3, column: .residentID, problem: .noMatchingTalent),
                EnrollmentImportRowProblem(row: 4, column: .residentID, problem: .noMatchingTalent),
                EnrollmentImportRowProblem(row: 5, column: .name, problem: .nameRequired),
            ])
    }
}
