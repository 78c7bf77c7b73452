import Fluent
import Reference
import SiteKit
import TalentDomain
import Training
import Vapor

/// Training vouchers (M2): officers issue batches to key groups; the holder spends one on
/// enrolling (`EnrollmentsController`); a provider reads its settlement list per period.
package struct VouchersController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.vouchers.route, use: vouchersPage)
        // A batch may name up to 10,000 profile ids, about 370 KB.
        pages.on(.POST, SiteURL.vouchers.route, body: .collect(maxSize: "1mb"), use: issueFromForm)
        pages.get(SiteURL.voucherSettlement.route, use: settlementPage)

        let api = routes.grouped("api", "v1").grouped(RequireSignIn())
        api.get("voucher-batches", use: listBatches)
        api.on(.POST, "voucher-batches", body: .collect(maxSize: "1mb"), use: issueFromAPI)
        api.get("vouchers", use: listVouchers)
        api.get("vouchers", "settlement", use: settlement)
        api.post("vouchers", ":id", "cancel", use: cancelVoucher)
        api.post("voucher-batches", ":id", "cancel", use: cancelBatchAPI)
        pages.post(SiteURL.routeByID(SiteURL.voucherBatchCancel), use: cancelBatchPage)
        pages.get(SiteURL.routeByID(SiteURL.voucherBatch), use: batchPage)
        pages.post(SiteURL.routeByID(SiteURL.voucherCancel), use: cancelVoucherFromForm)
    }

    @Sendable package func vouchersPage(req: Request) async throws -> Response {
        try requireIssuer(req)
        return try await render(req, input: VoucherBatchInput(), errors: FieldErrors(), status: .ok)
    }

    /// The form issues in two steps: the first shows how many would receive what, and only
    /// its 确认发放 (`confirm=yes`, with the same fields) issues.
    @Sendable package func issueFromForm(req: Request) async throws -> Response {
        let input = try req.content.decode(VoucherBatchInput.self)
        do {
            guard (try? req.content.get(String.self, at: "confirm")) == "yes" else {
                try requireIssuer(req)
                let batch = try await validated(input, req)
                let (count, skipped) = try await VoucherStore.preview(batch, on: req.db)
                return try await render(
                    req, input: input, errors: FieldErrors(), status: .ok,
                    preview: VoucherBatchPreview(
                        count: count, skipped: skipped, value: batch.value, expiresOn: batch.expiresOn.description))
            }
            let (batch, _) = try await issue(input, req)
            return req.redirect(to: SiteURL.vouchers.path + "?issued=\(batch.issuedCount)", redirectType: .normal)
        } catch let errors as FieldErrors {
            return try await render(req, input: input, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable package func issueFromAPI(req: Request) async throws -> Response {
        let (batch, skipped) = try await issue(try req.content.decode(VoucherBatchInput.self), req)
        return try await VoucherBatchDTO(batch, skipped: skipped).encodeResponse(status: .created, for: req)
    }

    @Sendable package func listBatches(req: Request) async throws -> ItemsDTO<VoucherBatchDTO> {
        try requireIssuer(req)
        let rows = try await VoucherBatch.query(on: req.db).sort(\.$createdAt, .descending).limit(500).all()
        return ItemsDTO(items: try rows.map { try VoucherBatchDTO($0, skipped: nil) })
    }

    /// The caller's vouchers in scope: a talent's own, a provider's redeemed ones, all for
    /// staff (`?batch=` narrows to one batch).
    @Sendable package func listVouchers(req: Request) async throws -> ItemsDTO<VoucherDTO> {
        let query = try req.scopedQuery(Voucher.self)
        if let batch = req.query[String.self, at: "batch"].trimmedText {
            guard let id = UUID(uuidString: batch) else {
                throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "batch")))
            }
            query.filter(\.$batch.$id == id)
        }
        return ItemsDTO(items: try await query.sort(\.$createdAt, .descending).limit(1_000).all().map(VoucherDTO.init))
    }

    @Sendable package func settlement(req: Request) async throws -> SettlementDTO {
        let period = try period(req)
        let rows = try await settlementRows(req, period)
        return SettlementDTO(
            from: period.from.description, to: period.to.description,
            totalFen: rows.reduce(0) { $0 + $1.voucher.valueFen }, items: try rows.map(SettlementDTO.Item.init))
    }

    @Sendable package func settlementPage(req: Request) async throws -> Response {
        let period = try period(req)
        let model = SettlementPageModel(from: period.from, to: period.to, rows: try await settlementRows(req, period))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    // MARK: - Cancelling

    /// `POST /api/v1/vouchers/{id}/cancel`: one unused voucher.
    @Sendable package func cancelVoucher(req: Request) async throws -> VoucherDTO {
        try VoucherDTO(try await cancelOne(req))
    }

    /// The form on a voucher's row of its batch's page.
    @Sendable package func cancelVoucherFromForm(req: Request) async throws -> Response {
        do {
            let voucher = try await cancelOne(req)
            return req.redirect(
                to: SiteURL.voucherBatch(voucher.$batch.id).path + "?cancelled=1", redirectType: .normal)
        } catch let errors as FieldErrors {
            guard let id = req.parameters.get("id", as: UUID.self), let voucher = try await Voucher.find(id, on: req.db)
            else { throw Abort(.notFound) }
            return try await renderBatch(req, voucher.$batch.id, errors: errors, status: .unprocessableEntity)
        }
    }

    /// `/vouchers/batches/{id}`, for the staff who issue and cancel.
    @Sendable package func batchPage(req: Request) async throws -> Response {
        try requireIssuer(req)
        guard let id = req.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        return try await renderBatch(req, id, errors: FieldErrors(), status: .ok)
    }

    private func cancelOne(_ req: Request) async throws -> Voucher {
        let actor = try requireCanceller(req)
        guard let id = req.parameters.get("id", as: UUID.self), let voucher = try await Voucher.find(id, on: req.db)
        else { throw Abort(.notFound) }
        let reason = try cancelReason(req)
        try await req.db.writeTransaction { db in
            try await VoucherStore.cancel(
                voucher, reason: reason, by: actor.userID, context: req.writeContext, on: db)
        }
        return voucher
    }

    private func renderBatch(_ req: Request, _ id: UUID, errors: FieldErrors, status: HTTPStatus) async throws
        -> Response
    {
        guard let batch = try await VoucherBatch.find(id, on: req.db) else { throw Abort(.notFound) }
        let query = try VoucherBatchQuery(request: req, batchID: id)
        let model = VoucherBatchPageModel(
            batch: batch, occupation: try await Occupation.find(batch.occupationCode, on: req.db), query: query,
            result: try await query.run(on: req.db), errors: errors,
            cancelled: req.query[Int.self, at: "cancelled"], csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    /// The form on the batch's row of `/vouchers` and on its own page, where it leads.
    @Sendable package func cancelBatchPage(req: Request) async throws -> Response {
        let (actor, batch) = try await batchToCancel(req)
        let id = try batch.requireID()
        let count: Int
        do {
            count = try await cancelUnused(batch, by: actor, req)
        } catch let errors as FieldErrors {
            return try await renderBatch(req, id, errors: errors, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.voucherBatch(id).path + "?cancelled=\(count)", redirectType: .normal)
    }

    /// `POST /api/v1/voucher-batches/{id}/cancel`.
    @Sendable package func cancelBatchAPI(req: Request) async throws -> CancelledDTO {
        let (actor, batch) = try await batchToCancel(req)
        let count = try await cancelUnused(batch, by: actor, req)
        return CancelledDTO(batchID: try batch.requireID(), cancelled: count)
    }

    private func batchToCancel(_ req: Request) async throws -> (Actor, VoucherBatch) {
        let actor = try requireCanceller(req)
        guard let id = req.parameters.get("id", as: UUID.self), let batch = try await VoucherBatch.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return (actor, batch)
    }

    /// Cancels the batch's unused vouchers with the body's reason; how many.
    private func cancelUnused(_ batch: VoucherBatch, by actor: Actor, _ req: Request) async throws -> Int {
        let reason = try cancelReason(req)
        return try await req.db.writeTransaction { db in
            try await VoucherStore.cancelUnused(
                of: batch, reason: reason, by: actor.userID, context: req.writeContext, on: db)
        }
    }

    /// Cancelling is for the city's staff (a change scope over all vouchers).
    private func requireCanceller(_ req: Request) throws -> Actor {
        let (actor, scope) = try req.scope(.change, on: .voucher)
        guard scope == .any else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
        return actor
    }

    private func cancelReason(_ req: Request) throws -> String {
        var read = FieldReader()
        let reason = read.text(
            try req.content.decode(CancelInput.self).reason, "reason", .voucherCancelReason, max: 200)
        guard let reason else { throw read.errors }
        return reason
    }

    // MARK: - Helpers

    /// Issuing is for the city's staff (a scope over all vouchers).
    private func requireIssuer(_ req: Request) throws {
        let (_, scope) = try req.scope(.create, on: .voucher)
        guard scope == .any else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
    }

    private func issue(_ input: VoucherBatchInput, _ req: Request) async throws -> (VoucherBatch, skipped: Int) {
        try requireIssuer(req)
        let actor = try req.requireActor()
        let batch = try await validated(input, req)
        return try await req.db.writeTransaction { db in
            try await VoucherStore.issue(batch, by: actor.userID, context: req.writeContext, on: db)
        }
    }

    private func validated(_ input: VoucherBatchInput, _ req: Request) async throws -> VoucherStore.Batch {
        switch try await input.validate(
            policy: try req.policy, today: req.clock.today, cipher: req.application.personalData, on: req.db)
        {
        case let .failure(errors): throw errors
        case let .success(batch): return batch
        }
    }

    /// `from`/`to` (`YYYY-MM-DD`, both included); by default `to` is today and `from` the
    /// first day of `to`'s month.
    private func period(_ req: Request) throws -> (from: CalendarDate, to: CalendarDate) {
        let today = req.clock.today
        func day(_ name: String, _ fallback: CalendarDate) throws -> CalendarDate {
            guard let text = req.query[String.self, at: name].trimmedText else { return fallback }
            guard let day = CalendarDate(text) else {
                throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: name)))
            }
            return day
        }
        let to = try day("to", today)
        let from = try day("from", CalendarDate(String(format: "%04d-%02d-01", to.year, to.month))!)
        guard from <= to else { throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "to"))) }
        return (from, to)
    }

    private func settlementRows(_ req: Request, _ period: (from: CalendarDate, to: CalendarDate)) async throws
        -> [SettlementPageModel.Row]
    {
        // The end of the last day: China keeps no daylight saving time, so a day is 24 hours.
        let end = ZiboTime.startOfDay(period.to).addingTimeInterval(86_400)
        // Only vouchers paying for a seat: one spent on a waiting-list place is claimed once
        // the person moves up, and comes back to them if they withdraw first.
        let seated = EnrollmentStatus.allCases.filter(\.holdsSeat).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let vouchers = try await req.scopedQuery(Voucher.self).filter(\.$status == .redeemed)
            .filter(\.$redeemedAt >= ZiboTime.startOfDay(period.from)).filter(\.$redeemedAt < end)
            .filter(
                .sql(
                    unsafeRaw:
                        "\"vouchers\".\"enrollment_id\" IN (SELECT \"id\" FROM \"enrollments\" WHERE \"status\" IN (\(seated)))"
                )
            )
            .with(\.$talent).sort(\.$redeemedAt).limit(10_000).all()
        let programIDs = Array(Set(vouchers.compactMap(\.programID)))
        let programs =
            programIDs.isEmpty
            ? [:]
            : Dictionary(
                uniqueKeysWithValues: try await Program.query(on: req.db)
                    .filter(\.$id ~~ programIDs).with(\.$provider).all().map { ($0.id ?? UUID(), $0) })
        return vouchers.map { .init(voucher: $0, program: $0.programID.flatMap { programs[$0] }) }
    }

    private func render(
        _ req: Request, input: VoucherBatchInput, errors: FieldErrors, status: HTTPStatus,
        preview: VoucherBatchPreview? = nil
    ) async throws -> Response {
        let policy = try req.policy
        let occupations = try await Occupation.query(on: req.db).filter(\.$id ~~ policy.demandOccupations).sort(\.$id)
            .all()
        let model = VouchersPageModel(
            input: input, errors: errors,
            batches: try await VoucherBatch.query(on: req.db).sort(\.$createdAt, .descending)
                .limit(100).all(),
            occupations: occupations, districts: try await District.query(on: req.db).sort(\.$id).all(),
            issued: req.query[Int.self, at: "issued"], preview: preview, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }
}

package struct VoucherBatchDTO: Content {
    package var id: UUID
    package var name: String
    package var keyGroup: String
    package var districtCode: String?
    package var occupationCode: String
    package var valueFen: Int64
    package var issuedOn: String
    package var expiresOn: String
    package var issuedCount: Int
    /// Eligible talents passed over because they already hold a live voucher for the
    /// occupation (only in the answer to issuing).
    package var skipped: Int?

    package init(_ batch: VoucherBatch, skipped: Int?) throws {
        id = try batch.requireID()
        name = batch.name
        keyGroup = batch.keyGroup
        districtCode = batch.districtCode
        occupationCode = batch.occupationCode
        valueFen = batch.valueFen
        issuedOn = batch.issuedOn
        expiresOn = batch.expiresOn
        issuedCount = batch.issuedCount
        self.skipped = skipped
    }
}

package struct VoucherDTO: Content {
    package var id: UUID
    package var batchID: UUID
    package var talentID: UUID
    package var keyGroup: String
    package var occupationCode: String
    package var valueFen: Int64
    package var issuedOn: String
    package var expiresOn: String
    package var status: String
    package var redeemedAt: Date?
    package var cancelledAt: Date?
    package var cancelReason: String?
    package var enrollmentID: UUID?
    package var programID: UUID?

    package init(_ voucher: Voucher) throws {
        id = try voucher.requireID()
        batchID = voucher.$batch.id
        talentID = voucher.$talent.id
        keyGroup = voucher.keyGroup
        occupationCode = voucher.occupationCode
        valueFen = voucher.valueFen
        issuedOn = voucher.issuedOn
        expiresOn = voucher.expiresOn
        status = voucher.status.rawValue
        redeemedAt = voucher.redeemedAt
        cancelledAt = voucher.cancelledAt
        cancelReason = voucher.cancelReason
        enrollmentID = voucher.enrollmentID
        programID = voucher.programID
    }
}

/// A provider's vouchers redeemed in a period, to claim from the fund.
package struct SettlementDTO: Content {
    package var from: String
    package var to: String
    package var totalFen: Int64
    package var items: [Item]

    package struct Item: Content {
        package var voucherID: UUID
        package var redeemedAt: Date?
        package var valueFen: Int64
        package var occupationCode: String
        package var holder: String
        package var programID: UUID?
        package var programTitle: String?
        package var providerID: UUID?

        package init(_ row: SettlementPageModel.Row) throws {
            voucherID = try row.voucher.requireID()
            redeemedAt = row.voucher.redeemedAt
            valueFen = row.voucher.valueFen
            occupationCode = row.voucher.occupationCode
            holder = MaskedName.of(row.voucher.talent.name)
            programID = row.voucher.programID
            programTitle = row.program?.title
            providerID = row.voucher.providerID
        }
    }
}

/// The answer to cancelling a batch's unused vouchers.
package struct CancelledDTO: Content {
    package var batchID: UUID
    package var cancelled: Int
}

package struct CancelInput: Content {
    @FormText package var reason: String?
}
