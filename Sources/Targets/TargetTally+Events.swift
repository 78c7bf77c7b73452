import Certificates
import Market
import SiteKit
import Training

extension TargetTally {
    /// The targets follow the records they count: a completion or a certificate moves a
    /// figure in the same transaction that wrote it, without training or certificates
    /// knowing that targets exist.
    package static func follow(_ events: inout EventSubscribers) {
        events.subscribe(to: EnrollmentCompleted.self) { event, db in
            try await completed(event.enrollment, program: event.program, on: db)
        }
        events.subscribe(to: CertificateIssued.self) { event, db in
            try await issued(event.certificate, holder: event.holder, on: db)
        }
        events.subscribe(to: CertificateRevoked.self) { event, db in
            try await revoked(event.certificate, on: db)
        }
        events.subscribe(to: CatalogueEditionPublished.self) { event, db in
            try await published(event.edition, on: db)
        }
    }
}
