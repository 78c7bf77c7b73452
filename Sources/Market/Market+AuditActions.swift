import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let shortageDeclaration = AuditEntityType(
        "shortage_declaration", label: .auditEntityShortageDeclaration)
    package static let catalogueEdition = AuditEntityType("catalogue_edition", label: .auditEntityCatalogueEdition)
    package static let wageReport = AuditEntityType("wage_report", label: .auditEntityWageReport)
    package static let wageYear = AuditEntityType("wage_year", label: .auditEntityWageYear)
    package static let jobCampaign = AuditEntityType("job_campaign", label: .auditEntityJobCampaign)
    package static let jobPost = AuditEntityType("job_post", label: .auditEntityJobPost)
    package static let jobApplication = AuditEntityType("job_application", label: .auditEntityJobApplication)
    /// A talent's consent to be found by employers, under the talent's id.
    package static let jobSeeker = AuditEntityType("job_seeker", label: .auditEntityJobSeeker)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let shortageDeclare = AuditAction(
        "shortage.declare", on: .shortageDeclaration, label: .auditShortageDeclare)
    package static let shortageLineAdd = AuditAction(
        "shortage.line_add", on: .shortageDeclaration, label: .auditShortageLineAdd)
    package static let shortageLineRemove = AuditAction(
        "shortage.line_remove", on: .shortageDeclaration, label: .auditShortageLineRemove)
    package static let shortageSubmit = AuditAction(
        "shortage.submit", on: .shortageDeclaration, label: .auditShortageSubmit)
    package static let shortageReturn = AuditAction(
        "shortage.return", on: .shortageDeclaration, label: .auditShortageReturn)
    /// A declaration written from the departments' import of collected declarations.
    package static let shortageImport = AuditAction(
        "shortage.import", on: .shortageDeclaration, label: .auditShortageImport)
    package static let catalogueCompile = AuditAction(
        "catalogue.compile", on: .catalogueEdition, label: .auditCatalogueCompile)
    package static let cataloguePublish = AuditAction(
        "catalogue.publish", on: .catalogueEdition, label: .auditCataloguePublish)
    package static let catalogueDiscard = AuditAction(
        "catalogue.discard", on: .catalogueEdition, label: .auditCatalogueDiscard)
    package static let wageReportOpen = AuditAction("wage.report_open", on: .wageReport, label: .auditWageReportOpen)
    /// Employees added or removed, or the report taken back (the count of rows only).
    package static let wageReportChange = AuditAction(
        "wage.report_change", on: .wageReport, label: .auditWageReportChange)
    package static let wageReportSubmit = AuditAction(
        "wage.report_submit", on: .wageReport, label: .auditWageReportSubmit)
    package static let wageYearPublish = AuditAction("wage.publish", on: .wageYear, label: .auditWageYearPublish)
    package static let jobCampaignCreate = AuditAction(
        "job.campaign_create", on: .jobCampaign, label: .auditJobCampaignCreate)
    package static let jobCampaignUpdate = AuditAction(
        "job.campaign_update", on: .jobCampaign, label: .auditJobCampaignUpdate)
    package static let jobPostCreate = AuditAction("job.post_create", on: .jobPost, label: .auditJobPostCreate)
    package static let jobPostUpdate = AuditAction("job.post_update", on: .jobPost, label: .auditJobPostUpdate)
    package static let jobPostPublish = AuditAction("job.post_publish", on: .jobPost, label: .auditJobPostPublish)
    package static let jobPostClose = AuditAction("job.post_close", on: .jobPost, label: .auditJobPostClose)
    package static let jobPostTakeDown = AuditAction("job.post_take_down", on: .jobPost, label: .auditJobPostTakeDown)
    package static let jobPostDiscard = AuditAction("job.post_discard", on: .jobPost, label: .auditJobPostDiscard)
    package static let jobApply = AuditAction("job.apply", on: .jobApplication, label: .auditJobApply)
    package static let jobInvite = AuditAction("job.invite", on: .jobApplication, label: .auditJobInvite)
    package static let jobDecline = AuditAction("job.decline", on: .jobApplication, label: .auditJobDecline)
    package static let jobWithdraw = AuditAction("job.withdraw", on: .jobApplication, label: .auditJobWithdraw)
    package static let jobMove = AuditAction("job.move", on: .jobApplication, label: .auditJobMove)
    package static let jobSeekerOptIn = AuditAction("job.seeker_opt_in", on: .jobSeeker, label: .auditJobSeekerOptIn)
    package static let jobSeekerOptOut = AuditAction(
        "job.seeker_opt_out", on: .jobSeeker, label: .auditJobSeekerOptOut)
}

extension MarketCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [
            .shortageDeclare, .shortageLineAdd, .shortageLineRemove, .shortageSubmit, .shortageReturn, .shortageImport,
            .catalogueCompile, .cataloguePublish, .catalogueDiscard, .wageReportOpen, .wageReportChange,
            .wageReportSubmit, .wageYearPublish, .jobCampaignCreate, .jobCampaignUpdate, .jobPostCreate,
            .jobPostUpdate, .jobPostPublish, .jobPostClose, .jobPostTakeDown, .jobPostDiscard, .jobApply, .jobInvite,
            .jobDecline, .jobWithdraw, .jobMove, .jobSeekerOptIn, .jobSeekerOptOut,
        ]
    }
}
