import Fluent
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// A program as the provider's form or the API submits it. Every field is checked and
/// all problems reported together; nothing is written unless all are valid.
package struct ProgramInput: Content {
    /// Administrators name the provider; a provider's staff always act for their own.
    @FormText package var providerID: String?
    @FormText package var kind: String?
    @FormText package var title: String?
    @FormText package var measure: String?
    @FormText package var occupationCode: String?
    @FormText package var direction: String?
    @FormText package var engineerLevel: String?
    @FormText package var skillLevel: String?
    @FormText package var theme: String?
    /// One expert a line.
    @FormText package var experts: String?
    @FormText package var format: String?
    @FormText package var description: String?
    @FormNumber package var capacity: String?
    @FormText package var startsOn: String?
    @FormText package var endsOn: String?
    @FormText package var delivery: String?
    @FormText package var place: String?
    /// In yuan: `1200` or `1,200.50`.
    @FormNumber package var fee: String?
    @FormFlag package var vouchersApply: String?
    @FormFlag package var subsidiesApply: String?
    /// The entry requirement: any one of the filled alternatives suffices.
    @FormText package var requireCertificateKind: String?
    @FormText package var requireCertificateLevel: String?
    @FormNumber package var requireYearsInField: String?
    @FormText package var requireEducation: String?
    @FormText package var requireSkillLevel: String?
    @FormNumber package var minAttendancePercent: String?

    package init() {}

    /// The form filled from a stored program, for editing.
    package init(_ program: Program) {
        providerID = program.$provider.id.uuidString
        kind = program.kind.rawValue
        title = program.title
        measure = program.measure
        occupationCode = program.occupationCode
        direction = program.direction
        engineerLevel = program.engineerLevel?.rawValue
        skillLevel = program.skillLevel?.rawValue
        theme = program.theme
        experts = program.experts
        format = program.format
        description = program.description
        capacity = String(program.capacity)
        startsOn = program.startsOn
        endsOn = program.endsOn
        delivery = program.delivery.rawValue
        place = program.place
        fee = Money(fen: program.feeFen).yuanText
        vouchersApply = program.vouchersApply ? "on" : nil
        subsidiesApply = program.subsidiesApply ? "on" : nil
        minAttendancePercent = String(program.minAttendancePercent)
        for clause in program.entryRequirement.anyOf {
            switch clause {
            case let .certificate(kind, minimum):
                requireCertificateKind = kind.rawValue
                requireCertificateLevel = minimum?.rawValue
            case let .yearsInField(years): requireYearsInField = String(years)
            case let .education(level): requireEducation = level.rawValue
            case let .skillLevel(level): requireSkillLevel = level.rawValue
            }
        }
    }

    package struct Valid {
        package var providerID: UUID
        package var kind: ProgramKind
        package var title: String
        package var measure: String
        package var occupationCode: String?
        package var direction: String?
        package var engineerLevel: EngineerLevel?
        package var skillLevel: SkillLevel?
        package var theme: String?
        package var experts: String?
        package var format: String?
        package var description: String
        package var capacity: Int
        package var startsOn: CalendarDate
        package var endsOn: CalendarDate
        package var delivery: DeliveryMode
        package var place: String?
        package var fee: Money
        package var vouchersApply: Bool
        package var subsidiesApply: Bool
        package var entryRequirement: EntryRequirement
        package var minAttendancePercent: Int

        package func apply(to program: Program) {
            program.$provider.id = providerID
            program.kind = kind
            program.title = title
            program.measure = measure
            program.year = startsOn.year
            program.occupationCode = occupationCode
            program.direction = direction
            program.engineerLevel = engineerLevel
            program.skillLevel = skillLevel
            program.theme = theme
            program.experts = experts
            program.format = format
            program.description = description
            program.capacity = capacity
            program.startsOn = startsOn.description
            program.endsOn = endsOn.description
            program.delivery = delivery
            program.place = place
            program.feeFen = fee.fen
            program.vouchersApply = vouchersApply
            program.subsidiesApply = subsidiesApply
            program.entryRequirement = entryRequirement
            program.minAttendancePercent = minAttendancePercent
        }
    }

    package static let maxCapacity = 10_000

    /// The names of the fields whose values differ, for the audit event (never the values).
    package func changedFields(comparedWith other: ProgramInput) -> [String] {
        zip(Mirror(reflecting: self).children, Mirror(reflecting: other).children).compactMap { mine, theirs in
            guard let label = mine.label, String(describing: mine.value) != String(describing: theirs.value) else {
                return nil
            }
            return String(label.drop { $0 == "_" })
        }
    }

    /// `actor`'s organisation is the provider unless the actor may act for any.
    package func validate(
        actor: Actor, scope: AccessScope, policy: PolicyDocument, on database: any Database
    ) async throws -> Result<Valid, FieldErrors> {
        var read = FieldReader()
        let provider = try await read.provider(providerID, "providerID", actor: actor, scope: scope, on: database)
        let kind = read.choice(self.kind, "kind", .programKind, as: ProgramKind.self)
        let title = read.text(self.title, "title", .programTitle)
        var measure = kind?.defaultMeasure
        if let code = read.text(self.measure, "measure", .columnMeasure, required: false, max: 8)?.uppercased() {
            if policy.measure(code) == nil {
                read.fail(
                    "measure", .errorUnknownMeasure(code: code, last: policy.measures.last?.code ?? "M12"), .unknown)
            }
            measure = code
        }
        var occupation = read.text(
            occupationCode, "occupationCode", .programOccupation,
            required: kind?.needsOccupation ?? false, max: 20)
        if let code = occupation, try await Occupation.find(code, on: database) == nil {
            read.fail("occupationCode", .talentOccupationUnknown(code: code), .unknown)
            occupation = nil
        }
        let direction = read.text(self.direction, "direction", .programDirection, required: false, max: 100)
        let engineerLevel = read.choice(
            self.engineerLevel, "engineerLevel", .programEngineerLevel, as: EngineerLevel.self,
            required: kind?.needsEngineerLevel ?? false)
        let skillLevel = read.choice(
            self.skillLevel, "skillLevel", .talentSkillLevel, as: SkillLevel.self,
            required: kind?.needsSkillLevel ?? false)
        let theme = read.text(self.theme, "theme", .programTheme, required: kind?.needsTheme ?? false)
        let experts = read.text(self.experts, "experts", .programExperts, required: false, max: 2_000, multiline: true)
        let format = read.text(self.format, "format", .programFormat, required: false, max: 100)
        let description =
            read.text(
                self.description, "description", .programDescription, required: false,
                max: 5_000, multiline: true) ?? ""
        let capacity = read.integer(self.capacity, "capacity", .programCapacity, in: 1...Self.maxCapacity)
        let startsOn = read.date(self.startsOn, "startsOn", .programStartsOn)
        let endsOn = read.date(self.endsOn, "endsOn", .programEndsOn)
        if let startsOn, let endsOn, endsOn < startsOn { read.fail("endsOn", .programEndsBeforeStart) }
        let delivery = read.choice(self.delivery, "delivery", .programDelivery, as: DeliveryMode.self)
        let place = read.text(
            self.place, "place", .programPlace, required: delivery != nil && delivery != DeliveryMode.online)
        let fee = read.money(self.fee, "fee", .programFee)
        let attendance = read.integer(
            minAttendancePercent, "minAttendancePercent", .programMinAttendance,
            in: 0...100, fallback: CompletionRule.defaultAttendancePercent)

        var clauses: [EntryRequirement.Clause] = []
        if let kind = read.choice(
            requireCertificateKind, "requireCertificateKind", .programRequireCertificate,
            as: CertificateKind.self, required: false)
        {
            let level = read.choice(
                requireCertificateLevel, "requireCertificateLevel", .programRequireCertificateLevel,
                as: EngineerLevel.self, required: false)
            if kind == .skillLevel {
                read.fail("requireCertificateKind", .programRequireSkillByLevel)
            } else {
                clauses.append(.certificate(kind: kind, minimum: level))
            }
        }
        if let years = read.integer(
            requireYearsInField, "requireYearsInField", .programRequireYears, in: 1...50,
            fallback: 0), years > 0
        {
            clauses.append(.yearsInField(years))
        }
        if let level = read.choice(
            requireEducation, "requireEducation", .programRequireEducation,
            as: EducationLevel.self, required: false)
        {
            clauses.append(.education(level))
        }
        if let level = read.choice(
            requireSkillLevel, "requireSkillLevel", .programRequireSkillLevel,
            as: SkillLevel.self, required: false)
        {
            clauses.append(.skillLevel(level))
        }

        let vouchersApply = read.flag(vouchersApply, "vouchersApply", .programVouchersApply)
        let subsidiesApply = read.flag(subsidiesApply, "subsidiesApply", .programSubsidiesApply)

        guard read.errors.isEmpty, let provider, let kind, let title, let measure, let capacity, let startsOn,
            let endsOn, let delivery, let fee, let attendance
        else { return .failure(read.errors) }
        return .success(
            Valid(
                providerID: provider, kind: kind, title: title, measure: measure,
                occupationCode: kind.needsOccupation ? occupation : nil, direction: direction,
                engineerLevel: kind.needsEngineerLevel ? engineerLevel : nil,
                skillLevel: kind.needsSkillLevel ? skillLevel : nil, theme: theme, experts: experts, format: format,
                description: description, capacity: capacity, startsOn: startsOn, endsOn: endsOn, delivery: delivery,
                place: delivery == .online ? nil : place, fee: fee, vouchersApply: vouchersApply,
                subsidiesApply: subsidiesApply, entryRequirement: EntryRequirement(anyOf: clauses),
                minAttendancePercent: attendance))
    }
}

/// A cohort (班次) of a program.
package struct CohortInput: Content {
    @FormText package var name: String?
    @FormNumber package var capacity: String?
    @FormText package var enrolDeadline: String?
    @FormText package var startsOn: String?
    @FormText package var endsOn: String?

    package struct Valid {
        package var name: String
        package var capacity: Int
        package var enrolDeadline: CalendarDate
        package var startsOn: CalendarDate
        package var endsOn: CalendarDate
    }

    package func validate(program: Program) -> Result<Valid, FieldErrors> {
        var read = FieldReader()
        let name = read.text(self.name, "name", .cohortName, max: 60)
        let capacity = read.integer(
            self.capacity, "capacity", .programCapacity, in: 1...ProgramInput.maxCapacity,
            fallback: program.capacity)
        let startsOn = read.date(self.startsOn, "startsOn", .programStartsOn)
        let endsOn = read.date(self.endsOn, "endsOn", .programEndsOn)
        let deadline = read.date(enrolDeadline, "enrolDeadline", .cohortDeadline)
        if let startsOn, let endsOn, endsOn < startsOn { read.fail("endsOn", .programEndsBeforeStart) }
        if let deadline, let endsOn, endsOn < deadline { read.fail("enrolDeadline", .cohortDeadlineAfterEnd) }
        guard read.errors.isEmpty, let name, let capacity, let startsOn, let endsOn, let deadline
        else { return .failure(read.errors) }
        return .success(
            Valid(name: name, capacity: capacity, enrolDeadline: deadline, startsOn: startsOn, endsOn: endsOn))
    }
}

/// A session (课次) of a cohort.
package struct SessionInput: Content {
    @FormText package var date: String?
    @FormNumber package var hours: String?
    @FormText package var topic: String?

    package struct Valid {
        package var date: CalendarDate
        package var hours: StudyHours
        package var topic: String
    }

    package func validate(cohort: Cohort) -> Result<Valid, FieldErrors> {
        var read = FieldReader()
        let date = read.date(self.date, "date", .sessionDate)
        if let date, let starts = CalendarDate(cohort.startsOn), let ends = CalendarDate(cohort.endsOn),
            date < starts || ends < date
        {
            read.fail("date", .sessionOutsideCohort(from: cohort.startsOn, to: cohort.endsOn))
        }
        let hours = read.hours(self.hours, "hours", .sessionHours, max: 24)
        if hours == .zero { read.fail("hours", Message { m in m(.fieldHours(field: m(.sessionHours), max: "24")) }) }
        let topic = read.text(self.topic, "topic", .sessionTopic)
        guard read.errors.isEmpty, let date, let hours, let topic else { return .failure(read.errors) }
        return .success(Valid(date: date, hours: hours, topic: topic))
    }
}
