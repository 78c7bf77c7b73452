import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// A campaign as an officer's form or the API sends it.
package struct JobCampaignInput: Content {
    @FormText package var name: String? = nil
    @FormText package var description: String? = nil
    @FormText package var startsOn: String? = nil
    @FormText package var endsOn: String? = nil

    package init(name: String? = nil, description: String? = nil, startsOn: String? = nil, endsOn: String? = nil) {
        (self.name, self.description, self.startsOn, self.endsOn) = (name, description, startsOn, endsOn)
    }

    package struct Valid: Sendable {
        package var name: String
        package var description: String
        package var startsOn: CalendarDate
        package var endsOn: CalendarDate

        package init(name: String, description: String, startsOn: CalendarDate, endsOn: CalendarDate) {
            (self.name, self.description, self.startsOn, self.endsOn) = (name, description, startsOn, endsOn)
        }
    }

    /// Every field checked: a campaign ends on or after it starts, and not in the past.
    package func validate(today: CalendarDate) -> Result<Valid, FieldErrors> {
        var read = FieldReader()
        let name = read.text(name, "name", .jobCampaignName, max: 100)
        let description = read.text(description, "description", .jobCampaignDescription, max: 2000, multiline: true)
        let starts = read.date(startsOn, "startsOn", .jobCampaignStartsOn)
        let ends = read.date(endsOn, "endsOn", .jobCampaignEndsOn)
        if let starts, let ends, ends < starts { read.fail("endsOn", .jobCampaignEndsBeforeStart) }
        if let ends, ends < today { read.fail("endsOn", .jobCampaignEndsInPast) }
        guard read.errors.isEmpty, let name, let description, let starts, let ends else { return .failure(read.errors) }
        return .success(Valid(name: name, description: description, startsOn: starts, endsOn: ends))
    }
}

/// A job post as the employer's form or the API sends it. Pay is typed in yuan a month;
/// the occupation may be its code, "code name" as the picker offers it, or its name; the
/// chain, when left out, is the employer's.
package struct JobPostInput: Content {
    @FormText package var campaign: String? = nil
    @FormText package var title: String? = nil
    @FormText package var occupation: String? = nil
    @FormText package var chain: String? = nil
    @FormText package var district: String? = nil
    @FormText package var education: String? = nil
    /// Separated by commas, 、 or new lines.
    @FormText package var skills: String? = nil
    @FormText package var experienceYears: String? = nil
    @FormText package var headcount: String? = nil
    @FormText package var payMinYuan: String? = nil
    @FormText package var payMaxYuan: String? = nil
    @FormText package var deadline: String? = nil
    @FormText package var description: String? = nil

    package init() {}

    /// Every field checked, each refusal naming its field; nothing is written here. The
    /// campaign must not have ended, and the deadline must lie between today and its end.
    package func validate(
        rules: MarketRules, today: CalendarDate, employerChain: String?, on db: any Database
    ) async throws -> Result<JobPostDraft, FieldErrors> {
        var read = FieldReader()
        var campaignRow: JobCampaign?
        if let id = read.id(campaign, "campaign", .jobCampaign) {
            campaignRow = try await JobCampaign.find(id, on: db)
            if campaignRow == nil { read.fail("campaign", .jobCampaignUnknown, .unknown) }
        }
        if let row = campaignRow, row.endsOn < today.description {
            read.fail("campaign", .jobCampaignEnded, .notAllowed)
        }
        let title = read.text(title, "title", .jobPostTitle, max: 100)
        let occupation = try await MarketFields.digitalOccupation(occupation, "occupation", on: db, &read)
        let chain =
            chain.trimmedText == nil
            ? employerChain : try await MarketFields.chain(chain, "chain", on: db, &read)
        var districtCode: String?
        if let code = read.text(district, "district", .jobPostDistrict, max: 12) {
            if try await District.find(code, on: db) == nil {
                read.fail("district", .jobPostDistrictUnknown, .unknown)
            } else {
                districtCode = code
            }
        }
        let education = read.choice(
            education, "education", .catalogueEducation, as: EducationLevel.self, required: false)
        let skills = MarketFields.skills(skills, "skills", &read)
        let experience = experienceYears.trimmedText.flatMap { _ in
            read.integer(experienceYears, "experienceYears", .catalogueExperience, in: 0...50)
        }
        let headcount = read.integer(headcount, "headcount", .catalogueHeadcount, in: 1...rules.maxHeadcount)
        let pay = MarketFields.payRange(payMinYuan, payMaxYuan, rules: rules, &read)
        let deadline = read.date(deadline, "deadline", .jobPostDeadline)
        if let deadline, deadline < today { read.fail("deadline", .jobPostDeadlinePast) }
        if let deadline, let row = campaignRow, deadline.description > row.endsOn {
            read.fail("deadline", .jobPostDeadlineAfterCampaign(end: row.endsOn))
        }
        let description = read.text(description, "description", .jobPostDescription, max: 4000, multiline: true)
        guard read.errors.isEmpty, let campaignRow, let title, let occupation, let districtCode, let headcount,
            let pay, let deadline, let description
        else { return .failure(read.errors) }
        return .success(
            JobPostDraft(
                campaignID: try campaignRow.requireID(), title: title, occupationCode: occupation, chainCode: chain,
                districtCode: districtCode, education: education, skills: skills, experienceYears: experience,
                headcount: headcount, payMin: pay.min, payMax: pay.max, deadline: deadline, description: description))
    }
}

/// A valid post, ready to be written.
package struct JobPostDraft: Sendable {
    package var campaignID: UUID
    package var title: String
    package var occupationCode: String
    package var chainCode: String?
    package var districtCode: String
    package var education: EducationLevel?
    package var skills: [String]
    package var experienceYears: Int?
    package var headcount: Int
    package var payMin: Money
    package var payMax: Money
    package var deadline: CalendarDate
    package var description: String

    package init(
        campaignID: UUID, title: String, occupationCode: String, chainCode: String?, districtCode: String,
        education: EducationLevel?, skills: [String], experienceYears: Int?, headcount: Int, payMin: Money,
        payMax: Money, deadline: CalendarDate, description: String
    ) {
        (self.campaignID, self.title, self.occupationCode, self.chainCode) = (
            campaignID, title, occupationCode, chainCode
        )
        (self.districtCode, self.education, self.skills, self.experienceYears) = (
            districtCode, education, skills, experienceYears
        )
        (self.headcount, self.payMin, self.payMax, self.deadline, self.description) = (
            headcount, payMin, payMax, deadline, description
        )
    }

    /// Writes its values on `post`.
    func apply(to post: JobPost) {
        post.$campaign.id = campaignID
        (post.title, post.occupationCode, post.chainCode, post.districtCode) = (
            title, occupationCode, chainCode, districtCode
        )
        (post.education, post.skills, post.experienceYears, post.headcount) = (
            education, skills.joined(separator: "\n"), experienceYears, headcount
        )
        (post.payMinFen, post.payMaxFen, post.deadline, post.description) = (
            payMin.fen, payMax.fen, deadline.description, description
        )
    }
}

/// A reason: an officer's for taking a post down.
package struct JobReasonInput: Content {
    @FormText package var reason: String? = nil

    package init(reason: String? = nil) { self.reason = reason }
}

/// A talent's application: an optional word to the employer.
package struct JobApplyInput: Content {
    @FormText package var message: String? = nil

    package init(message: String? = nil) { self.message = message }
}

/// An employer's move of an application, with an optional note to the talent.
package struct JobMoveInput: Content {
    @FormText package var state: String? = nil
    @FormText package var note: String? = nil

    package init(state: String? = nil, note: String? = nil) { (self.state, self.note) = (state, note) }
}

/// An employer's invitation of a matched talent, by the id matching gave.
package struct JobInviteInput: Content {
    @FormText package var talent: String? = nil

    package init(talent: String? = nil) { self.talent = talent }
}

/// A talent's consent to be found by employers.
package struct JobSeekerInput: Content {
    @FormFlag package var findable: String? = nil

    package init(findable: String? = nil) { self.findable = findable }
}
