import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// 培训券: one voucher held by one talent, issued in a batch.
package final class Voucher: Model, @unchecked Sendable {
    package static let schema = "vouchers"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "batch_id") package var batch: VoucherBatch
    @Parent(key: "talent_id") package var talent: Talent
    /// The key group the talent qualified through.
    @Field(key: "key_group") package var keyGroup: String
    @Field(key: "occupation_code") package var occupationCode: String
    @Field(key: "value_fen") package var valueFen: Int64
    /// `YYYY-MM-DD`.
    @Field(key: "issued_on") package var issuedOn: String
    /// Last day of use, `YYYY-MM-DD`.
    @Field(key: "expires_on") package var expiresOn: String
    /// Changed from `issued` only by one conditional UPDATE (`VoucherStore.spend`), so a
    /// voucher is spent at most once however many requests try at the same moment.
    @Enum(key: "status") package var status: VoucherStatus
    @OptionalField(key: "redeemed_at") package var redeemedAt: Date?
    @OptionalField(key: "enrollment_id") package var enrollmentID: UUID?
    @OptionalField(key: "program_id") package var programID: UUID?
    /// The provider paid for it (its settlement list), once redeemed.
    @OptionalField(key: "provider_id") package var providerID: UUID?
    @OptionalField(key: "cancelled_at") package var cancelledAt: Date?
    @OptionalField(key: "cancel_reason") package var cancelReason: String?
    @OptionalField(key: "cancelled_by") package var cancelledBy: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var value: Money { Money(fen: valueFen) }
}

/// 发放批次: vouchers issued together by an officer for one occupation and key group.
package final class VoucherBatch: Model, @unchecked Sendable {
    package static let schema = "voucher_batches"

    @ID(key: .id) package var id: UUID?
    @Field(key: "name") package var name: String
    @Field(key: "key_group") package var keyGroup: String
    @OptionalField(key: "district_code") package var districtCode: String?
    @Field(key: "occupation_code") package var occupationCode: String
    @Field(key: "value_fen") package var valueFen: Int64
    @Field(key: "issued_on") package var issuedOn: String
    @Field(key: "expires_on") package var expiresOn: String
    @Field(key: "issued_count") package var issuedCount: Int
    @Field(key: "issued_by") package var issuedBy: UUID
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
