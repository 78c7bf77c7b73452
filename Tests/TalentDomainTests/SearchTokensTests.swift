import Testing

@testable import TalentDomain

@Suite("Search tokens")
struct SearchTokensTests {
    @Test("Chinese text is indexed by single characters and neighbouring pairs")
    func chineseDocument() {
        #expect(SearchTokens.document(["张伟"]) == ["张", "伟", "张伟"])
        #expect(SearchTokens.document(["数据分析"]) == ["数", "据", "分", "析", "数据", "据分", "分析"])
    }

    @Test("A one-character query looks for the character, a longer one for all its pairs")
    func chineseQuery() {
        #expect(SearchTokens.query("张").map(\.text) == ["张"])
        #expect(SearchTokens.query("张伟").map(\.text) == ["张伟"])
        #expect(SearchTokens.query("数据分析").map(\.text) == ["数据", "据分", "分析"])
    }

    @Test("Every query token of a substring is a token of the text containing it")
    func substringsAreFound() {
        let document = Set(SearchTokens.document(["淄博数智云科技有限公司", "大数据工程技术人员"]))
        for query in ["淄博", "数智云", "科技有限", "大数据", "工程技术人员", "博"] {
            #expect(SearchTokens.query(query).allSatisfy { document.contains($0.text) }, "\(query)")
        }
        #expect(!SearchTokens.query("数字").allSatisfy { document.contains($0.text) })
    }

    @Test("Latin words are lower-cased, stored with their beginnings, and split from Chinese")
    func latinWords() {
        #expect(
            SearchTokens.document(["PLC编程", "Python 3"])
                == ["p", "pl", "plc", "编", "程", "编程", "py", "pyt", "pyth", "pytho", "python", "3"])
        #expect(SearchTokens.query("Pyth") == [SearchTokens.QueryToken(text: "pyth", isPrefix: false)])
        #expect(SearchTokens.query("Pyth").allSatisfy { SearchTokens.document(["Python"]).contains($0.text) })
    }

    @Test("A Latin word longer than its stored beginnings is asked as a prefix")
    func longLatinWords() {
        let document = SearchTokens.document(["Microservices"])
        #expect(document.count == 13)
        #expect(document.last == "microservices")
        #expect(document.contains("microservic"))
        #expect(SearchTokens.query("microservice") == [SearchTokens.QueryToken(text: "microservice", isPrefix: false)])
        #expect(SearchTokens.query("microservices") == [SearchTokens.QueryToken(text: "microservices", isPrefix: true)])
    }

    @Test("Full-width letters and punctuation fold to what is stored")
    func fullWidth() {
        #expect(SearchTokens.query("ＰＬＣ，编程").map(\.text) == ["plc", "编程"])
    }

    @Test("Punctuation and query syntax characters never reach the database")
    func noSyntax() {
        let tokens = SearchTokens.query("\"张\" OR * (数据) -x ^ : %")
        #expect(tokens.map(\.text) == ["张", "or", "数据", "x"])
        #expect(SearchTokens.query("   ").isEmpty)
    }

    @Test("A very long query is cut to a bounded number of tokens")
    func boundedQuery() {
        #expect(SearchTokens.query(String(repeating: "数据分析平台", count: 100)).count <= 16)
    }
}

@Suite("Search facets")
struct SearchFacetTests {
    @Test("A facet token is its letter and the code's letters and digits in lower case")
    func facetToken() {
        #expect(SearchFacet.district.token("370303") == "d370303")
        #expect(SearchFacet.district.token("ZONE-HT") == "dzoneht")
        #expect(SearchFacet.occupation.token("4-04-05-01") == "o4040501")
        #expect(
            SearchFacet.employer.token("6F9619FF-8B86-D011-B42D-00C04FC964FF") == "m6f9619ff8b86d011b42d00c04fc964ff")
    }

    @Test("Facets have distinct letters, so two facets never share a token")
    func distinctLetters() {
        #expect(Set(SearchFacet.allCases.map(\.rawValue)).count == SearchFacet.allCases.count)
    }
}
