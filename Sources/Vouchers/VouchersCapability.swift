import Organizations
import SiteKit
import TalentDomain
import Training
import Vapor

/// Training vouchers (M2): batches issued to key groups, spent on enrolment (the payment
/// training offers through `EnrolmentPayment`), given back on withdrawal, cancelled,
/// settled with providers.
package struct VouchersCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [VouchersController()] }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(.vouchers, .voucherTitle, .account(roles: [.admin, .officer]), order: 40),
            NavigationEntry(.voucherSettlement, .voucherSettlement, .account(roles: [.provider]), order: 45),
        ]
    }

    package var workspace: [any WorkspaceSource] { [VouchersWorkspace()] }

    package func follow(_ events: inout EventSubscribers) {
        events.subscribe(to: EnrollmentWithdrawn.self) { withdrawn, db in
            try await VoucherStore.giveBack(from: withdrawn.enrollmentID, on: db)
        }
    }
}
