import Testing

@testable import TalentDomain

@Suite("Why a search result matched: the keyword's words marked in a field")
struct KeywordHighlightTests {
    private func marked(_ text: String, _ keyword: String) -> String? {
        KeywordHighlight.segments(of: text, keyword: keyword)?.map { $0.isMatch ? "[\($0.text)]" : $0.text }
            .joined()
    }

    @Test func chinesePairsAreMarkedAsOneRunWhereTheyTouch() {
        #expect(marked("大数据分析与挖掘", "数据分析") == "大[数据分析]与挖掘")
        #expect(marked("数据清洗，分析报告", "数据分析") == "[数据]清洗，[分析]报告", "each pair where it stands")
    }

    @Test func aLatinBeginningIsMarkedWhateverItsCaseOrWidth() {
        #expect(marked("Python 数据分析", "pyth") == "[Pyth]on 数据分析")
        #expect(marked("ＰＬＣ编程", "plc") == "[ＰＬＣ]编程")
    }

    @Test func aSingleChineseCharacterIsMarkedEachTimeItOccurs() {
        #expect(marked("数字数据", "数") == "[数]字[数]据")
    }

    @Test func aFieldWithoutAnyOfTheKeywordsTokensGivesNoReason() {
        #expect(marked("Java 开发", "数据") == nil)
        #expect(marked("", "数据") == nil)
        #expect(marked("数据", "") == nil)
        #expect(marked("数据", "  ，") == nil)
    }

    @Test func aFieldHoldingOnlySomeOfTheKeywordIsStillAReasonWithThoseWordsMarked() {
        #expect(marked("软件工程", "软件 数据") == "[软件]工程")
    }

    @Test func markupInTheTextStaysText() {
        let segments = KeywordHighlight.segments(of: "<b>数据</b>", keyword: "数据")
        #expect(segments == [.init("<b>", isMatch: false), .init("数据", isMatch: true), .init("</b>", isMatch: false)])
    }
}
