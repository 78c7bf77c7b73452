import Testing

@testable import TalentDomain

/// 政策模拟 (issue 16): a draft policy judged against the active one, person by person.
@Suite("Policy simulation")
struct PolicySimulationTests {
    static let active = try! PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml")
    static let today = CalendarDate("2025-06-01")!
    static let catalogued = "2-02-38-03"

    static func draft(_ old: String, _ new: String) throws -> PolicyDocument {
        try PolicyDocument.load(yaml: try Fixtures.shippedPolicy.replacingOnce(old, with: new), file: "draft.yaml")
    }

    /// Someone with an intermediate skill certificate of `issued` and an intermediate
    /// training certificate, `years` in the field.
    static func person(
        _ id: String, district: String = "370303", years: Int?, skill: SkillLevel? = .intermediate,
        issued: String = "2025-01-10", claims: [SubsidyEligibility.Claim] = []
    ) -> PolicySimulation.Subject {
        let day = CalendarDate(issued)!
        let skillCertificates =
            skill.map { [(kind: CertificateKind.skillLevel, level: CertificateLevel.skill($0))] } ?? []
        let held = skillCertificates + [(kind: .trainingCompletion, level: .engineer(.intermediate))]
        return PolicySimulation.Subject(
            id: id, name: "张晓明", district: district, occupation: catalogued,
            titles: .init(
                certificates: held.map { .init(kind: $0.kind, level: $0.level, issuedOn: day) }, yearsInField: years),
            subsidies: .init(
                certificates: held.enumerated().map {
                    .init(
                        id: "\(id)-\($0.offset)", kind: $0.element.kind, level: $0.element.level,
                        occupationCode: catalogued, issuedOn: day)
                },
                trainings: [], claims: claims, insuredMonths: nil, today: today))
    }

    static func run(_ draft: PolicyDocument, _ people: [PolicySimulation.Subject], samples: Int = 50)
        -> PolicySimulation.Report
    {
        var accumulator = PolicySimulation.Accumulator(active: active, draft: draft, sampleLimit: samples)
        for person in people { accumulator.add(person) }
        return accumulator.report
    }

    /// Done means: "Changing a subsidy amount in a draft policy and simulating it shows the
    /// changed total without activating anything" — 中级1500元 raised to 1800元.
    @Test func aChangedSubsidyAmountChangesTheTotalByTheDifference() throws {
        let draft = try Self.draft(
            "{junior: 1000, intermediate: 1500, senior: 2000}", "{junior: 1000, intermediate: 1800, senior: 2000}")
        let report = Self.run(draft, [Self.person("a", years: 1), Self.person("b", years: 5)])
        let upgrade = try #require(report.rules.first { $0.ruleID == "subsidy-skill_upgrade" })
        #expect(upgrade.moneyBefore == Money(yuan: 3000))
        #expect(upgrade.moneyAfter == Money(yuan: 3600))
        #expect(upgrade.shift.money == Money(yuan: 600))
        // Nobody gains or loses the subsidy: only the amount moves.
        #expect(upgrade.shift.gained == 0 && upgrade.shift.lost == 0)
        #expect(upgrade.byDistrict["370303"]?.money == Money(yuan: 600))
        #expect(report.affected == 2)
        #expect(report.moneyAfter.fen - report.moneyBefore.fen == 60_000)
    }

    /// 中级培训合格证书且从事本专业技术工作满3年: a draft asking for 2 years lets the one with
    /// 2 in, and leaves the one with 1 and the one with 5 as they were.
    @Test func aShorterYearsRuleGainsExactlyThoseItNowLetsIn() throws {
        let draft = try Self.draft(
            "    level: intermediate\n    min_years_in_field: 3", "    level: intermediate\n    min_years_in_field: 2")
        let report = Self.run(
            draft,
            [Self.person("a", district: "370302", years: 1), Self.person("b", years: 2), Self.person("c", years: 5)])
        let rule = try #require(report.rules.first { $0.ruleID == "training-intermediate-may-apply" })
        #expect(rule.before.eligible == 1 && rule.after.eligible == 2)
        #expect(rule.shift.gained == 1 && rule.shift.lost == 0)
        #expect(rule.byDistrict == ["370303": .init(gained: 1)])
        #expect(rule.byOccupation[Self.catalogued]?.gained == 1)
        #expect(report.affected == 1)
        #expect(report.samples.map(\.id) == ["b"])
        #expect(report.samples.first?.changes.first?.after == .eligible)
        #expect(report.samples.first?.maskedName == "张*明")
    }

    @Test func aStricterRuleCountsThoseWhoLoseIt() throws {
        let draft = try Self.draft(
            "    level: intermediate\n    min_years_in_field: 3", "    level: intermediate\n    min_years_in_field: 6")
        let rule = try #require(
            Self.run(draft, [Self.person("c", years: 5)]).rules.first { $0.ruleID == "training-intermediate-may-apply" }
        )
        #expect(rule.shift == .init(lost: 1))
    }

    /// The same policy changes nothing: every count equal, nobody affected, no sample.
    @Test func theActivePolicyAgainstItselfChangesNothing() {
        let report = Self.run(Self.active, (0..<20).map { Self.person("p\($0)", years: $0 % 6) })
        #expect(report.subjects == 20)
        #expect(report.affected == 0 && report.samples.isEmpty)
        #expect(report.rules.allSatisfy { !$0.changes && $0.byDistrict.isEmpty })
        #expect(report.rules.map(\.ruleID).contains("subsidy-skill_upgrade"))
    }

    /// 每人每年最多3次: money at stake counts no more claims than the year has left.
    @Test func theMoneyAtStakeCountsOnlyTheClaimsTheYearHasLeft() throws {
        let claims = (0..<2).map {
            SubsidyEligibility.Claim(
                kind: .skillUpgrade, basisID: "old\($0)", occupationCode: "x\($0)", levelCode: "junior",
                enrollmentID: nil, claimedOn: CalendarDate("2025-02-0\($0 + 1)")!)
        }
        var person = Self.person("a", years: 1, claims: claims)
        // Two claimable certificates, one claim left this year: only the larger counts.
        person.subsidies?.certificates.append(
            .init(
                id: "senior", kind: .skillLevel, level: .skill(.senior), occupationCode: Self.catalogued,
                issuedOn: CalendarDate("2025-03-01")!))
        let upgrade = try #require(
            Self.run(Self.active, [person]).rules.first { $0.ruleID == "subsidy-skill_upgrade" })
        #expect(upgrade.moneyBefore == Money(yuan: 2000))
    }

    @Test func samplesStopAtTheLimitButEveryoneIsCounted() throws {
        let draft = try Self.draft(
            "{junior: 1000, intermediate: 1500, senior: 2000}", "{junior: 1000, intermediate: 1600, senior: 2000}")
        let report = Self.run(draft, (0..<10).map { Self.person("p\($0)", years: 1) }, samples: 3)
        #expect(report.affected == 10 && report.samples.count == 3)
    }

    /// A rule only the draft has is reported as new: nobody had it before.
    @Test func aRuleOnlyTheDraftHasIsReportedAsNew() throws {
        // Renamed where it is defined and in the kind of application made under it.
        let draft = try PolicyDocument.load(
            yaml: try Fixtures.shippedPolicy.replacingOnce(
                "  - id: training-intermediate-may-apply", with: "  - id: training-intermediate-renamed"
            ).replacingOnce(", training-intermediate-may-apply,", with: ", training-intermediate-renamed,"),
            file: "draft.yaml")
        let report = Self.run(draft, [Self.person("c", years: 5)])
        let old = try #require(report.rules.first { $0.ruleID == "training-intermediate-may-apply" })
        let new = try #require(report.rules.first { $0.ruleID == "training-intermediate-renamed" })
        #expect(old.inActive && !old.inDraft && old.shift.lost == 1)
        #expect(!new.inActive && new.inDraft && new.shift.gained == 1)
    }
    static func company(_ id: String, staff: Int?, district: String = "370303") -> PolicySimulation.Subject {
        PolicySimulation.Subject(
            organisation: id, name: "淄博数智科技有限公司", district: district,
            loans: .init(
                borrower: .enterprise(.init(staff: staff, revenue: Money(yuan: 5_000_000), newHireKeyGroupPercent: 20)))
        )
    }

    /// Organisations are judged too, under the enterprise loans only: a draft that raises
    /// the staff ceiling from 100 to 150 lets a company of 120 in, and what it could borrow
    /// is reported apart from the subsidies.
    @Test func aRaisedStaffCeilingLetsACompanyBorrowAndStaysOutOfTheSubsidyTotals() throws {
        let draft = try Self.draft("    max_staff: 100", "    max_staff: 150")
        let report = Self.run(
            draft, [Self.person("p", years: 1), Self.company("c1", staff: 120), Self.company("c2", staff: 20)])
        #expect(report.subjects == 3 && report.organisations == 2)
        #expect(report.affected == 1)
        let boost = try #require(report.rules.first { $0.ruleID == "loan-boost-enterprise" })
        #expect(boost.isLoan == true)
        // two organisations judged under it, the person not
        #expect(boost.before.eligible + boost.before.needsReview + boost.before.notEligible == 2)
        #expect(boost.shift.gained == 1 && boost.shift.lost == 0)
        #expect(boost.shift.money == Money(yuan: 10_000_000))
        #expect(boost.byDistrict["370303"]?.gained == 1)
        // the subsidy totals do not move: lending is not paying
        #expect(report.moneyBefore == report.moneyAfter)
        #expect(report.samples.map(\.id) == ["c1"])
        #expect(report.samples.first?.isOrganisation == true)
        // an organisation has no occupation to be grouped under
        #expect(boost.byOccupation.isEmpty)
        // the person is not judged under the enterprise loans, nor the companies under the titles
        let title = try #require(report.rules.first { $0.ruleID == "training-junior-may-apply" })
        #expect(title.before.eligible + title.before.needsReview + title.before.notEligible == 1)
    }

    /// A person with loan facts is judged under the individual loans: a lower cap in the
    /// draft lowers what they could borrow, to the fen.
    @Test func aLowerIndividualCapLowersWhatAPersonCouldBorrow() throws {
        let draft = try Self.draft("    cap_yuan: 500000", "    cap_yuan: 400000")
        var person = Self.person("p", years: 1)
        person.loans = .init(
            borrower: .individual(.init(hasDigitalOccupation: true, keyGroups: [])),
            held: ["boost-individual": Money(yuan: 100_000)])
        let report = Self.run(draft, [person])
        let boost = try #require(report.rules.first { $0.ruleID == "loan-boost-individual" })
        #expect(boost.moneyBefore == Money(yuan: 400_000))
        #expect(boost.moneyAfter == Money(yuan: 300_000))
        // not in a key group: the guaranteed loan stays refused under both
        let guaranteed = try #require(report.rules.first { $0.ruleID == "loan-guaranteed-individual" })
        #expect(guaranteed.before.notEligible == 1 && !guaranteed.changes)
    }
}
