import Fluent
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// A course of the online column as a provider's form or the API submits it.
package struct CourseInput: Content {
    /// Administrators name the provider; a provider's staff act for their own.
    @FormText package var providerID: String?
    @FormText package var title: String?
    @FormText package var occupationCode: String?
    @FormText package var level: String?
    @FormNumber package var hours: String?
    @FormText package var link: String?
    @FormText package var content: String?

    package struct Valid {
        package var providerID: UUID
        package var title: String
        package var occupationCode: String?
        package var level: EngineerLevel?
        package var hours: StudyHours
        package var link: String?
        package var content: String
    }

    package func validate(actor: Actor, scope: AccessScope, on db: any Database) async throws
        -> Result<Valid, FieldErrors>
    {
        var read = FieldReader()
        let provider = try await read.provider(providerID, "providerID", actor: actor, scope: scope, on: db)
        let title = read.text(self.title, "title", .courseTitle)
        var occupation = read.text(occupationCode, "occupationCode", .programOccupation, required: false, max: 20)
        if let code = occupation, try await Occupation.find(code, on: db) == nil {
            read.fail("occupationCode", .talentOccupationUnknown(code: code), .unknown)
            occupation = nil
        }
        let level = read.choice(self.level, "level", .programEngineerLevel, as: EngineerLevel.self, required: false)
        let hours = read.hours(self.hours, "hours", .courseHours, max: 200)
        if hours == .zero { read.fail("hours", Message { m in m(.fieldHours(field: m(.courseHours), max: "200")) }) }
        let link = read.text(self.link, "link", .courseLink, required: false, max: 500)
        if let link, !(link.hasPrefix("https://") || link.hasPrefix("http://")) || link.contains(" ") {
            read.fail("link", .courseLinkInvalid)
        }
        let content = read.text(
            self.content, "content", .courseContent, required: link == nil, max: 20_000, multiline: true)
        guard read.errors.isEmpty, let provider, let title, let hours else { return .failure(read.errors) }
        return .success(
            Valid(
                providerID: provider, title: title, occupationCode: occupation, level: level, hours: hours,
                link: link, content: content ?? ""))
    }
}
