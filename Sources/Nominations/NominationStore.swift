import Fluent
import Foundation
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain
import TalentPool

/// The use cases of a nomination list, each in the caller's write transaction and
/// audited: a list is made, candidates come and go while it is a draft, it is
/// submitted if its rule holds, and the outcome of each candidate is recorded later —
/// a selected talent then carries the programme's high-level category. Refusals name
/// the field; a step the list's state does not allow is a 409 naming the state.
package enum NominationStore {
    package static func create(
        _ input: NominationListInput, policy: PolicyDocument, context: WriteContext, on db: any Database
    ) async throws -> NominationList {
        guard let actor = context.actor else { throw WriteConflict() }
        var read = FieldReader()
        let programme = input.programme.trimmedText.flatMap(policy.nominationProgramme)
        if let programme {
            if actor.role != .admin, actor.departmentCode != programme.department {
                let department =
                    policy.department(programme.department)?.shortName
                    ?? LocalizedText(
                        zh: programme.department, en: programme.department)
                read.fail(
                    "programme",
                    Message { m in m(.nominationOtherDepartment(department: department.text(m.language))) },
                    .notAllowed)
            }
        } else {
            read.fail(
                "programme", .nominationProgrammeUnknown, input.programme.trimmedText == nil ? .required : .unknown)
        }
        let year = read.integer(input.year, "year", .nominationYear, in: 2025...(context.today.year + 1))
        let districtCode = input.district.trimmedText
        if let programme, programme.perDistrict {
            if let districtCode {
                if try await District.find(districtCode, on: db) == nil {
                    read.fail("district", .nominationDistrictUnknown, .unknown)
                }
            } else {
                read.fail("district", .nominationDistrictRequired, .required)
            }
        } else if programme != nil, districtCode != nil {
            read.fail("district", .nominationCitywide)
        }
        guard read.errors.isEmpty, let programme, let year else { throw read.errors }
        let list = NominationList(
            programmeID: programme.id, year: year, districtCode: programme.perDistrict ? districtCode : nil,
            departmentCode: programme.department, createdBy: actor.userID)
        if try await NominationList.query(on: db).filter(\.$programmeID == list.programmeID)
            .filter(\.$year == year).filter(\.$scopeKey == list.scopeKey).first() != nil
        {
            throw FieldErrors("year", .nominationListExists, .taken)
        }
        try await list.create(on: db)
        try await context.record(
            AuditEntry(.nominationCreate, entityID: list.id?.uuidString, changedFields: ["programme", "year"]), on: db)
        return list
    }

    package static func addCandidate(
        _ input: NominationCandidateInput, to list: NominationList, policy: PolicyDocument, context: WriteContext,
        on db: any Database
    ) async throws -> NominationCandidate {
        guard let actor = context.actor else { throw WriteConflict() }
        let programme = try Self.programme(of: list, policy)
        try await claimDraft(list, on: db)
        let listID = try list.requireID()
        var read = FieldReader()
        let candidate: NominationCandidate
        switch programme.candidates {
        case .talent:
            guard let id = read.id(input.talentID, "talentID", .nominationTalent) else { throw read.errors }
            guard let talent = try await Talent.find(id, on: db), talent.status != "erased" else {
                throw FieldErrors("talentID", .nominationTalentUnknown, .unknown)
            }
            if let district = list.districtCode, talent.districtCode != district {
                throw FieldErrors("talentID", .nominationOtherDistrict, .notAllowed)
            }
            if let minimum = programme.minSkillLevel,
                (talent.skillLevel.flatMap(SkillLevel.init(rawValue:)).map { $0 < minimum }) ?? true
            {
                throw FieldErrors(
                    "talentID", Message { m in m(.nominationSkillTooLow(level: m.skillLevel(minimum))) },
                    .notAllowed)
            }
            candidate = NominationCandidate(listID: listID, talentID: id, addedBy: actor.userID)
        case .organization:
            let id = read.id(input.organizationID, "organizationID", .nominationOrganization)
            let project = read.text(
                input.projectTitle, "projectTitle", .nominationProject, required: programme.asksProject, max: 100)
            if !programme.asksProject, project != nil { read.fail("projectTitle", .nominationNoProject) }
            guard read.errors.isEmpty, let id else { throw read.errors }
            guard let organization = try await Organization.find(id, on: db) else {
                throw FieldErrors("organizationID", .nominationOrganizationUnknown, .unknown)
            }
            if let kinds = programme.organizationKinds, !kinds.contains(organization.kind.rawValue) {
                throw FieldErrors("organizationID", .nominationOrganizationKind, .notAllowed)
            }
            candidate = NominationCandidate(
                listID: listID, organizationID: id, projectTitle: project, addedBy: actor.userID)
        }
        if try await NominationCandidate.query(on: db).filter(\.$list.$id == listID)
            .filter(\.$candidateKey == candidate.candidateKey).first() != nil
        {
            let field = programme.candidates == .talent ? "talentID" : "organizationID"
            throw FieldErrors(field, .nominationAlreadyOnList, .taken)
        }
        try await candidate.create(on: db)
        try await context.record(
            AuditEntry(.nominationCandidateAdd, entityID: listID.uuidString, changedFields: ["candidates"]), on: db)
        return candidate
    }

    package static func removeCandidate(
        _ candidate: NominationCandidate, from list: NominationList, context: WriteContext, on db: any Database
    ) async throws {
        try await claimDraft(list, on: db)
        try await candidate.delete(on: db)
        try await context.record(
            AuditEntry(.nominationCandidateRemove, entityID: list.id?.uuidString, changedFields: ["candidates"]),
            on: db)
    }

    /// Sends the list as it stands, if it has candidates and meets its rule. The state
    /// changes first, so a candidate added at the same moment either comes before and
    /// is counted, or finds the list sent and is refused.
    package static func submit(
        _ list: NominationList, policy: PolicyDocument, context: WriteContext, on db: any Database
    ) async throws -> NominationShare {
        let programme = try Self.programme(of: list, policy)
        let listID = try list.requireID()
        let sql = db as! any SQLDatabase
        let moved = try await sql.raw(
            """
            UPDATE nomination_lists SET state = 'submitted'
            WHERE id = \(bind: listID) AND state = 'draft' RETURNING id
            """
        ).first()
        guard moved != nil else { throw WriteConflict.nomination(in: .submitted) }
        let share = try await NominationQuery.share(of: listID, rule: policy.nominationRule, on: db)
        guard share.total > 0 else { throw FieldErrors("candidates", .nominationEmpty, .required) }
        if programme.followsNominationRule, !share.isSatisfied {
            throw FieldErrors(
                "candidates", .nominationShareRefused(share), .notAllowed, measure: policy.nominationRule.measure)
        }
        list.state = .submitted
        list.submittedAt = context.now
        list.submittedBy = context.actor?.userID
        // The digital count only where the rule applies: the M8 target counts those lists.
        list.digitalAtSubmission = programme.followsNominationRule ? share.digital : nil
        list.totalAtSubmission = share.total
        try await list.save(on: db)
        try await context.record(
            AuditEntry(.nominationSubmit, entityID: listID.uuidString, changedFields: ["state"]), on: db)
        return share
    }

    /// A draft discarded, with its candidates; a submitted list stays as sent.
    package static func discard(_ list: NominationList, context: WriteContext, on db: any Database) async throws {
        try await claimDraft(list, on: db)
        let listID = try list.requireID()
        try await NominationCandidate.query(on: db).filter(\.$list.$id == listID).delete()
        try await list.delete(on: db)
        try await context.record(AuditEntry(.nominationDiscard, entityID: listID.uuidString), on: db)
    }

    /// What came of one candidate of a submitted list, once. A selected talent carries
    /// the programme's category from then on (a profile change, audited as such).
    package static func recordOutcome(
        _ input: NominationOutcomeInput, for candidate: NominationCandidate, of list: NominationList,
        policy: PolicyDocument, context: WriteContext, on db: any Database
    ) async throws {
        guard list.state == .submitted else { throw WriteConflict.nomination(in: list.state) }
        let programme = try Self.programme(of: list, policy)
        var read = FieldReader()
        let outcome = read.choice(input.outcome, "outcome", .nominationOutcome, as: NominationCandidate.Outcome.self)
        let day = read.date(input.decidedOn, "decidedOn", .nominationDecidedOn, required: false) ?? context.today
        let note = read.text(input.note, "note", .nominationNote, required: false, max: 200)
        if day > context.today { read.fail("decidedOn", .nominationDecidedInFuture) }
        if let sent = list.submittedAt.map(ZiboTime.today), day < sent {
            read.fail("decidedOn", .nominationDecidedBeforeSubmission(submitted: sent.description))
        }
        guard read.errors.isEmpty, let outcome else { throw read.errors }
        let candidateID = try candidate.requireID()
        let recorded = try await (db as! any SQLDatabase).raw(
            """
            UPDATE nomination_candidates SET outcome = \(bind: outcome.rawValue), outcome_on = \(bind: day.description),
                outcome_note = \(bind: note), outcome_by = \(bind: context.actor?.userID)
            WHERE id = \(bind: candidateID) AND outcome IS NULL RETURNING id
            """
        ).first()
        guard recorded != nil else { throw WriteConflict(.nominationOutcomeRecorded) }
        try await context.record(
            AuditEntry(.nominationOutcome, entityID: list.id?.uuidString, changedFields: ["outcome"]), on: db)
        if outcome == .selected, let category = programme.selectedCategory, let talentID = candidate.$talent.id {
            try await TalentStore.addCategory(category, to: talentID, context: context, on: db)
        }
        try await NominationNotifications.outcome(
            outcome, of: candidate, programme: programme, year: list.year, at: context.now, on: db)
    }

    static func programme(of list: NominationList, _ policy: PolicyDocument) throws -> NominationProgramme {
        guard let programme = policy.nominationProgramme(list.programmeID) else {
            throw WriteConflict(.nominationProgrammeGone)
        }
        return programme
    }

    /// Takes the list's row while it is a draft (PostgreSQL holds it to the end of the
    /// transaction, SQLite's write lock is already held): 409 once it was sent.
    private static func claimDraft(_ list: NominationList, on db: any Database) async throws {
        let claimed = try await (db as! any SQLDatabase).raw(
            """
            UPDATE nomination_lists SET updated_at = updated_at
            WHERE id = \(bind: list.requireID()) AND state = 'draft' RETURNING id
            """
        ).first()
        guard claimed != nil else { throw WriteConflict.nomination(in: .submitted) }
    }
}

extension WriteConflict {
    /// A step the list's state does not allow: a 409 naming the state it is in.
    static func nomination(in state: NominationList.State) -> WriteConflict {
        WriteConflict(Message { m in m(.nominationStateConflict(state: m.nominationState(state))) })
    }
}
