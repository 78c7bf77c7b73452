import Foundation
import SiteKit
import TalentDomain
import Vapor

extension JobPostSearch {
    /// The query parameters of `/jobs` and `GET /api/v1/job-posts`: `q`, `occupation`,
    /// `chain`, `district`, `campaign`, `education`, `payMinYuan`, `cursor`. A bad value
    /// is a 400 naming the parameter in the user's language.
    package init(request: Request) throws {
        let m = request.messages
        func invalid(_ name: String) -> Abort { Abort(.badRequest, reason: m(.errorInvalidParameter(name: name))) }
        func text(_ name: String) -> String? {
            request.query[String.self, at: name].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .flatMap { $0.isEmpty ? nil : String($0.prefix(100)) }
        }
        self.init(keyword: text("q"))
        for (name, path) in [("occupation", \JobPostSearch.occupation), ("chain", \.chain), ("district", \.district)] {
            guard let value = text(name) else { continue }
            guard value.count <= 40, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { throw invalid(name) }
            self[keyPath: path] = value
        }
        if let raw = text("campaign") {
            guard let id = UUID(uuidString: raw) else { throw invalid("campaign") }
            campaign = id
        }
        if let raw = text("education") {
            guard let level = EducationLevel(rawValue: raw) else { throw invalid("education") }
            education = level
        }
        if let raw = text("payMinYuan") {
            guard let pay = Money(yuanText: raw, maximumYuan: 10_000_000) else { throw invalid("payMinYuan") }
            payAtLeast = pay
        }
        if let raw = text("cursor") {
            guard let key = Int64(raw), key > 0 else { throw Abort(.badRequest, reason: m(.errorInvalidCursor)) }
            after = key
        }
    }

    /// The parameters that reproduce this search (for the next page's link).
    package var parameters: [(String, String)] {
        [
            keyword.map { ("q", $0) }, occupation.map { ("occupation", $0) }, chain.map { ("chain", $0) },
            district.map { ("district", $0) }, campaign.map { ("campaign", $0.uuidString) },
            education.map { ("education", $0.rawValue) }, payAtLeast.map { ("payMinYuan", $0.yuanText) },
        ].compactMap { $0 }
    }
}
