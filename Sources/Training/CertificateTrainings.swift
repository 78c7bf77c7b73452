import Certificates
import Fluent
import Organizations
import TalentDomain

/// The certificates capability's question answered from the enrolment a certificate was
/// issued on: the programme, its provider, the cohort's dates and the hours attended.
package struct CertificateTrainings: CertificateTrainingSource {
    package init() {}

    package func training(of certificate: Certificate, on db: any Database) async throws -> CertificateTraining? {
        guard let enrollmentID = certificate.enrollmentID,
            let enrollment = try await Enrollment.query(on: db).filter(\.$id == enrollmentID)
                .with(\.$cohort).with(\.$program).first()
        else { return nil }
        let provider = try await Organization.find(enrollment.providerID, on: db)
        return CertificateTraining(
            programme: enrollment.program.title, provider: provider?.name ?? certificate.issuerName,
            startsOn: enrollment.cohort.startsOn, endsOn: enrollment.cohort.endsOn,
            hours: try await EnrollmentStore.attendedHours(enrollmentID, on: db))
    }
}
