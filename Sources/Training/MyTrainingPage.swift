import Certificates
import Courses
import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// `/account/training`: a talent's enrolments and certificates.
package struct MyTrainingPageModel {
    package var hasProfile: Bool
    package var enrollments: [Enrollment]
    package var certificates: [Certificate]
    /// What the talent holds to pay for training with (their vouchers), when offered.
    package var holdings: (any PageSection)?
    package var educationHours: [(year: Int, hours: StudyHours)]
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.myTrainingTitle),
            body: .group(
                .h1(.text(m(.myTrainingTitle))),
                FormParts.notice(notice.flatMap { m.trainingNotice($0) }),
                .p(
                    .a(.href(SiteURL.trainingCatalogue.path), .text(m(.trainingBrowse))), .text(" · "),
                    .a(.href(SiteURL.courses.path), .text(m(.coursesTitle)))),
                .if(!hasProfile, .p(.class("muted"), .text(m(.enrolNoProfile)))),
                .section(
                    .attribute(named: "aria-labelledby", value: "my-enrollments"),
                    .h2(.id("my-enrollments"), .text(m(.myEnrollments))),
                    enrollments.isEmpty
                        ? .p(.class("muted"), .text(m(.myEnrollmentsEmpty)))
                        : .ul(
                            .forEach(enrollments) { enrollment in
                                .li(
                                    .data(named: "enrollment", value: enrollment.status.rawValue),
                                    .a(
                                        .href(SiteURL.program(enrollment.$program.id).path),
                                        .text(enrollment.program.title)),
                                    .text(" · \(enrollment.cohort.name) · " + m.enrollmentStatus(enrollment.status)),
                                    .if(
                                        enrollment.status.canWithdraw,
                                        .form(
                                            .class("inline-form"), .method(.post),
                                            .action(SiteURL.enrollmentAction(enrollment.id ?? UUID(), .withdraw).path),
                                            .data(named: "confirm", value: m(.enrolWithdrawConfirm)),
                                            FormParts.csrf(csrf),
                                            .button(
                                                .type(.submit), .class("button button--small button--danger"),
                                                .text(m(.enrolWithdraw))))))
                            })
                ),
                .unwrap(holdings) { $0.render(m) },
                EducationHoursList(hours: educationHours, messages: m).node,
                .section(
                    .attribute(named: "aria-labelledby", value: "my-certificates"),
                    .h2(.id("my-certificates"), .text(m(.myCertificates))),
                    certificates.isEmpty
                        ? .p(.class("muted"), .text(m(.myCertificatesEmpty)))
                        : CertificateList(certificates: certificates, messages: m).node
                )
            ))
    }
}
