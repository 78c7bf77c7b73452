import Foundation
import RoutingKit
import TalentDomain

/// Every path of the public site, used both to register routes and to build links, so a
/// route and the links to it cannot drift apart.
package enum SiteURL: Sendable, Equatable {
    case home
    case measure(String)
    case departments
    case occupations
    case stylesheet
    case script
    case favicon
    case openAPI
    case login
    case logout
    case account
    case accountPassword
    case accountTokens
    case revokeToken(UUID)
    case workspace
    case adminUsers
    case adminUser(UUID)
    case adminOrganizations
    case adminAudit
    case adminDepartments
    case talents
    case newTalent
    case talent(UUID)
    case editTalent(UUID)
    case talentEligibility(UUID)
    case talentIdentifiers(UUID)
    case myEligibility
    case talentExport
    case talentExports
    case talentExportRun(UUID)
    case talentExportFile(UUID)
    case talentImports
    case talentImportTemplate
    case talentImport(UUID)
    case talentImportReport(UUID)
    case erasureRequest
    case myProfile
    case adminErasures
    case decideErasure(UUID)
    case register
    case myData
    /// The same as `myData`, as a workbook with a sheet for each kind of record.
    case myDataWorkbook
    case trainingCatalogue
    case trainingManage
    case newProgram
    case programs
    case program(UUID)
    case editProgram(UUID)
    case programStatus(UUID)
    case programCohorts(UUID)
    case cohort(UUID)
    case cohortSessions(UUID)
    case cohortCapacity(UUID)
    case cohortEnrollments(UUID)
    case cohortImports(UUID)
    case cohortEdit(UUID)
    case cohortDelete(UUID)
    case sessionDelete(UUID)
    /// One session's attendance for the whole cohort, in one submit.
    case sessionAttendance(UUID)
    /// Completion (结业) of everyone in the cohort who meets the rule.
    case cohortCompleteEligible(UUID)
    case enrollmentImport(UUID)
    case enrollmentImportReport(UUID)
    case enrollmentAction(UUID, EnrollmentAction)
    case myTraining
    case verifyForm
    case verify(String)
    case certificates
    case newCertificate
    case certificate(UUID)
    case printCertificate(UUID)
    case revokeCertificate(UUID)
    case vouchers
    case voucherSettlement
    case voucherBatch(UUID)
    case voucherBatchCancel(UUID)
    case voucherCancel(UUID)
    case courses
    case newCourse
    case course(UUID)
    case courseCompletions(UUID)
    case courseReviews
    case notifications
    case notificationsRead
    case notificationRead(UUID)
    case applications
    case application(UUID)
    case applicationStep(UUID, ApplicationAction)
    case applicationAttachments(UUID)
    case applicationAttachment(UUID)
    case applicationRevokeRecognition(UUID)
    case applicationLoanRepaid(UUID)
    case organizationEligibility(UUID)
    case organizationFacts(UUID)
    case organizationChain(UUID)
    case policySimulations
    case policySimulation(UUID)
    case policySimulationWorkbook(UUID)
    case nominations
    case nomination(UUID)
    case nominationCandidates(UUID)
    case nominationSubmit(UUID)
    case nominationDiscard(UUID)
    case nominationCandidateRemove(UUID)
    case nominationCandidateOutcome(UUID)
    case adminIndustryChains
    case adminIndustryChain(String)
    case wages
    case wageYear(Int)
    case wageDownload(Int)
    case wageReports
    case wageReport(UUID)
    case wageReportEmployees(UUID)
    case wageReportGroupDelete(UUID)
    case wageReportSubmit(UUID)
    case wageReportWithdraw(UUID)
    case wageYears
    case catalogue
    case catalogueYear(Int)
    case catalogueDownload(Int)
    case catalogueDeclarations
    case catalogueDeclarationsImport
    case catalogueImportTemplate
    case catalogueDeclaration(UUID)
    case catalogueDeclarationLines(UUID)
    case catalogueDeclarationSubmit(UUID)
    case catalogueDeclarationReturn(UUID)
    case catalogueLineDelete(UUID)
    case catalogueEditions
    case catalogueEdition(UUID)
    case catalogueEditionPublish(UUID)
    case catalogueEditionDiscard(UUID)
    case jobs
    case jobPost(UUID)
    case jobPostApply(UUID)
    case jobPostEdit(UUID)
    case jobPostPublish(UUID)
    case jobPostClose(UUID)
    case jobPostTakeDown(UUID)
    case jobPostDiscard(UUID)
    case jobApplicants(UUID)
    case jobInvite(UUID)
    case jobPosts
    case jobCampaigns
    case jobCampaign(UUID)
    case myJobs
    case jobSeeking
    case jobApplicationMove(UUID)
    case jobApplicationWithdraw(UUID)
    case jobApplicationDecline(UUID)
    case supplyDemand
    case supplyDemandRecount
    case supplyDemandDownload

    package var path: String {
        switch self {
        case .home: "/"
        case let .measure(code): "/measures/\(code)"
        case .departments: "/departments"
        case .occupations: "/occupations"
        case .stylesheet: "/static/site.css"
        case .script: "/static/site.js"
        case .favicon: "/static/favicon.svg"
        case .openAPI: "/api/v1/openapi.json"
        case .login: "/login"
        case .logout: "/logout"
        case .account: "/account"
        case .accountPassword: "/account/password"
        case .accountTokens: "/account/tokens"
        case let .revokeToken(id): "/account/tokens/\(id.uuidString)/revoke"
        case .workspace: "/workspace"
        case .adminUsers: "/admin/users"
        case let .adminUser(id): "/admin/users/\(id.uuidString)"
        case .adminOrganizations: "/admin/organizations"
        case .adminAudit: "/admin/audit"
        case .adminDepartments: "/admin/departments"
        case .talents: "/talents"
        case .newTalent: "/talents/new"
        case let .talent(id): "/talents/\(id.uuidString)"
        case let .editTalent(id): "/talents/\(id.uuidString)/edit"
        case let .talentEligibility(id): "/talents/\(id.uuidString)/eligibility"
        case let .talentIdentifiers(id): "/talents/\(id.uuidString)/identifiers"
        case .myEligibility: "/account/eligibility"
        case .talentExport: "/talents/export"
        case .talentExports: "/talents/exports"
        case let .talentExportRun(id): "/talents/exports/\(id.uuidString)"
        case let .talentExportFile(id): "/talents/exports/\(id.uuidString)/file"
        case .talentImports: "/talents/imports"
        case .talentImportTemplate: "/talents/imports/template.xlsx"
        case let .talentImport(id): "/talents/imports/\(id.uuidString)"
        case let .talentImportReport(id): "/talents/imports/\(id.uuidString)/report.csv"
        case .erasureRequest: "/account/erasure"
        case .myProfile: "/account/profile"
        case .adminErasures: "/admin/erasures"
        case let .decideErasure(id): "/admin/erasures/\(id.uuidString)"
        case .register: "/register"
        case .myData: "/account/my-data.json"
        case .myDataWorkbook: "/account/my-data.xlsx"
        case .trainingCatalogue: "/training"
        case .trainingManage: "/training/manage"
        case .newProgram: "/training/programs/new"
        case .programs: "/training/programs"
        case let .program(id): "/training/programs/\(id.uuidString)"
        case let .editProgram(id): "/training/programs/\(id.uuidString)/edit"
        case let .programStatus(id): "/training/programs/\(id.uuidString)/status"
        case let .programCohorts(id): "/training/programs/\(id.uuidString)/cohorts"
        case let .cohort(id): "/training/cohorts/\(id.uuidString)"
        case let .cohortSessions(id): "/training/cohorts/\(id.uuidString)/sessions"
        case let .cohortCapacity(id): "/training/cohorts/\(id.uuidString)/capacity"
        case let .cohortEnrollments(id): "/training/cohorts/\(id.uuidString)/enrollments"
        case let .cohortImports(id): "/training/cohorts/\(id.uuidString)/imports"
        case let .cohortEdit(id): "/training/cohorts/\(id.uuidString)/edit"
        case let .cohortDelete(id): "/training/cohorts/\(id.uuidString)/delete"
        case let .sessionDelete(id): "/training/sessions/\(id.uuidString)/delete"
        case let .sessionAttendance(id): "/training/sessions/\(id.uuidString)/attendance"
        case let .cohortCompleteEligible(id): "/training/cohorts/\(id.uuidString)/complete"
        case let .enrollmentImport(id): "/training/enrollment-imports/\(id.uuidString)"
        case let .enrollmentImportReport(id): "/training/enrollment-imports/\(id.uuidString)/report.csv"
        case let .enrollmentAction(id, action): "/training/enrollments/\(id.uuidString)/\(action.rawValue)"
        case .myTraining: "/account/training"
        case .verifyForm: "/verify"
        case let .verify(code): "/verify/\(code)"
        case .certificates: "/certificates"
        case .newCertificate: "/certificates/new"
        case let .certificate(id): "/certificates/\(id.uuidString)"
        case let .printCertificate(id): "/certificates/\(id.uuidString)/print"
        case let .revokeCertificate(id): "/certificates/\(id.uuidString)/revoke"
        case .vouchers: "/vouchers"
        case .voucherSettlement: "/vouchers/settlement"
        case let .voucherBatch(id): "/vouchers/batches/\(id.uuidString)"
        case let .voucherBatchCancel(id): "/vouchers/batches/\(id.uuidString)/cancel"
        case let .voucherCancel(id): "/vouchers/\(id.uuidString)/cancel"
        case .courses: "/courses"
        case .newCourse: "/courses/new"
        case let .course(id): "/courses/\(id.uuidString)"
        case let .courseCompletions(id): "/courses/\(id.uuidString)/completions"
        case .courseReviews: "/courses/reviews"
        case .notifications: "/notifications"
        case .notificationsRead: "/notifications/read"
        case let .notificationRead(id): "/notifications/\(id.uuidString)/read"
        case .applications: "/applications"
        case let .application(id): "/applications/\(id.uuidString)"
        case let .applicationStep(id, action): "/applications/\(id.uuidString)/\(action.rawValue)"
        case let .applicationAttachments(id): "/applications/\(id.uuidString)/attachments"
        case let .applicationAttachment(id): "/applications/attachments/\(id.uuidString)"
        case let .applicationRevokeRecognition(id): "/applications/\(id.uuidString)/revoke-recognition"
        case let .applicationLoanRepaid(id): "/applications/\(id.uuidString)/loan-repaid"
        case let .organizationEligibility(id): "/organizations/\(id.uuidString)/eligibility"
        case let .organizationFacts(id): "/organizations/\(id.uuidString)/facts"
        case let .organizationChain(id): "/organizations/\(id.uuidString)/chain"
        case .policySimulations: "/admin/policy-simulations"
        case let .policySimulation(id): "/admin/policy-simulations/\(id.uuidString)"
        case let .policySimulationWorkbook(id): "/admin/policy-simulations/\(id.uuidString)/report.xlsx"
        case .nominations: "/nominations"
        case let .nomination(id): "/nominations/\(id.uuidString)"
        case let .nominationCandidates(id): "/nominations/\(id.uuidString)/candidates"
        case let .nominationSubmit(id): "/nominations/\(id.uuidString)/submit"
        case let .nominationDiscard(id): "/nominations/\(id.uuidString)/discard"
        case let .nominationCandidateRemove(id): "/nominations/candidates/\(id.uuidString)/remove"
        case let .nominationCandidateOutcome(id): "/nominations/candidates/\(id.uuidString)/outcome"
        case .adminIndustryChains: "/admin/industry-chains"
        case let .adminIndustryChain(code): "/admin/industry-chains/\(code)"
        case .wages: "/wages"
        case let .wageYear(year): "/wages/\(year)"
        case let .wageDownload(year): "/wages/\(year)/download"
        case .wageReports: "/wages/reports"
        case let .wageReport(id): "/wages/reports/\(id.uuidString)"
        case let .wageReportEmployees(id): "/wages/reports/\(id.uuidString)/employees"
        case let .wageReportGroupDelete(id): "/wages/reports/\(id.uuidString)/employees/delete"
        case let .wageReportSubmit(id): "/wages/reports/\(id.uuidString)/submit"
        case let .wageReportWithdraw(id): "/wages/reports/\(id.uuidString)/withdraw"
        case .wageYears: "/wages/years"
        case .catalogue: "/catalogue"
        case let .catalogueYear(year): "/catalogue/\(year)"
        case let .catalogueDownload(year): "/catalogue/\(year)/download"
        case .catalogueDeclarations: "/catalogue/declarations"
        case .catalogueDeclarationsImport: "/catalogue/declarations/import"
        case .catalogueImportTemplate: "/catalogue/declarations/import/template.xlsx"
        case let .catalogueDeclaration(id): "/catalogue/declarations/\(id.uuidString)"
        case let .catalogueDeclarationLines(id): "/catalogue/declarations/\(id.uuidString)/lines"
        case let .catalogueDeclarationSubmit(id): "/catalogue/declarations/\(id.uuidString)/submit"
        case let .catalogueDeclarationReturn(id): "/catalogue/declarations/\(id.uuidString)/return"
        case let .catalogueLineDelete(id): "/catalogue/declaration-lines/\(id.uuidString)/delete"
        case .catalogueEditions: "/catalogue/editions"
        case let .catalogueEdition(id): "/catalogue/editions/\(id.uuidString)"
        case let .catalogueEditionPublish(id): "/catalogue/editions/\(id.uuidString)/publish"
        case let .catalogueEditionDiscard(id): "/catalogue/editions/\(id.uuidString)/discard"
        case .jobs: "/jobs"
        case let .jobPost(id): "/jobs/\(id.uuidString)"
        case let .jobPostApply(id): "/jobs/\(id.uuidString)/apply"
        case let .jobPostEdit(id): "/jobs/\(id.uuidString)/edit"
        case let .jobPostPublish(id): "/jobs/\(id.uuidString)/publish"
        case let .jobPostClose(id): "/jobs/\(id.uuidString)/close"
        case let .jobPostTakeDown(id): "/jobs/\(id.uuidString)/take-down"
        case let .jobPostDiscard(id): "/jobs/\(id.uuidString)/discard"
        case let .jobApplicants(id): "/jobs/\(id.uuidString)/applicants"
        case let .jobInvite(id): "/jobs/\(id.uuidString)/invite"
        case .jobPosts: "/jobs/posts"
        case .jobCampaigns: "/jobs/campaigns"
        case let .jobCampaign(id): "/jobs/campaigns/\(id.uuidString)"
        case .myJobs: "/jobs/mine"
        case .jobSeeking: "/jobs/mine/findable"
        case let .jobApplicationMove(id): "/jobs/applications/\(id.uuidString)/move"
        case let .jobApplicationWithdraw(id): "/jobs/applications/\(id.uuidString)/withdraw"
        case let .jobApplicationDecline(id): "/jobs/applications/\(id.uuidString)/decline"
        case .supplyDemand: "/market/map"
        case .supplyDemandRecount: "/market/map/recount"
        case .supplyDemandDownload: "/market/map/download"
        }
    }

    // MARK: - Route patterns, made from `path`
    //
    // `path` is the only table of addresses: a route pattern is the path of a case made
    // with placeholder values, the placeholder segment becoming the parameter. So a route
    // and the links to it cannot drift apart, and registering one needs no dummy value:
    // `routes.get(SiteURL.routeByID(SiteURL.talent), use: …)`.

    /// The pattern of an address without values, e.g. `/talents/new`.
    package var route: [PathComponent] { path.split(separator: "/").map { .constant(String($0)) } }

    /// The pattern of an address that takes an id: `:id` where the id goes.
    package static func routeByID(_ url: (UUID) -> SiteURL) -> [PathComponent] {
        pattern(url(placeholderID).path, placeholder: placeholderID.uuidString, parameter: ":id")
    }

    /// The pattern of an action on a row (an enrolment's, an application's): `:id` for the
    /// row, the action's own name.
    package static func route<Action>(_ url: (UUID, Action) -> SiteURL, _ action: Action) -> [PathComponent] {
        pattern(url(placeholderID, action).path, placeholder: placeholderID.uuidString, parameter: ":id")
    }

    /// The pattern of an address that takes a code: `:code`. A certificate code takes the
    /// rest of the path, slashes included: whatever was typed or altered in a code gets
    /// the page that says "invalid", not a bare 404.
    package static func routeByCode(_ url: (String) -> SiteURL) -> [PathComponent] {
        let sample = url(placeholderCode)
        if case .verify = sample { return pattern(sample.path, placeholder: placeholderCode, parameter: "**") }
        return pattern(sample.path, placeholder: placeholderCode, parameter: ":code")
    }

    /// The pattern of an address that takes a year: `:year`.
    package static func routeByYear(_ url: (Int) -> SiteURL) -> [PathComponent] {
        pattern(url(placeholderYear).path, placeholder: String(placeholderYear), parameter: ":year")
    }

    private static let placeholderYear = 9_999
    private static let placeholderID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x9A))
    private static let placeholderCode = "{code}"

    private static func pattern(_ path: String, placeholder: String, parameter: PathComponent) -> [PathComponent] {
        path.split(separator: "/").map { $0 == placeholder ? parameter : .constant(String($0)) }
    }
}

/// What a provider or talent does to one enrolment, each a POST to its own path (and the
/// same under `/api/v1/enrollments/{id}/…`).
package enum EnrollmentAction: String, CaseIterable, Sendable {
    case withdraw, attendance, result, complete
    case notCompleted = "not-completed"
    case certificate
}
