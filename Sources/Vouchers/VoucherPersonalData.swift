import Fluent
import Organizations
import SiteKit
import TalentDomain
import TalentPool
import Training

/// A talent's training vouchers for their own data download: each batch and value, when
/// issued and until when, whether used, and the program and provider it paid for.
package struct VoucherPersonalData: PersonalDataSource {
    package init() {}

    package func records(of talent: Talent, on db: any Database, messages m: Messages, policy: PolicyDocument)
        async throws -> PersonalDataSheet
    {
        let vouchers = try await Voucher.query(on: db).filter(\.$talent.$id == talent.requireID()).with(\.$batch)
            .sort(\.$issuedOn).all()
        let programIDs = Array(Set(vouchers.compactMap(\.programID)))
        let providerIDs = Array(Set(vouchers.compactMap(\.providerID)))
        let programs =
            programIDs.isEmpty
            ? [:]
            : Dictionary(
                try await Program.query(on: db).filter(\.$id ~~ programIDs).all().map { ($0.id, $0.title) },
                uniquingKeysWith: { first, _ in first })
        let providers =
            providerIDs.isEmpty
            ? [:]
            : Dictionary(
                try await Organization.query(on: db).filter(\.$id ~~ providerIDs).all().map { ($0.id, $0.name) },
                uniquingKeysWith: { first, _ in first })
        let keyGroups = Dictionary(
            policy.keyGroups.map { ($0.code, $0.name.text(m.language)) }, uniquingKeysWith: { first, _ in first })
        let rows = vouchers.map { voucher -> [String] in
            [
                voucher.batch.name, voucher.value.formatted, keyGroups[voucher.keyGroup] ?? voucher.keyGroup,
                voucher.occupationCode, voucher.issuedOn, voucher.expiresOn, m.voucherStatus(voucher.status),
                voucher.redeemedAt.map(ZiboTime.timestamp) ?? "", voucher.programID.flatMap { programs[$0] } ?? "",
                voucher.providerID.flatMap { providers[$0] } ?? "", voucher.cancelledAt.map(ZiboTime.timestamp) ?? "",
                voucher.cancelReason ?? "",
            ]
        }
        return PersonalDataSheet(
            key: "vouchers", title: .personalDataVouchersSheet,
            columns: [
                ("batch", .personalDataVoucherBatch), ("value", .personalDataVoucherValue),
                ("keyGroup", .personalDataVoucherKeyGroup), ("occupationCode", .personalDataVoucherOccupation),
                ("issuedOn", .personalDataVoucherIssuedOn), ("expiresOn", .personalDataVoucherExpiresOn),
                ("status", .personalDataVoucherStatus), ("redeemedAt", .personalDataVoucherRedeemedAt),
                ("spentOnProgram", .personalDataVoucherProgram), ("spentWithProvider", .personalDataVoucherProvider),
                ("cancelledAt", .personalDataVoucherCancelledAt), ("cancelReason", .personalDataVoucherCancelReason),
            ],
            rows: rows, messages: m)
    }
}
