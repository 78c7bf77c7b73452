import Fluent
import Foundation
import SiteKit
import TalentDomain

/// 培训券: one voucher held by one talent, issued in a batch.
final class Voucher: Model, @unchecked Sendable {
    static let schema = "vouchers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "batch_id") var batch: VoucherBatch
    @Parent(key: "talent_id") var talent: Talent
    /// The key group the talent qualified through.
    @Field(key: "key_group") var keyGroup: String
    @Field(key: "occupation_code") var occupationCode: String
    @Field(key: "value_fen") var valueFen: Int64
    /// `YYYY-MM-DD`.
    @Field(key: "issued_on") var issuedOn: String
    /// Last day of use, `YYYY-MM-DD`.
    @Field(key: "expires_on") var expiresOn: String
    /// Changed from `issued` only by one conditional UPDATE (`VoucherStore.spend`), so a
    /// voucher is spent at most once however many requests try at the same moment.
    @Enum(key: "status") var status: VoucherStatus
    @OptionalField(key: "redeemed_at") var redeemedAt: Date?
    @OptionalField(key: "enrollment_id") var enrollmentID: UUID?
    @OptionalField(key: "program_id") var programID: UUID?
    /// The provider paid for it (its settlement list), once redeemed.
    @OptionalField(key: "provider_id") var providerID: UUID?
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    @OptionalField(key: "cancel_reason") var cancelReason: String?
    @OptionalField(key: "cancelled_by") var cancelledBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var value: Money { Money(fen: valueFen) }
}

/// 发放批次: vouchers issued together by an officer for one occupation and key group.
final class VoucherBatch: Model, @unchecked Sendable {
    static let schema = "voucher_batches"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "key_group") var keyGroup: String
    @OptionalField(key: "district_code") var districtCode: String?
    @Field(key: "occupation_code") var occupationCode: String
    @Field(key: "value_fen") var valueFen: Int64
    @Field(key: "issued_on") var issuedOn: String
    @Field(key: "expires_on") var expiresOn: String
    @Field(key: "issued_count") var issuedCount: Int
    @Field(key: "issued_by") var issuedBy: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
