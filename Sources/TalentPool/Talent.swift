import Accounts
import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain

/// 数字人才: one person's profile in the citywide digital talent pool (M12).
///
/// The resident ID number and the mobile number are stored only encrypted (AES-GCM), with
/// a keyed blind index for uniqueness and look-up and the masked form for display.
package final class Talent: Model, @unchecked Sendable {
    package static let schema = "talents"

    @ID(key: .id) package var id: UUID?
    /// The talent's own account, once they have one.
    @OptionalParent(key: "user_id") package var user: User?
    @Field(key: "name") package var name: String
    /// Derived from the ID number (GB 11643 sequence code).
    @Field(key: "gender") package var gender: String
    /// `YYYY-MM-DD`, derived from the ID number.
    @Field(key: "birth_date") package var birthDate: String
    @OptionalField(key: "resident_id_cipher") package var residentIDCipher: String?
    @OptionalField(key: "resident_id_index") package var residentIDIndex: String?
    @OptionalField(key: "resident_id_masked") package var residentIDMasked: String?
    @OptionalField(key: "mobile_cipher") package var mobileCipher: String?
    @OptionalField(key: "mobile_masked") package var mobileMasked: String?
    @OptionalField(key: "email") package var email: String?
    @Field(key: "district_code") package var districtCode: String
    @OptionalField(key: "education_level") package var educationLevel: String?
    @OptionalField(key: "school") package var school: String?
    @OptionalField(key: "major") package var major: String?
    @OptionalField(key: "graduation_year") package var graduationYear: Int?
    @OptionalParent(key: "employer_id") package var employer: Organization?
    /// `FieldWorkStart` as `YYYY-MM`: when professional work in the field began (M8).
    @OptionalField(key: "field_work_since") package var fieldWorkSince: String?
    /// Free tags, one per line.
    @Field(key: "skills") package var skills: String
    /// Derived from certificates by the training capability (issue 5); shown now.
    @OptionalField(key: "title_level") package var titleLevel: String?
    @OptionalField(key: "skill_level") package var skillLevel: String?
    @Field(key: "consent_at") package var consentAt: Date
    @Field(key: "consent_version") package var consentVersion: String
    @Field(key: "consent_purpose") package var consentPurpose: String
    @Field(key: "status") package var status: String
    /// The talent's number in the search index (`TalentSearchIndex`), and the order of
    /// newest first in result lists.
    @OptionalField(key: "search_key") package var searchKey: Int64?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    /// Listed by hand: Fluent's default finds them by reflection on every query and
    /// row, a fifth of the CPU of an API read. `ModelPropertiesTests` checks the list.
    package var properties: [any AnyProperty] {
        [
            $id, $user, $name, $gender, $birthDate, $residentIDCipher, $residentIDIndex, $residentIDMasked,
            $mobileCipher, $mobileMasked, $email, $districtCode, $educationLevel, $school, $major, $graduationYear,
            $employer, $fieldWorkSince, $skills, $titleLevel, $skillLevel, $consentAt, $consentVersion, $consentPurpose,
            $status,
            $searchKey, $createdAt, $updatedAt,
        ]
    }

    package var skillList: [String] { skills.split(separator: "\n").map(String.init) }

    package var fieldWorkStart: FieldWorkStart? { fieldWorkSince.flatMap(FieldWorkStart.init) }

    /// The profile's columns for hand-written SQL, as `t."name", …`. `t.*` would also
    /// carry PostgreSQL's `search_vector` (1.6 KB a profile), which nothing reads.
    package static let selectList = keys.map { "t.\"\($0.description)\"" }.joined(separator: ", ")
}

/// A coded attribute of a talent, one row each, so the search filters (occupation,
/// high-level category, key group) are indexed look-ups rather than text scans.
package final class TalentAttribute: Model, @unchecked Sendable {
    package static let schema = "talent_attributes"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "talent_id") package var talent: Talent
    @Enum(key: "kind") package var kind: Kind
    @Field(key: "code") package var code: String

    package init() {}

    /// Listed by hand, as `Talent.properties` explains.
    package var properties: [any AnyProperty] { [$id, $talent, $kind, $code] }

    package init(talentID: UUID, kind: Kind, code: String) {
        self.$talent.id = talentID
        self.kind = kind
        self.code = code
    }

    package enum Kind: String, Codable, CaseIterable, Sendable {
        case occupation
        case category
        case keyGroup = "key_group"
    }
}
