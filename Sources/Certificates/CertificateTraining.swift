import Fluent
import TalentDomain
import Vapor

/// The training a certificate was issued for: what a printed certificate and the public
/// check name besides the signed facts.
package struct CertificateTraining: Sendable, Equatable {
    /// The programme's title (培训项目).
    package var programme: String
    /// The organisation that ran it.
    package var provider: String
    /// The cohort's first and last day, `YYYY-MM-DD`.
    package var startsOn: String
    package var endsOn: String
    /// The hours the holder attended.
    package var hours: StudyHours

    package init(programme: String, provider: String, startsOn: String, endsOn: String, hours: StudyHours) {
        (self.programme, self.provider, self.startsOn, self.endsOn, self.hours) =
            (programme, provider, startsOn, endsOn, hours)
    }
}

/// Finds the training behind a certificate. Programmes and enrolments belong to the
/// training capability, which sits above this one, so it answers through this protocol
/// (`App.capabilities` composes it); without an answer the certificate shows its signed
/// facts alone.
package protocol CertificateTrainingSource: Sendable {
    /// Nil for a certificate recorded from elsewhere, or whose enrolment is gone.
    func training(of certificate: Certificate, on db: any Database) async throws -> CertificateTraining?
}

extension Application {
    private struct TrainingSourceKey: StorageKey {
        typealias Value = any CertificateTrainingSource
    }

    /// The source the certificates capability was composed with; nil names no training.
    package var certificateTraining: (any CertificateTrainingSource)? {
        get { storage[TrainingSourceKey.self] }
        set { storage[TrainingSourceKey.self] = newValue }
    }
}

extension Request {
    /// The training behind `certificate`, when the platform knows it.
    package func training(of certificate: Certificate) async throws -> CertificateTraining? {
        try await application.certificateTraining?.training(of: certificate, on: db)
    }
}
