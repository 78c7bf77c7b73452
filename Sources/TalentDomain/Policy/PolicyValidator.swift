/// Checks what decoding cannot: references between parts of the file, uniqueness,
/// ranges. Collects every problem rather than stopping at the first.
struct PolicyValidator {
    private let policy: PolicyDocument
    private var problems: [PolicyProblem] = []
    private let departmentCodes: Set<String>
    private let measureCodes: Set<String>

    static func problems(in policy: PolicyDocument) -> [PolicyProblem] {
        var validator = PolicyValidator(policy: policy)
        validator.run()
        return validator.problems
    }

    private init(policy: PolicyDocument) {
        self.policy = policy
        departmentCodes = Set(policy.departments.map(\.code))
        measureCodes = Set(policy.measures.map(\.code))
    }

    private mutating func run() {
        check(!policy.id.isEmpty, "id", "must not be empty")
        check(policy.version >= 1, "version", "must be 1 or more")
        check(
            CalendarDate(policy.effectiveDate) != nil, "effective_date",
            "must be a date written YYYY-MM-DD")
        check(policy.keyIndustryChainCount >= 0, "key_industry_chain_count", "must not be negative")

        check(!policy.departments.isEmpty, "departments", "must list at least one department")
        unique(policy.departments.map(\.code), "departments", "code")
        for (index, department) in policy.departments.enumerated() {
            check(
                department.code.allSatisfy { $0.isUppercase || $0.isNumber } && !department.code.isEmpty,
                "departments[\(index)].code", "must be upper-case letters or digits")
        }
        check(
            policy.departments.filter(\.lead).count == 1, "departments",
            "exactly one department must be the lead")

        check(!policy.measures.isEmpty, "measures", "must list at least one measure")
        unique(policy.measures.map(\.code), "measures", "code")
        for (index, measure) in policy.measures.enumerated() {
            let path = "measures[\(index)]"
            check(
                measure.code == "M\(measure.number)", "\(path).code",
                "must be M followed by the measure number (\(measure.number))")
            check(!measure.tasks.isEmpty, "\(path).tasks", "must list at least one task")
            for (taskIndex, task) in measure.tasks.enumerated() {
                departments(task.departments, "\(path).tasks[\(taskIndex)].departments")
            }
        }

        unique(policy.targets.map(\.id), "targets", "id")
        for (index, target) in policy.targets.enumerated() {
            let path = "targets[\(index)]"
            measure(target.measure, "\(path).measure")
            departments(target.departments, "\(path).departments")
            check(target.value >= 0, "\(path).value", "must not be negative")
            check(
                target.unit != .percent || target.value <= 100, "\(path).value",
                "a percentage must not exceed 100")
        }

        unique(policy.loanProducts.map(\.id), "loan_products", "id")
        unique(
            policy.loanProducts.map { "\($0.product.rawValue)/\($0.borrower.rawValue)" },
            "loan_products", "product and borrower")
        for (index, loan) in policy.loanProducts.enumerated() {
            measure(loan.measure, "loan_products[\(index)].measure")
            check(loan.capYuan > 0, "loan_products[\(index)].cap_yuan", "must be a positive amount")
        }

        unique(policy.subsidies.map(\.kind.rawValue), "subsidies", "kind")
        for (index, subsidy) in policy.subsidies.enumerated() {
            subsidyChecks(subsidy, "subsidies[\(index)]")
        }
        applicationChecks()
        loanBorrowerChecks()

        unique(policy.titlePathways.map(\.id), "title_pathways", "id")
        unique(
            policy.titlePathways.map { "\($0.certificate.rawValue)/\($0.level.rawValue)" },
            "title_pathways", "certificate and level")
        for (index, pathway) in policy.titlePathways.enumerated() {
            check(
                pathway.minYearsInField >= 0, "title_pathways[\(index)].min_years_in_field",
                "must not be negative")
            // M8's pathways start from the engineer programme's two certificates; a skill
            // level reaches a title through the crossover mapping instead.
            check(
                pathway.certificate != .skillLevel, "title_pathways[\(index)].certificate",
                "must be technical_grade or training_completion")
        }
        check(
            policy.exceptionalSenior.requiresReview, "exceptional_senior.requires_review",
            "must be true: an exceptional senior application always needs human review")
        unique(
            policy.crossover.skillToTitle.map(\.skillLevel.rawValue), "crossover.skill_to_title",
            "skill_level")
        for (index, mapping) in policy.crossover.skillToTitle.enumerated() {
            check(
                mapping.minYears >= 0, "crossover.skill_to_title[\(index)].min_years",
                "must not be negative")
        }
        let reverse = policy.crossover.titleToSkill ?? []
        unique(reverse.map(\.titleLevel.rawValue), "crossover.title_to_skill", "title_level")
        for (index, mapping) in reverse.enumerated() {
            check(mapping.minYears >= 0, "crossover.title_to_skill[\(index)].min_years", "must not be negative")
        }

        measure(policy.nominationRule.measure, "nomination_rule.measure")
        check(
            (0...100).contains(policy.nominationRule.minDigitalSharePercent),
            "nomination_rule.min_digital_share_percent", "must be between 0 and 100")

        unique(policy.keyGroups.map(\.code), "key_groups", "code")
        unique(policy.demandOccupations, "training_demand_catalogue", "occupation code")
        for (index, code) in policy.demandOccupations.enumerated() {
            let parts = code.split(separator: "-", omittingEmptySubsequences: false)
            check(
                parts.map(\.count) == [1, 2, 2, 2] && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } },
                "training_demand_catalogue[\(index)]", "must be a national occupation code such as 2-02-38-03")
        }
        unique(policy.talentCategories.map(\.code), "talent_categories", "code")
        nominationProgrammeChecks()
        if let readers = policy.identifierReaders {
            departments(readers.departments, "identifier_readers.departments")
        }
        if let market = policy.market {
            check(market.monthlyPayCeilingYuan > 0, "market.monthly_pay_ceiling_yuan", "must be positive")
            check(market.maxHeadcount > 0, "market.max_headcount", "must be positive")
            departments(market.wageDepartments, "market.wage_departments")
        }
    }

    private mutating func nominationProgrammeChecks() {
        let programmes = policy.nominationProgrammes ?? []
        unique(programmes.map(\.id), "nomination_programmes", "id")
        let categories = Set(policy.talentCategories.map(\.code))
        for (index, programme) in programmes.enumerated() {
            let path = "nomination_programmes[\(index)]"
            check(
                !programme.id.isEmpty
                    && programme.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") },
                "\(path).id", "must be lower-case letters, digits and hyphens")
            measure(programme.measure, "\(path).measure")
            departments([programme.department], "\(path).department")
            let ofTalents = programme.candidates == .talent
            check(
                ofTalents
                    || (!programme.perDistrict && !programme.followsNominationRule && programme.minSkillLevel == nil
                        && programme.selectedCategory == nil),
                "\(path).candidates",
                "per_district, follows_nomination_rule, min_skill_level and selected_category are for talents only")
            check(
                !ofTalents || (!programme.asksProject && programme.organizationKinds == nil), "\(path).candidates",
                "asks_project and organization_kinds are for organisations only")
            if let category = programme.selectedCategory {
                check(
                    categories.contains(category), "\(path).selected_category",
                    "unknown talent category \"\(category)\"")
            }
        }
    }

    private mutating func subsidyChecks(_ subsidy: Subsidy, _ path: String) {
        measure(subsidy.measure, "\(path).measure")
        check(
            (subsidy.basis == .certificate) == !(subsidy.certificateKinds ?? []).isEmpty, "\(path).certificate_kinds",
            "must list the certificates a claim is based on when the basis is certificate, and only then")
        for (level, amount) in (subsidy.amountsYuan ?? [:]).sorted(by: { $0.key < $1.key }) {
            check(
                EngineerLevel(rawValue: level) != nil, "\(path).amounts_yuan.\(level)",
                "unknown level (junior, intermediate or senior)")
            check(amount >= 0, "\(path).amounts_yuan.\(level)", "must not be negative")
        }
        for (name, value) in [
            ("apply_within_months", subsidy.applyWithinMonths),
            ("max_claims_per_year", subsidy.maxClaimsPerYear),
            ("min_insured_months", subsidy.minInsuredMonths),
        ] {
            if let value { check(value >= 0, "\(path).\(name)", "must not be negative") }
        }
        for (index, other) in (subsidy.exclusiveWith ?? []).enumerated() {
            check(
                other != subsidy.kind, "\(path).exclusive_with[\(index)]",
                "a subsidy cannot exclude itself")
            check(
                policy.subsidies.contains { $0.kind == other }, "\(path).exclusive_with[\(index)]",
                "unknown subsidy kind \"\(other.rawValue)\"")
        }
    }

    private mutating func loanBorrowerChecks() {
        guard let rules = policy.loanBorrowers else { return }
        let groups = Set(policy.keyGroups.map(\.code))
        for (index, code) in (rules.individual?.keyGroups ?? []).enumerated() {
            check(
                groups.contains(code), "loan_borrowers.individual.key_groups[\(index)]", "unknown key group \"\(code)\""
            )
        }
        let enterprise = rules.enterprise
        for (name, value) in [("max_staff", enterprise?.maxStaff), ("max_revenue_yuan", enterprise?.maxRevenueYuan)] {
            if let value { check(value >= 0, "loan_borrowers.enterprise.\(name)", "must not be negative") }
        }
        if let share = enterprise?.minNewHireSharePercent {
            check((0...100).contains(share), "loan_borrowers.enterprise.min_new_hire_share_percent", "must be 0 to 100")
        }
    }

    private mutating func applicationChecks() {
        let kinds = policy.applicationKinds ?? []
        unique(kinds.map(\.id), "application_kinds", "id")
        let rules = Set(policy.ruleIDs)
        let applicable = Set(policy.applicableRuleIDs)
        // One kind a rule: the page's "开始申报" button must know which kind it starts.
        var kindOfRule: [String: Int] = [:]
        for (index, kind) in kinds.enumerated() {
            for rule in kind.rules {
                if let first = kindOfRule[rule] {
                    check(
                        false, "application_kinds[\(index)].rules",
                        "rule \"\(rule)\" is already application_kinds[\(first)]'s")
                } else {
                    kindOfRule[rule] = index
                }
            }
        }
        for (index, kind) in kinds.enumerated() {
            let path = "application_kinds[\(index)]"
            check(!kind.id.isEmpty, "\(path).id", "must not be empty")
            measure(kind.measure, "\(path).measure")
            departments([kind.department], "\(path).department")
            check(!kind.rules.isEmpty, "\(path).rules", "must name at least one rule")
            for rule in kind.rules {
                if !rules.contains(rule) {
                    check(false, "\(path).rules", "unknown rule \"\(rule)\"")
                } else {
                    check(
                        applicable.contains(rule), "\(path).rules",
                        "\"\(rule)\" is not a rule one applies under (a title recognised directly, a condition or a skill certification)"
                    )
                }
            }
            // A kind grants money or a title, never both: its approval does one thing.
            let money = kind.rules.filter { $0.hasPrefix("subsidy-") || $0.hasPrefix("loan-") }.count
            check(
                money == 0 || kind.rules.count == 1, "\(path).rules",
                "a subsidy's or a loan's kind names that one rule only")
            check((1...250).contains(kind.workingDays), "\(path).working_days", "must be from 1 to 250")
            unique(kind.attachments.map(\.code), "\(path).attachments", "code")
        }
        guard let calendar = policy.workingCalendar else { return }
        for (name, dates) in [("holidays", calendar.holidays), ("workdays", calendar.workdays)] {
            for (index, text) in dates.enumerated() {
                let date = CalendarDate(text)
                check(date != nil, "working_calendar.\(name)[\(index)]", "must be a date written YYYY-MM-DD")
                if let date {
                    check(
                        name == "holidays" ? !date.isWeekend : date.isWeekend, "working_calendar.\(name)[\(index)]",
                        name == "holidays"
                            ? "is a weekend day, which is never a working day" : "is a weekday, which is always worked")
                    check(
                        calendar.years.contains(date.year), "working_calendar.\(name)[\(index)]",
                        "is not in one of the years the calendar covers")
                }
            }
        }
    }

    private mutating func check(_ condition: Bool, _ path: String, _ message: String) {
        if !condition { problems.append(PolicyProblem(path: path, message: message)) }
    }

    private mutating func departments(_ codes: [String], _ path: String) {
        check(!codes.isEmpty, path, "must name at least one department")
        for (index, code) in codes.enumerated() {
            check(
                departmentCodes.contains(code), "\(path)[\(index)]",
                "unknown department code \"\(code)\"")
        }
    }

    private mutating func measure(_ code: String, _ path: String) {
        check(measureCodes.contains(code), path, "unknown measure code \"\(code)\"")
    }

    private mutating func unique(_ values: [String], _ path: String, _ field: String) {
        var firstIndex: [String: Int] = [:]
        for (index, value) in values.enumerated() {
            if let first = firstIndex[value] {
                problems.append(
                    PolicyProblem(
                        path: "\(path)[\(index)]",
                        message: "duplicate \(field) \"\(value)\" (first at \(path)[\(first)])"))
            } else {
                firstIndex[value] = index
            }
        }
    }
}
