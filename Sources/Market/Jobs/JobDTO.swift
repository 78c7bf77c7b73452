import Foundation
import SiteKit
import TalentDomain
import Vapor

/// A campaign through the API, with its hires so far.
package struct JobCampaignDTO: Content {
    package var id: UUID
    package var name: String
    package var description: String
    package var startsOn: String
    package var endsOn: String
    package var hires: Int?

    package init(_ campaign: JobCampaign, hires: Int? = nil) throws {
        (id, name, description) = (try campaign.requireID(), campaign.name, campaign.description)
        (startsOn, endsOn, self.hires) = (campaign.startsOn, campaign.endsOn, hires)
    }
}

/// A post through the API. Pay is monthly, in fen; the takedown reason is given only to
/// its employer and officers.
package struct JobPostDTO: Content {
    package var id: UUID
    package var campaign: UUID
    package var employer: UUID
    package var title: String
    package var occupation: String
    package var chain: String?
    package var district: String
    package var education: String?
    package var skills: [String]
    package var experienceYears: Int?
    package var headcount: Int
    package var payMinFen: Int64
    package var payMaxFen: Int64
    package var deadline: String
    package var description: String
    package var state: String
    package var takedownReason: String?
    package var publishedAt: Date?

    package init(_ post: JobPost, showsReason: Bool = false) throws {
        (id, campaign, employer) = (try post.requireID(), post.$campaign.id, post.$organization.id)
        (title, occupation, chain, district) = (post.title, post.occupationCode, post.chainCode, post.districtCode)
        (education, skills, experienceYears) = (post.education?.rawValue, post.skillList, post.experienceYears)
        (headcount, payMinFen, payMaxFen, deadline) = (post.headcount, post.payMinFen, post.payMaxFen, post.deadline)
        (description, state, publishedAt) = (post.description, post.state.rawValue, post.publishedAt)
        takedownReason = showsReason ? post.takedownReason : nil
    }
}

/// A page of the post search: `next` is the cursor of the following page.
package struct JobPostPageDTO: Content {
    package var items: [JobPostDTO]
    package var total: Int
    package var totalIsCapped: Bool
    package var next: String?
}

/// An application through the API. The employer sees the applicant's name and contact
/// only once they applied or accepted (`applicant` is nil for an open invitation).
package struct JobApplicationDTO: Content {
    package var id: UUID
    package var post: UUID
    package var state: String
    package var message: String?
    package var employerNote: String?
    package var appliedAt: Date?
    package var decidedAt: Date?
    package var applicant: Applicant?

    package struct Applicant: Content {
        package var talent: UUID
        package var name: String
        package var email: String?
        package var mobileMasked: String?
    }

    package init(_ application: JobApplication, applicant: Applicant? = nil) throws {
        (id, post, state) = (try application.requireID(), application.$post.id, application.state.rawValue)
        (message, employerNote) = (application.message, application.employerNote)
        (appliedAt, decidedAt, self.applicant) = (application.appliedAt, application.decidedAt, applicant)
    }
}

/// One matched talent as an employer sees them: masked (no name beyond the surname, no
/// contact), with the score and the reasons.
package struct TalentMatchDTO: Content {
    package var talent: UUID
    package var maskedName: String
    package var district: String
    package var education: String?
    package var skillLevel: String?
    package var titleLevel: String?
    package var skills: [String]
    package var score: Int
    package var reasons: [MatchReasonDTO]
    /// The state of an application or invitation this talent already has to the post.
    package var application: String?
}

/// One matched post as a talent sees it.
package struct PostMatchDTO: Content {
    package var post: JobPostDTO
    package var score: Int
    package var reasons: [MatchReasonDTO]
}

/// A reason of a match: its kind, the points it gave and its words in the reader's
/// language (`JobMatchWords`).
package struct MatchReasonDTO: Content {
    package var kind: String
    package var points: Int
    package var text: String
}

/// The talent's consent to be found by employers.
package struct JobSeekerDTO: Content {
    package var findable: Bool
}
