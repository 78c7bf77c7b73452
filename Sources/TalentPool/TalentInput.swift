import Fluent
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// A talent profile as a form or the API submits it, validated field by field in the
/// user's language; nothing is written unless every field is valid.
package struct TalentInput: Content {
    @FormText package var name: String? = nil
    @FormText package var residentID: String? = nil
    @FormText package var mobile: String? = nil
    @FormText package var email: String? = nil
    @FormText package var districtCode: String? = nil
    @FormText package var educationLevel: String? = nil
    @FormText package var school: String? = nil
    @FormText package var major: String? = nil
    @FormNumber package var graduationYear: String? = nil
    /// `YYYY-MM`: when professional work in the field began (M8's years in the field).
    @FormText package var fieldWorkSince: String? = nil
    @FormText package var employerID: String? = nil
    /// National occupation codes, separated by spaces, commas or 、.
    @FormList package var occupations: String? = nil
    /// Skill tags, separated by commas, 、 or new lines.
    @FormText package var skills: String? = nil
    package var categories: [String]?
    package var keyGroups: [String]?
    /// The person agreed to the consent text of `TalentConsent.version` (the creator
    /// confirms it when entering someone else's profile).
    @FormFlag package var consent: String? = nil

    package typealias Valid = TalentRecord

    /// `existing`: the profile being edited, whose own ID number is not a duplicate.
    /// `checksPool`: whether an ID number already in the pool is named as the problem
    /// (staff entry); self-registration checks that itself, without saying so.
    package func validate(
        on database: any Database, policy: PolicyDocument, cipher: PersonalDataCipher, today: CalendarDate,
        existing: Talent? = nil,
        checksPool: Bool = true
    ) async throws -> Result<Valid, FieldErrors> {
        var errors = FieldErrors()
        let name = Self.trimmed(name)
        if name == nil || name!.count > TalentText.maxNameLength { errors["name"] = .talentNameInvalid }

        var parsedID: ResidentID?
        do {
            parsedID = try ResidentID(self.residentID ?? "", today: today)
        } catch {
            errors["residentID"] = .residentIDProblem(error)
        }
        if checksPool, let parsedID,
            let holder = try await Talent.query(on: database)
                .filter(\.$residentIDIndex ~~ cipher.indexes(parsedID.value)).first(), holder.id != existing?.id
        {
            errors.refuse("residentID", .talentResidentIDTaken, .taken)
        }

        var mobile: MobileNumber?
        if let raw = Self.trimmed(self.mobile) {
            do { mobile = try MobileNumber(raw) } catch { errors["mobile"] = .userMobileInvalid }
        }
        let email = Self.trimmed(email)?.lowercased()
        if let email, !TalentText.looksLikeEmail(email) { errors["email"] = .userEmailInvalid }

        let district = Self.trimmed(districtCode) ?? ""
        if try await District.find(district, on: database) == nil {
            errors.refuse("districtCode", .districtUnknown, .unknown)
        }

        var education: EducationLevel?
        if let raw = Self.trimmed(educationLevel) {
            education = EducationLevel(rawValue: raw)
            if education == nil { errors["educationLevel"] = .talentEducationInvalid }
        }
        var year: Int?
        if let raw = Self.trimmed(graduationYear) {
            year = Int(raw)
            if year == nil || !(1950...(today.year + 6)).contains(year!) {
                errors["graduationYear"] = .talentGraduationYearInvalid(max: String(today.year + 6))
            }
        }

        var fieldWork: FieldWorkStart?
        if let raw = Self.trimmed(fieldWorkSince) {
            fieldWork = FieldWorkStart(raw)
            switch fieldWork?.problem(birthDate: parsedID?.birthDate, today: today) {
            case nil where fieldWork == nil: errors["fieldWorkSince"] = .talentFieldWorkSinceInvalid
            case .inFuture?: errors["fieldWorkSince"] = .talentFieldWorkSinceInFuture
            case let .tooYoung(age)?: errors["fieldWorkSince"] = .talentFieldWorkSinceTooYoung(age: String(age))
            case nil: break
            }
        }

        var employer: UUID?
        if let raw = Self.trimmed(employerID) {
            // Its id, or as staff type it: the name or the unified social credit code.
            let found =
                if let id = UUID(uuidString: raw) {
                    try await Organization.query(on: database).filter(\.$id == id).all()
                } else {
                    try await Organization.query(on: database).group(.or) {
                        $0.filter(\.$name == raw).filter(\.$creditCode == raw.uppercased())
                    }.limit(20).all()
                }
            // A shared name that is the profile's employer already keeps it: the edit form
            // shows the name, and saving what it shows must not be refused.
            let kept = existing?.$employer.id.flatMap { current in found.first { $0.id == current } }
            let matches = kept.map { [$0] } ?? found
            switch matches.count {
            case 1: employer = matches[0].id
            case 0: errors.refuse("employerID", .talentEmployerUnknown, .unknown)
            default: errors.refuse("employerID", .talentEmployerAmbiguous)
            }
        }

        let occupations = TalentText.list(occupations, separators: TalentText.occupationSeparators)
        let known = try await Occupation.query(on: database).filter(\.$id ~~ occupations).all().compactMap(\.id)
        if let unknown = occupations.first(where: { !known.contains($0) }) {
            errors.refuse("occupations", .talentOccupationUnknown(code: unknown), .unknown)
        }
        let skills = TalentText.list(skills, separators: TalentText.skillSeparators)
        if skills.count > TalentText.maxSkills || skills.contains(where: { $0.count > TalentText.maxSkillLength }) {
            errors["skills"] = .talentSkillsInvalid
        }
        let categories = Array(Set(categories ?? [])).sorted()
        if categories.contains(where: { code in !policy.talentCategories.contains { $0.code == code } }) {
            errors.refuse("categories", .talentCategoryUnknown, .unknown)
        }
        let keyGroups = Array(Set(keyGroups ?? [])).sorted()
        if keyGroups.contains(where: { code in !policy.keyGroups.contains { $0.code == code } }) {
            errors.refuse("keyGroups", .talentKeyGroupUnknown, .unknown)
        }
        if !consent.isChecked { errors.refuse("consent", .talentConsentMissing, .required) }
        // One line each: a tab or line break in a name would break exports and lists.
        for (field, label, text) in [
            ("name", Message.talentName, self.name), ("email", .userEmail, self.email),
            ("school", .talentSchool, self.school), ("major", .talentMajor, self.major),
        ]
        where errors[field] == nil && (text ?? "").contains(where: { $0.isNewline || $0 == "\t" }) {
            errors[field] = Message { m in m(.fieldOneLine(field: m(label))) }
        }
        errors.refuseNotValid([
            ("name", .talentName, _name), ("residentID", .talentResidentID, _residentID),
            ("mobile", .userMobile, _mobile), ("email", .userEmail, _email),
            ("districtCode", .organizationDistrict, _districtCode),
            ("educationLevel", .talentEducation, _educationLevel),
            ("school", .talentSchool, _school), ("major", .talentMajor, _major),
            ("graduationYear", .talentGraduationYear, _graduationYear),
            ("fieldWorkSince", .talentFieldWorkSince, _fieldWorkSince),
            ("employerID", .talentEmployer, _employerID),
            ("occupations", .talentOccupations, _occupations), ("skills", .talentSkills, _skills),
            ("consent", .talentConsent, _consent),
        ])

        guard errors.isEmpty, let name, let parsedID else { return .failure(errors) }
        return .success(
            Valid(
                name: name, residentID: parsedID, mobile: mobile, email: email, districtCode: district,
                educationLevel: education,
                school: Self.trimmed(school).map { String($0.prefix(TalentText.maxTextLength)) },
                major: Self.trimmed(major).map { String($0.prefix(TalentText.maxTextLength)) }, graduationYear: year,
                employerID: employer,
                occupations: occupations, skills: skills, categories: categories, keyGroups: keyGroups,
                fieldWorkSince: fieldWork, declaresFieldWork: true))
    }

    private static func trimmed(_ text: String?) -> String? { TalentText.trimmed(text) }
}

extension TalentInput {
    /// Errors for categories or key groups sent by someone who may not record them
    /// (`ResourceKind.talentClassification`) and different from `keeping`, what the
    /// profile has: a field left out keeps its value, a change is refused.
    package static func classificationRefused(
        _ input: TalentInput, keeping stored: (categories: [String], keyGroups: [String])
    ) -> FieldErrors {
        var errors = FieldErrors()
        if let sent = input.categories, Set(sent) != Set(stored.categories) {
            errors.refuse("categories", .talentClassificationStaffOnly, .notAllowed)
        }
        if let sent = input.keyGroups, Set(sent) != Set(stored.keyGroups) {
            errors.refuse("keyGroups", .talentClassificationStaffOnly, .notAllowed)
        }
        return errors
    }
}

extension Request {
    /// Whether the signed-in actor records profiles' categories and key groups.
    package var classifiesTalents: Bool {
        get throws { Permissions.scope(for: try requireActor().role, .change, on: .talentClassification) != .none }
    }
}

/// The consent a profile is created under (PIPL art. 14): which text, for which purpose.
package enum TalentConsent {
    package static let version = "2025-1"
    package static let purpose = "talent-pool"
}

extension TalentRecord {
    /// Occupations, categories and key groups, as `talent_attributes` rows hold them.
    package var codedAttributes: [(kind: TalentAttribute.Kind, code: String)] {
        occupations.map { (.occupation, $0) } + categories.map { (.category, $0) } + keyGroups.map { (.keyGroup, $0) }
    }
}

extension TalentInput {
    /// The employer's name where the field holds its id (a profile being edited), for the
    /// form to show what staff would type.
    package func employerName(on db: any Database) async throws -> String? {
        guard let id = employerID.flatMap(UUID.init(uuidString:)) else { return nil }
        return try await Organization.find(id, on: db)?.name
    }
}
