import Accounts
import Foundation
import RoutingKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Training
import Vapor
import VaporTesting
import Vouchers

@testable import App

/// Every address the site links to is a route it serves, and no route is registered
/// twice (issue 15: the route patterns were a second table beside the paths).
@Suite("Site routes")
struct SiteRoutesTests {
    static let id = UUID()

    /// One address of every case. `exhaustive` below stops compiling when a case is added,
    /// which is the reminder to add it here too.
    static let examples: [SiteURL] =
        [
            .home, .measure("M1"), .departments, .occupations, .stylesheet, .script, .favicon, .openAPI, .login,
            .logout,
            .account, .accountPassword, .accountTokens, .revokeToken(id), .workspace, .adminUsers, .adminUser(id),
            .adminOrganizations, .adminAudit, .adminDepartments, .talents, .newTalent, .talent(id), .editTalent(id),
            .talentEligibility(id), .talentIdentifiers(id), .myEligibility, .talentExport, .talentImports,
            .talentImportTemplate,
            .talentImport(id),
            .talentImportReport(id), .erasureRequest, .myProfile,
            .adminErasures, .decideErasure(id), .register, .myData, .myDataWorkbook, .trainingCatalogue,
            .trainingManage,
            .newProgram, .programs, .program(id), .editProgram(id), .programStatus(id), .programCohorts(id),
            .cohort(id),
            .cohortSessions(id), .cohortCapacity(id), .cohortEnrollments(id), .cohortImports(id), .cohortEdit(id),
            .cohortDelete(id), .sessionDelete(id), .sessionAttendance(id), .cohortCompleteEligible(id),
            .enrollmentImport(id), .enrollmentImportReport(id), .myTraining,
            .verifyForm, .verify("ZB-2026-ABCD/x"), .certificates, .newCertificate, .certificate(id),
            .printCertificate(id), .revokeCertificate(id), .vouchers, .voucherSettlement, .voucherBatch(id),
            .voucherBatchCancel(id), .voucherCancel(id), .courses, .newCourse, .course(id), .courseCompletions(id),
            .courseReviews, .talentExports, .talentExportRun(id), .talentExportFile(id),
            .applications, .application(id), .applicationAttachments(id), .applicationAttachment(id),
            .applicationRevokeRecognition(id), .applicationLoanRepaid(id), .organizationEligibility(id),
            .organizationFacts(id),
            .notifications, .notificationsRead, .notificationRead(id),
            .policySimulations, .policySimulation(id), .policySimulationWorkbook(id),
            .nominations, .nomination(id), .nominationCandidates(id), .nominationSubmit(id), .nominationDiscard(id),
            .nominationCandidateRemove(id), .nominationCandidateOutcome(id),
            .adminIndustryChains, .adminIndustryChain("next-gen-it"), .organizationChain(id),
            .wages, .wageYear(2026), .wageDownload(2026), .wageReports, .wageReport(id), .wageReportEmployees(id),
            .wageReportGroupDelete(id), .wageReportSubmit(id), .wageReportWithdraw(id), .wageYears,
            .catalogue, .catalogueYear(2026), .catalogueDownload(2026), .catalogueDeclarations,
            .catalogueDeclarationsImport, .catalogueImportTemplate, .catalogueDeclaration(id),
            .catalogueDeclarationLines(id), .catalogueDeclarationSubmit(id),
            .catalogueDeclarationReturn(id), .catalogueLineDelete(id), .catalogueEditions, .catalogueEdition(id),
            .catalogueEditionPublish(id), .catalogueEditionDiscard(id), .jobs, .jobPost(id), .jobPostApply(id),
            .jobPostEdit(id), .jobPostPublish(id), .jobPostClose(id), .jobPostTakeDown(id), .jobPostDiscard(id),
            .jobApplicants(id), .jobInvite(id), .jobPosts, .jobCampaigns, .jobCampaign(id), .myJobs, .jobSeeking,
            .jobApplicationMove(id), .jobApplicationWithdraw(id), .jobApplicationDecline(id), .supplyDemand,
            .supplyDemandRecount, .supplyDemandDownload,
        ] + EnrollmentAction.allCases.map { .enrollmentAction(id, $0) }
        + ApplicationAction.allCases.map { .applicationStep(id, $0) }

    static func exhaustive(_ url: SiteURL) {
        switch url {
        case .home, .measure, .departments, .occupations, .stylesheet, .script, .favicon, .openAPI, .login, .logout,
            .account,
            .accountPassword, .accountTokens, .revokeToken, .workspace, .adminUsers, .adminUser, .adminOrganizations,
            .adminAudit, .adminDepartments, .talents, .newTalent, .talent, .editTalent, .talentEligibility,
            .talentIdentifiers,
            .myEligibility, .talentExport, .talentImports, .talentImportTemplate,
            .talentImport, .talentImportReport, .erasureRequest, .myProfile, .adminErasures, .decideErasure,
            .register, .myData, .myDataWorkbook, .trainingCatalogue, .trainingManage, .newProgram, .programs, .program,
            .editProgram,
            .programStatus, .programCohorts, .cohort, .cohortSessions, .cohortCapacity, .cohortEnrollments,
            .cohortImports, .cohortEdit, .cohortDelete, .sessionDelete, .sessionAttendance, .cohortCompleteEligible,
            .enrollmentImport, .enrollmentImportReport,
            .enrollmentAction, .myTraining, .verifyForm, .verify, .certificates, .newCertificate, .certificate,
            .printCertificate, .revokeCertificate, .vouchers, .voucherSettlement, .voucherBatch,
            .voucherBatchCancel, .voucherCancel, .courses, .newCourse, .course, .courseCompletions, .courseReviews,
            .talentExports, .talentExportRun, .talentExportFile,
            .applications,
            .application, .applicationStep, .applicationAttachments, .applicationAttachment,
            .applicationRevokeRecognition, .applicationLoanRepaid, .organizationEligibility, .organizationFacts,
            .notifications,
            .notificationsRead, .notificationRead, .policySimulations, .policySimulation, .policySimulationWorkbook,
            .nominations, .nomination, .nominationCandidates, .nominationSubmit, .nominationDiscard,
            .nominationCandidateRemove, .nominationCandidateOutcome, .adminIndustryChains, .adminIndustryChain,
            .organizationChain, .wages, .wageYear, .wageDownload, .wageReports, .wageReport, .wageReportEmployees,
            .wageReportGroupDelete, .wageReportSubmit, .wageReportWithdraw, .wageYears, .catalogue, .catalogueYear,
            .catalogueDownload,
            .catalogueDeclarations, .catalogueDeclarationsImport, .catalogueImportTemplate, .catalogueDeclaration,
            .catalogueDeclarationLines, .catalogueDeclarationSubmit,
            .catalogueDeclarationReturn, .catalogueLineDelete, .catalogueEditions, .catalogueEdition,
            .catalogueEditionPublish, .catalogueEditionDiscard, .jobs, .jobPost, .jobPostApply, .jobPostEdit,
            .jobPostPublish, .jobPostClose, .jobPostTakeDown, .jobPostDiscard, .jobApplicants, .jobInvite, .jobPosts,
            .jobCampaigns, .jobCampaign, .myJobs, .jobSeeking, .jobApplicationMove, .jobApplicationWithdraw,
            .jobApplicationDecline, .supplyDemand, .supplyDemandRecount, .supplyDemandDownload:
            break
        }
    }

    /// Whether `pattern` matches the path's segments as the router would.
    static func matches(_ pattern: [PathComponent], _ path: String) -> Bool {
        let segments = path.split(separator: "/").map(String.init)
        for (index, component) in pattern.enumerated() {
            switch component {
            case .catchall: return index < segments.count
            case .anything, .parameter: if index >= segments.count { return false }
            case let .constant(text): if index >= segments.count || segments[index] != text { return false }
            }
        }
        return pattern.count == segments.count
    }

    @Test func everyAddressTheSiteLinksToIsARouteItServes() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            let routes = app.routes.all
            for url in Self.examples {
                #expect(routes.contains { Self.matches($0.path, url.path) }, "no route serves \(url.path)")
            }
        }
    }

    @Test func noRouteIsRegisteredTwice() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            var seen: [String: Int] = [:]
            for route in app.routes.all { seen["\(route.method) \(route.path.string)", default: 0] += 1 }
            #expect(seen.filter { $0.value > 1 }.keys.sorted() == [])
        }
    }

    @Test func aPatternIsThePathWithItsParameter() {
        #expect(SiteURL.routeByID(SiteURL.talent).string == "talents/:id")
        #expect(
            SiteURL.route(SiteURL.enrollmentAction, .notCompleted).string == "training/enrollments/:id/not-completed")
        #expect(SiteURL.routeByCode(SiteURL.measure).string == "measures/:code")
        #expect(SiteURL.routeByCode(SiteURL.verify).string == "verify/**")
        #expect(SiteURL.newTalent.route.string == "talents/new")
    }
}
