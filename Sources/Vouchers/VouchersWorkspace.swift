import Fluent
import SiteKit
import TalentDomain
import Vapor

/// Vouchers on a workspace, as each role holds them. HR staff: unused vouchers that
/// lapse within 30 days (their holders may need a reminder). A provider: this month's
/// vouchers taken in payment, as the settlement list counts them. A talent: what they
/// hold to pay with, and what lapses soon (urgent).
package struct VouchersWorkspace: WorkspaceSource {
    /// How far ahead "about to lapse" looks.
    static let soonDays = 30

    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        guard let vouchers = try? req.scopedQuery(Voucher.self) else { return WorkspacePart() }
        let today = req.clock.today
        let soon = today.adding(days: Self.soonDays).description
        let usable = vouchers.copy().filter(\.$status == .issued).filter(\.$expiresOn >= today.description)
        switch Permissions.scope(for: actor.role, .list, on: .voucher) {
        case .any:
            let lapsing = try await usable.filter(\.$expiresOn <= soon).count()
            return WorkspacePart(tasks: [
                WorkspaceTask(.workspaceVouchersLapsing, count: lapsing, path: SiteURL.vouchers.path)
            ])
        case .organization:
            // From the first of the month, as the settlement list's default period; few per
            // provider and month, so their values are summed here (the same integer on both
            // engines).
            let firstOfMonth = CalendarDate(String(format: "%04d-%02d-01", today.year, today.month)) ?? today
            let taken = try await vouchers.filter(\.$status == .redeemed)
                .filter(\.$redeemedAt >= ZiboTime.startOfDay(firstOfMonth)).all(\.$valueFen)
            return WorkspacePart(figures: [
                WorkspaceFigure(
                    .workspaceVouchersTaken, value: "\(taken.count) · ¥\(Money(fen: taken.reduce(0, +)).yuanText)",
                    path: SiteURL.voucherSettlement.path)
            ])
        case .own:
            let held = try await usable.copy().all(\.$valueFen)
            let lapsing = try await usable.filter(\.$expiresOn <= soon).count()
            return WorkspacePart(
                tasks: [
                    WorkspaceTask(
                        .workspaceOwnVouchersLapsing, count: lapsing, path: SiteURL.myTraining.path, urgent: true)
                ],
                figures: [
                    WorkspaceFigure(
                        .workspaceVouchersHeld, value: "\(held.count) · ¥\(Money(fen: held.reduce(0, +)).yuanText)",
                        path: SiteURL.myTraining.path)
                ])
        case .department, .none:
            return WorkspacePart()
        }
    }
}
