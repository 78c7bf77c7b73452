import Fluent
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// Editing a profile: a talent their own (not the fields that decide eligibility), staff
/// the profiles in their scope. The ID number never changes; the audit event names the
/// fields that did.
package struct TalentEditController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.routeByID(SiteURL.editTalent), use: form)
        pages.post(SiteURL.routeByID(SiteURL.editTalent), use: saveFromForm)
        routes.grouped("api", "v1", "talents").grouped(RequireSignIn()).put(":id", use: saveFromAPI)
    }

    @Sendable package func form(req: Request) async throws -> Response {
        let talent = try await find(req)
        let cipher = req.application.personalData
        let showsMobile = try req.revealsIdentifiers || isOwn(req, talent)
        let codes = try await TalentAttribute.query(on: req.db).filter(\.$talent.$id == talent.requireID()).all()
        let input = TalentInput(
            name: talent.name, mobile: showsMobile ? talent.mobileCipher.flatMap(cipher.open) : nil,
            email: talent.email,
            districtCode: talent.districtCode, educationLevel: talent.educationLevel, school: talent.school,
            major: talent.major, graduationYear: talent.graduationYear.map(String.init),
            fieldWorkSince: talent.fieldWorkSince,
            employerID: talent.$employer.id?.uuidString,
            occupations: codes.filter { $0.kind == .occupation }.map(\.code).sorted().joined(separator: " "),
            skills: talent.skillList.joined(separator: "、"),
            categories: codes.filter { $0.kind == .category }.map(\.code),
            keyGroups: codes.filter { $0.kind == .keyGroup }.map(\.code))
        return try await render(req, talent, input: input, errors: FieldErrors(), status: .ok)
    }

    @Sendable package func saveFromForm(req: Request) async throws -> Response {
        let talent = try await find(req)
        let input = try req.content.decode(TalentInput.self)
        switch try await save(input, to: talent, req) {
        case let .failure(errors):
            return try await render(req, talent, input: input, errors: errors, status: .unprocessableEntity)
        case .success:
            return req.redirect(to: SiteURL.talent(try talent.requireID()).path + "?saved=1", redirectType: .normal)
        }
    }

    @Sendable package func saveFromAPI(req: Request) async throws -> TalentDTO {
        let talent = try await find(req)
        switch try await save(try req.content.decode(TalentInput.self), to: talent, req) {
        case let .failure(errors): throw errors
        case let .success(saved):
            let attributes = try await TalentAttribute.query(on: req.db).filter(\.$talent.$id == saved.requireID())
                .sort(\.$code).all()
            return try TalentDTO(saved, attributes: attributes)
        }
    }

    /// Validates `input` as a whole profile (with the stored ID number) and stores it.
    private func save(_ input: TalentInput, to talent: Talent, _ req: Request) async throws -> Result<
        Talent, FieldErrors
    > {
        let actor = try req.requireActor()
        let cipher = req.application.personalData
        let own = try isOwn(req, talent)
        var input = input
        input.residentID = talent.residentIDCipher.flatMap(cipher.open)
        input.consent = "yes"
        let codes = try await TalentAttribute.query(on: req.db).filter(\.$talent.$id == talent.requireID()).all()
        let stored = (
            categories: codes.filter { $0.kind == .category }.map(\.code),
            keyGroups: codes.filter { $0.kind == .keyGroup }.map(\.code)
        )
        if own {
            input.employerID = talent.$employer.id?.uuidString
            (input.categories, input.keyGroups) = stored
        } else if !(try req.classifiesTalents) {
            // Not sent: kept. Sent and different: refused, naming the field.
            let refused = TalentInput.classificationRefused(input, keeping: stored)
            guard refused.isEmpty else { return .failure(refused) }
            (input.categories, input.keyGroups) = stored
        }
        // Roles that see only the masked mobile get an empty field: empty keeps the number.
        if !(req.revealsIdentifiers || own), TalentText.trimmed(input.mobile) == nil {
            input.mobile = talent.mobileCipher.flatMap(cipher.open)
        }
        switch try await input.validate(
            on: req.db, policy: try req.policy, cipher: cipher,
            today: req.clock.today, existing: talent)
        {
        case let .failure(errors):
            return .failure(errors)
        case let .success(record):
            // An employer may not move a person to another organisation.
            guard
                Permissions.allows(
                    actor, .change, on: .talent,
                    owner: ResourceOwner(
                        userID: talent.$user.id,
                        organizationID: record.employerID))
            else {
                var errors = FieldErrors()
                errors.refuse("employerID", .talentEmployerNotYours, .notAllowed)
                return .failure(errors)
            }
            _ = try await req.db.writeTransaction { db in
                try await TalentStore.update(talent, with: record, cipher: cipher, context: req.writeContext, on: db)
            }
            return .success(talent)
        }
    }

    /// The profile named by `:id` if the actor may change it; 404 otherwise.
    private func find(_ req: Request) async throws -> Talent {
        guard let id = req.parameters.get("id", as: UUID.self),
            let talent = try await req.scopedQuery(Talent.self, for: .change).filter(\.$id == id).first(),
            talent.status != "erased"
        else { throw Abort(.notFound) }
        return talent
    }

    private func isOwn(_ req: Request, _ talent: Talent) throws -> Bool {
        try req.requireActor().userID == talent.$user.id
    }

    private func render(
        _ req: Request, _ talent: Talent, input: TalentInput, errors: FieldErrors,
        status: HTTPStatus
    ) async throws -> Response {
        let own = try isOwn(req, talent)
        // A talent does not choose an employer, and may not list organisations.
        let organizations =
            own ? [] : try await req.scopedQuery(Organization.self, for: .read).sort(\.$name).limit(500).all()
        let model = TalentFormPageModel(
            input: input, errors: errors, districts: try await District.query(on: req.db).sort(\.$id).all(),
            organizations: organizations, employerName: try await input.employerName(on: req.db),
            occupations: try await OccupationPicker.catalogue(
                chosen: OccupationPicker.codes(input.occupations), on: req.db),
            csrf: CSRF.token(for: req),
            editing: .init(
                id: try talent.requireID(), residentIDMasked: talent.residentIDMasked ?? "",
                own: own),
            classifies: try req.classifiesTalents)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}
