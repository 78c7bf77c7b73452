import Fluent
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// Certificates: the public verify page and its JSON, the public key, a certificate's
/// own page and printable A4 page, recording one issued elsewhere, and revocation.
package struct CertificatesController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.verifyForm.route, use: verifyForm)
        routes.get(SiteURL.routeByCode(SiteURL.verify), use: verifyPage)
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.newCertificate.route, use: newPage)
        pages.post(SiteURL.certificates.route, use: recordFromForm)
        pages.get(SiteURL.routeByID(SiteURL.certificate), use: certificatePage)
        pages.get(SiteURL.routeByID(SiteURL.printCertificate), use: printPage)
        pages.post(SiteURL.routeByID(SiteURL.revokeCertificate), use: revokePage)

        let api = routes.grouped("api", "v1", "certificates")
        api.get("public-key", use: publicKey)
        api.get("verify", ":code", use: verifyJSON)
        let signedIn = api.grouped(RequireSignIn())
        signedIn.get(use: list)
        signedIn.post(use: recordFromAPI)
        signedIn.get(":id", use: show)
        signedIn.post(":id", "revoke", use: revokeAPI)
    }

    // MARK: - Public

    /// `/verify?code=…` (the form submits here) redirects to `/verify/{code}`.
    @Sendable package func verifyForm(req: Request) async throws -> Response {
        if let typed = req.query[String.self, at: "code"].trimmedText {
            let code = CertificateCode(typed)?.description ?? String(typed.prefix(64))
            return req.redirect(to: SiteURL.verify(percentEncode(code)).path, redirectType: .normal)
        }
        let model = VerifyPageModel(outcome: nil, signer: req.application.certificateSigner)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable package func verifyPage(req: Request) async throws -> Response {
        let outcome = try await verification(req)
        let model = VerifyPageModel(outcome: outcome, signer: req.application.certificateSigner)
        // An unknown or altered code is a page that says so, with 404 for machines.
        let status: HTTPStatus = outcome.status == .invalid ? .notFound : .ok
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    @Sendable package func verifyJSON(req: Request) async throws -> Response {
        let outcome = try await verification(req)
        return try await VerificationDTO(outcome).encodeResponse(
            status: outcome.status == .invalid ? .notFound : .ok, for: req)
    }

    @Sendable package func publicKey(req: Request) async throws -> PublicKeyDTO {
        let signer = req.application.certificateSigner
        let keys = try await CertificateKeys.all(signer, on: req.db)
        return PublicKeyDTO(current: signer.key, all: keys)
    }

    // MARK: - Signed in

    @Sendable package func newPage(req: Request) async throws -> Response {
        try requireRecorder(req)
        var input = CertificateInput()
        input.talentID = req.query[String.self, at: "talent"]
        return try await renderForm(req, input: input, errors: FieldErrors(), status: .ok)
    }

    @Sendable package func recordFromForm(req: Request) async throws -> Response {
        let input = try req.content.decode(CertificateInput.self)
        do {
            let certificate = try await record(input, req)
            return req.redirect(
                to: SiteURL.certificate(try certificate.requireID()).path + "?notice=recorded",
                redirectType: .normal)
        } catch let errors as FieldErrors {
            return try await renderForm(req, input: input, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable package func recordFromAPI(req: Request) async throws -> Response {
        let certificate = try await record(try req.content.decode(CertificateInput.self), req)
        return try await CertificateDTO(certificate).encodeResponse(status: .created, for: req)
    }

    @Sendable package func list(req: Request) async throws -> ItemsDTO<CertificateDTO> {
        let rows = try await req.scopedQuery(Certificate.self).sort(\.$issuedOn, .descending).limit(500).all()
        return ItemsDTO(items: try rows.map { try CertificateDTO($0) })
    }

    @Sendable package func show(req: Request) async throws -> CertificateDTO {
        try CertificateDTO(try await find(req, for: .read))
    }

    @Sendable package func certificatePage(req: Request) async throws -> Response {
        try await renderCertificate(req, try await find(req, for: .read), errors: FieldErrors(), status: .ok)
    }

    @Sendable package func printPage(req: Request) async throws -> Response {
        let certificate = try await find(req, for: .read)
        guard let talent = try await Talent.find(certificate.$talent.id, on: req.db) else { throw Abort(.notFound) }
        let model = CertificatePrintModel(
            certificate: certificate, holderName: talent.name,
            occupation: try await occupation(certificate, req), training: try await req.training(of: certificate),
            verifyURL: verifyURL(req, certificate))
        return htmlResponse(model.render(messages: req.messages))
    }

    @Sendable package func revokePage(req: Request) async throws -> Response {
        let certificate = try await find(req, for: .change)
        do {
            try await revoke(certificate, req)
        } catch let errors as FieldErrors {
            return try await renderCertificate(req, certificate, errors: errors, status: .unprocessableEntity)
        }
        return req.redirect(
            to: SiteURL.certificate(try certificate.requireID()).path + "?notice=revoked",
            redirectType: .normal)
    }

    @Sendable package func revokeAPI(req: Request) async throws -> CertificateDTO {
        let certificate = try await find(req, for: .change)
        try await revoke(certificate, req)
        return try CertificateDTO(certificate)
    }

    // MARK: - Helpers

    /// Revokes with the body's reason (both edges read the same field).
    private func revoke(_ certificate: Certificate, _ req: Request) async throws {
        var read = FieldReader()
        let reason = read.text(
            try req.content.decode(CertificateRevocation.self).reason, "reason", .certificateRevokeReason, max: 500)
        guard let reason else { throw read.errors }
        let context = try context(req)
        try await req.db.writeTransaction { db in
            try await CertificateStore.revoke(certificate, reason: reason, context: context, on: db)
        }
    }

    /// What the code says: no such certificate or a broken signature is `invalid`.
    private func verification(_ req: Request) async throws -> VerifyPageModel.Outcome {
        let typed = req.parameters.get("code") ?? req.parameters.getCatchall().joined(separator: "/")
        guard let code = CertificateCode(typed),
            let (certificate, holds) = try await CertificateStore.verify(
                code, signer: req.application.certificateSigner,
                on: req.db), holds
        else {
            return .init(
                code: String(typed.prefix(64)), status: .invalid, certificate: nil, occupation: nil, training: nil)
        }
        return .init(
            code: code.description, status: certificate.isRevoked ? .revoked : .valid, certificate: certificate,
            occupation: try await occupation(certificate, req), training: try await req.training(of: certificate))
    }

    /// Recording a certificate issued elsewhere is for the city's staff: a provider
    /// issues its own through an enrolment.
    private func requireRecorder(_ req: Request) throws {
        let (_, scope) = try req.scope(.create, on: .certificate)
        guard scope == .any else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
    }

    private func record(_ input: CertificateInput, _ req: Request) async throws -> Certificate {
        try requireRecorder(req)
        switch try await input.validate(on: req.db, today: req.clock.today, cipher: req.application.personalData) {
        case let .failure(errors): throw errors
        case let .success((talent, draft)):
            let context = try context(req)
            return try await req.db.writeTransaction { db in
                try await CertificateStore.issue(draft, to: talent, context: context, on: db)
            }
        }
    }

    private func find(_ req: Request, for action: Action) async throws -> Certificate {
        guard let id = req.parameters.get("id", as: UUID.self),
            let certificate = try await req.scopedQuery(Certificate.self, for: action).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return certificate
    }

    private func occupation(_ certificate: Certificate, _ req: Request) async throws -> Occupation? {
        try await certificate.occupationCode.asyncFlatMap { try await Occupation.find($0, on: req.db) }
    }

    /// On the configured public address: the request's `Host` header is the sender's to
    /// choose, and a printed certificate must not send its reader elsewhere.
    private func verifyURL(_ req: Request, _ certificate: Certificate) -> String {
        req.application.publicURL
            + SiteURL.verify(CertificateCode(certificate.code)?.description ?? certificate.code).path
    }

    private func context(_ req: Request) throws -> CertificateStore.Context {
        CertificateStore.Context(
            write: req.writeContext, signer: req.application.certificateSigner, policy: try req.policy,
            recordedBy: try req.requireActor().userID)
    }

    private func renderForm(_ req: Request, input: CertificateInput, errors: FieldErrors, status: HTTPStatus)
        async throws
        -> Response
    {
        let occupations = try await Occupation.query(on: req.db).filter(\.$isDigital == true).sort(\.$id).all()
        let talent = try await input.talentID.flatMap { UUID(uuidString: $0) }
            .asyncFlatMap { try await Talent.find($0, on: req.db) }
        let model = CertificateFormPageModel(
            input: input, talent: talent, occupations: occupations, errors: errors,
            csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    private func renderCertificate(
        _ req: Request, _ certificate: Certificate, errors: FieldErrors,
        status: HTTPStatus
    ) async throws -> Response {
        // A holder, who revokes nothing, simply gets no revocation form.
        var canRevoke = false
        if let query = try? req.scopedQuery(Certificate.self, for: .change) {
            canRevoke = try await query.filter(\.$id == certificate.requireID()).first() != nil
        }
        let holder = try await Talent.find(certificate.$talent.id, on: req.db)
        let model = CertificatePageModel(
            certificate: certificate, holderName: holder?.name ?? certificate.holderMasked,
            occupation: try await occupation(certificate, req), training: try await req.training(of: certificate),
            canRevoke: canRevoke,
            errors: errors, notice: req.query[String.self, at: "notice"],
            csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

/// Why a certificate is revoked (`POST /api/v1/certificates/{id}/revoke`, the revoke form).
package struct CertificateRevocation: Content {
    @FormText package var reason: String?
}
