import Fluent
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// A batch of vouchers as an officer's form or the API submits it.
package struct VoucherBatchInput: Content {
    @FormText package var name: String?
    @FormText package var keyGroup: String?
    @FormText package var districtCode: String?
    @FormText package var occupationCode: String?
    /// In yuan.
    @FormNumber package var value: String?
    @FormText package var expiresOn: String?
    @FormNumber package var maxCount: String?
    /// The people to issue to, one a line: a name, an ID number or a profile id
    /// (`TalentReferenceList`); everyone in the key group when empty.
    @FormList package var talentIDs: String?

    package func validate(policy: PolicyDocument, today: CalendarDate, cipher: PersonalDataCipher, on db: any Database)
        async throws
        -> Result<VoucherStore.Batch, FieldErrors>
    {
        var read = FieldReader()
        let name = read.text(self.name, "name", .voucherBatchName, max: 100)
        let keyGroup = read.text(self.keyGroup, "keyGroup", .talentKeyGroups, max: 60)
        if let keyGroup, !policy.keyGroups.contains(where: { $0.code == keyGroup }) {
            read.fail("keyGroup", .talentKeyGroupUnknown, .unknown)
        }
        let district = read.text(districtCode, "districtCode", .organizationDistrict, required: false, max: 12)
        if let district, try await District.find(district, on: db) == nil {
            read.fail("districtCode", .districtUnknown, .unknown)
        }
        let occupation = read.text(occupationCode, "occupationCode", .programOccupation, max: 20)
        if let occupation, !policy.demandOccupations.contains(occupation) {
            read.fail("occupationCode", .voucherOccupationNotInCatalogue(code: occupation))
        }
        var value = read.money(self.value, "value", .voucherValue)
        if value?.fen ?? 0 <= 0, read.errors["value"] == nil {
            read.fail("value", Message { m in m(.fieldMoney(field: m(.voucherValue))) })
            value = nil
        }
        let expires = read.date(expiresOn, "expiresOn", .voucherExpiresOn)
        if let expires, expires < today { read.fail("expiresOn", .voucherExpiresInPast) }
        let maxCount = read.integer(
            self.maxCount, "maxCount", .voucherMaxCount, in: 1...VoucherStore.maxBatch,
            fallback: VoucherStore.maxBatch)
        var ids: [UUID]?
        if let list = read.text(
            talentIDs, "talentIDs", .voucherTalents, required: false, max: 400_000, multiline: true)
        {
            switch try await TalentReferenceList.resolve(list, cipher: cipher, today: today, on: db) {
            case let .success(found) where found.count <= VoucherStore.maxBatch: ids = found
            case .success: read.fail("talentIDs", .voucherTalentIDsInvalid)
            case let .failure(unresolved): read.fail("talentIDs", unresolved.message, .unknown)
            }
        }
        guard read.errors.isEmpty, let name, let keyGroup, let occupation, let value, let expires, let maxCount else {
            return .failure(read.errors)
        }
        return .success(
            VoucherStore.Batch(
                name: name, keyGroup: keyGroup, districtCode: district, occupationCode: occupation,
                value: value, issuedOn: today, expiresOn: expires, talentIDs: ids,
                maxCount: maxCount))
    }
}
