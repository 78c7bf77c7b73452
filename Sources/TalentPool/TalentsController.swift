import Accounts
import Fluent
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// Creating and showing talent profiles (M12): a form and a profile page for staff, and
/// `/api/v1/talents`. Identifiers are decrypted only for roles that may see them.
package struct TalentsController: RouteCollection {
    /// What other capabilities show on the profile page, in order.
    package let sections: [any ProfileSection]

    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.newTalent.route, use: newPage)
        pages.post(SiteURL.talents.route, use: createFromForm)
        pages.get(SiteURL.routeByID(SiteURL.talent), use: profilePage)
        pages.post(SiteURL.routeByID(SiteURL.talentIdentifiers), use: revealPage)
        let api = routes.grouped("api", "v1", "talents").grouped(RequireSignIn())
        api.post(use: createFromAPI)
        api.get(":id", use: show)
    }

    @Sendable package func newPage(req: Request) async throws -> Response {
        try requireStaff(req)
        return try await renderForm(req, input: TalentInput(), errors: FieldErrors(), status: .ok)
    }

    @Sendable package func createFromForm(req: Request) async throws -> Response {
        let input = try req.content.decode(TalentInput.self)
        switch try await create(input, req) {
        case let .failure(errors):
            return try await renderForm(req, input: input, errors: errors, status: .unprocessableEntity)
        case let .success(talent):
            return req.redirect(to: SiteURL.talent(try talent.requireID()).path + "?created=1", redirectType: .normal)
        }
    }

    @Sendable package func createFromAPI(req: Request) async throws -> Response {
        switch try await create(try req.content.decode(TalentInput.self), req) {
        case let .failure(errors): throw errors
        case let .success(talent):
            return try await TalentDTO(talent, attributes: attributes(of: talent, req.db))
                .encodeResponse(status: .created, for: req)
        }
    }

    @Sendable package func profilePage(req: Request) async throws -> Response {
        try await profile(try await find(req), revealed: false, req)
    }

    /// The profile with its full ID and mobile numbers, for a reader the policy names,
    /// asked for with the page's button; each read audited. (A POST: a full number is
    /// never in an address or a page that a reload or a cache would show again.)
    @Sendable package func revealPage(req: Request) async throws -> Response {
        let talent = try await find(req)
        guard req.revealsIdentifiers else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
        try await Self.recordRead(of: talent, req)
        return try await profile(talent, revealed: true, req)
    }

    static func recordRead(of talent: Talent, _ req: Request) async throws {
        let entry = AuditEntry(
            .talentIdentifiersRead, entityID: try talent.requireID().uuidString,
            changedFields: ["resident_id", "mobile"])
        try await req.auditAlone(entry)
    }

    private func profile(_ talent: Talent, revealed: Bool, _ req: Request) async throws -> Response {
        let policy = try req.policy
        var loaded: [any PageSection] = []
        for section in sections {
            if let model = try await section.load(talent, req) { loaded.append(model) }
        }
        let model = TalentProfilePageModel(
            talent: talent, attributes: try await attributes(of: talent, req.db),
            employer: try await talent.$employer.get(on: req.db),
            district: try await District.find(talent.districtCode, on: req.db),
            occupations: try await occupations(of: talent, req.db),
            residentID: revealed ? talent.residentIDCipher.flatMap(req.application.personalData.open) : nil,
            mobile: revealed ? talent.mobileCipher.flatMap(req.application.personalData.open) : nil,
            revealCSRF: req.revealsIdentifiers && !revealed && talent.status != "erased" ? CSRF.token(for: req) : nil,
            today: req.clock.today, created: req.query[String.self, at: "created"] != nil,
            saved: req.query[String.self, at: "saved"] != nil,
            canEdit: try await req.scopedQuery(Talent.self, for: .change).filter(\.$id == talent.requireID()).first()
                != nil,
            own: try await ownSection(req, talent),
            sections: loaded)
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)))
    }

    @Sendable package func show(req: Request) async throws -> TalentDTO {
        // 403 for a role that reads no profile; 404 for one outside the actor's scope, so
        // that its existence is not revealed (as `find`).
        let (actor, _) = try req.scope(.read, on: .talent)
        guard let id = req.parameters.get("id", as: UUID.self), let sql = req.db as? any SQLDatabase,
            let (talent, attributes) = try await TalentReadQuery.find(id, on: sql),
            Permissions.allows(actor, .read, on: .talent, owner: talent.owner)
        else { throw Abort(.notFound) }
        var dto = try TalentDTO(talent, attributes: attributes)
        if req.revealsIdentifiers {
            try await Self.recordRead(of: talent, req)
            let cipher = req.application.personalData
            dto.residentID = talent.residentIDCipher.flatMap(cipher.open)
            dto.mobile = talent.mobileCipher.flatMap(cipher.open)
        }
        return dto
    }

    /// The erasure section, for the talent viewing their own profile.
    private func ownSection(_ req: Request, _ talent: Talent) async throws -> TalentProfilePageModel.Own? {
        guard try req.requireActor().userID == talent.$user.id, talent.status != "erased" else { return nil }
        let pending = try await ErasureRequest.query(on: req.db).filter(\.$talent.$id == talent.requireID())
            .filter(\.$status == .pending).first()
        return .init(
            csrf: CSRF.token(for: req), pendingSince: pending?.requestedAt,
            outcome: req.query[String.self, at: "erasure"])
    }

    /// The talent named by `:id` if the actor may read it; 404 otherwise, so that the
    /// existence of a profile outside one's scope is not revealed.
    private func find(_ req: Request) async throws -> Talent {
        guard let id = req.parameters.get("id", as: UUID.self),
            let talent = try await req.scopedQuery(Talent.self, for: .read).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return talent
    }

    /// This form and endpoint enter someone else's profile: a scope wider than `own`.
    /// A talent's own profile comes with self-registration (account, profile and consent
    /// in one flow), which this controller does not offer.
    private func requireStaff(_ req: Request) throws {
        let (_, scope) = try req.scope(.create, on: .talent)
        guard scope > .own else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
    }

    private func create(_ input: TalentInput, _ req: Request) async throws -> Result<Talent, FieldErrors> {
        let actor = try req.requireActor()
        try requireStaff(req)
        let cipher = req.application.personalData
        if !(try req.classifiesTalents) {
            let errors = TalentInput.classificationRefused(
                input, keeping: (categories: [], keyGroups: []))
            guard errors.isEmpty else { return .failure(errors) }
        }
        switch try await input.validate(
            on: req.db, policy: try req.policy, cipher: cipher, today: req.clock.today)
        {
        case let .failure(errors):
            return .failure(errors)
        case let .success(valid):
            // Employers and providers create profiles only for their own organisation.
            guard
                Permissions.allows(
                    actor, .create, on: .talent,
                    owner: ResourceOwner(organizationID: valid.employerID))
            else {
                var errors = FieldErrors()
                errors.refuse("employerID", .talentEmployerNotYours, .notAllowed)
                return .failure(errors)
            }
            let talent = try await req.db.writeTransaction { db in
                try await TalentStore.create(valid, userID: nil, cipher: cipher, context: req.writeContext, on: db)
            }
            return .success(talent)
        }
    }

    private func attributes(of talent: Talent, _ db: any Database) async throws -> [TalentAttribute] {
        try await TalentAttribute.query(on: db).filter(\.$talent.$id == talent.requireID()).sort(\.$code).all()
    }

    private func occupations(of talent: Talent, _ db: any Database) async throws -> [Occupation] {
        let codes = try await attributes(of: talent, db).filter { $0.kind == .occupation }.map(\.code)
        return codes.isEmpty ? [] : try await Occupation.query(on: db).filter(\.$id ~~ codes).sort(\.$id).all()
    }

    private func renderForm(
        _ req: Request, input: TalentInput, errors: FieldErrors,
        status: HTTPStatus
    ) async throws -> Response {
        let districts = try await District.query(on: req.db).sort(\.$id).all()
        let organizations = try await req.scopedQuery(Organization.self, for: .read).sort(\.$name).limit(500).all()
        let model = TalentFormPageModel(
            input: input, errors: errors, districts: districts,
            organizations: organizations, employerName: try await input.employerName(on: req.db),
            occupations: try await OccupationPicker.catalogue(
                chosen: OccupationPicker.codes(input.occupations), on: req.db),
            csrf: CSRF.token(for: req),
            classifies: try req.classifiesTalents)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

/// A profile as the API shows it: identifiers masked unless the caller's role may see them.
package struct TalentDTO: Content {
    package var id: UUID
    package var name: String
    package var gender: String
    package var birthDate: String
    package var residentID: String?
    package var residentIDMasked: String?
    package var mobile: String?
    package var mobileMasked: String?
    package var email: String?
    package var districtCode: String
    package var educationLevel: String?
    package var school: String?
    package var major: String?
    package var graduationYear: Int?
    /// `YYYY-MM`: when professional work in the field began.
    package var fieldWorkSince: String?
    package var employerID: UUID?
    package var occupations: [String]
    package var skills: [String]
    package var categories: [String]
    package var keyGroups: [String]
    package var titleLevel: String?
    package var skillLevel: String?
    package var status: String

    /// Masked identifiers only; the caller adds the full ones for roles that may see them.
    package init(_ talent: Talent, attributes: [TalentAttribute]) throws {
        id = try talent.requireID()
        name = talent.name
        gender = talent.gender
        birthDate = talent.birthDate
        residentIDMasked = talent.residentIDMasked
        mobileMasked = talent.mobileMasked
        email = talent.email
        districtCode = talent.districtCode
        educationLevel = talent.educationLevel
        school = talent.school
        major = talent.major
        graduationYear = talent.graduationYear
        fieldWorkSince = talent.fieldWorkSince
        employerID = talent.$employer.id
        occupations = attributes.filter { $0.kind == .occupation }.map(\.code)
        skills = talent.skillList
        categories = attributes.filter { $0.kind == .category }.map(\.code)
        keyGroups = attributes.filter { $0.kind == .keyGroup }.map(\.code)
        titleLevel = talent.titleLevel
        skillLevel = talent.skillLevel
        status = talent.status
    }
}

extension Request {
    /// Whether the signed-in actor may read full ID and mobile numbers (`PersonalData`).
    package var revealsIdentifiers: Bool {
        guard let actor = signedIn?.actor, let policy = try? policy else { return false }
        return PersonalData.revealsIdentifiers(to: actor, policy: policy)
    }
}
