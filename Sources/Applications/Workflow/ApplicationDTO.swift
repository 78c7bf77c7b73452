import Certificates
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// An application as the API gives it, with its history and its attachments (never their
/// bytes: those are downloaded one by one).
package struct ApplicationDTO: Content {
    package var id: UUID
    package var kind: String
    package var measure: String
    package var departmentCode: String
    /// The applicant: a talent, or an organisation (exactly one of the two).
    package var talentID: UUID?
    package var organizationID: UUID?
    package var state: ApplicationState
    package var basisID: String?
    package var occupationCode: String?
    package var levelCode: String?
    package var amountAskedFen: Int64?
    package var amountGrantedFen: Int64?
    /// The last working day the department has (from the last submission).
    package var dueOn: String?
    package var submittedAt: Date?
    package var decidedAt: Date?
    package var createdAt: Date?
    /// What the engine decided at the last submission.
    package var decision: DecisionSnapshot?
    package var history: [Step]?
    package var attachments: [Attachment]?
    /// The title an approval recognised (a title application, one application read).
    package var titleRecognition: Recognition?

    /// A loan application once approved: what was lent, and when it was repaid.
    package var loan: Loan?

    package struct Loan: Content {
        package var productID: String
        package var amountFen: Int64
        package var grantedOn: String
        package var repaidOn: String?
    }

    package struct Recognition: Content {
        package var titleLevel: TitleLevel
        package var recognisedOn: String
        package var revokedAt: Date?
        package var revokeReason: String?
    }

    package struct Step: Content {
        package var at: Date
        /// Absent for a move the platform made (an erasure withdrawing what was open).
        package var actorID: UUID?
        package var from: ApplicationState?
        package var to: ApplicationState
        package var comment: String?
    }

    package struct Attachment: Content {
        package var id: UUID
        package var code: String
        package var fileName: String
        package var contentType: String
        package var byteCount: Int
        package var sha256: String
        package var createdAt: Date?

        package init(_ attachment: ApplicationAttachment) throws {
            id = try attachment.requireID()
            code = attachment.code
            fileName = attachment.fileName
            contentType = attachment.fileType.rawValue
            byteCount = attachment.byteCount
            sha256 = attachment.sha256
            createdAt = attachment.createdAt
        }
    }

    /// Without `history` and `attachments` (a list), or with them (one application).
    package init(
        _ application: PolicyApplication, history: [ApplicationEvent]? = nil,
        attachments: [ApplicationAttachment]? = nil, recognition: TitleRecognition? = nil, loan: LoanGrant? = nil
    )
        throws
    {
        id = try application.requireID()
        kind = application.kind
        measure = application.measure
        departmentCode = application.departmentCode
        (talentID, organizationID) = (application.$talent.id, application.$organization.id)
        state = application.state
        basisID = application.basisID
        occupationCode = application.occupationCode
        levelCode = application.levelCode
        amountAskedFen = application.amountAskedFen
        amountGrantedFen = application.amountGrantedFen
        dueOn = application.dueOn
        submittedAt = application.submittedAt
        decidedAt = application.decidedAt
        createdAt = application.createdAt
        decision = application.decision.flatMap {
            try? JSONDecoder().decode(DecisionSnapshot.self, from: Data($0.utf8))
        }
        self.history = history?.map {
            Step(at: $0.at, actorID: $0.actorID, from: $0.from, to: $0.to, comment: $0.comment)
        }
        self.attachments = try attachments?.map(Attachment.init)
        self.loan = loan.map {
            Loan(productID: $0.productID, amountFen: $0.amountFen, grantedOn: $0.grantedOn, repaidOn: $0.repaidOn)
        }
        titleRecognition = recognition.map {
            Recognition(
                titleLevel: $0.titleLevel, recognisedOn: $0.recognisedOn, revokedAt: $0.revokedAt,
                revokeReason: $0.revokeReason)
        }
    }
}
