import Accounts
import Applications
import Certificates
import Courses
import Foundation
import Market
import Nominations
import Operations
import Organizations
import Reference
import SiteKit
import TalentPool
import Testing
import Training
import Vouchers

@testable import App

/// What the API reads from a request body is what its document says it reads, property
/// by property (issue 15): a request field renamed, added or dropped on either side fails
/// here. The document (`Operations/Resources/openapi.json`) is the API's one description.
@Suite("API requests match the OpenAPI schemas")
struct APIRequestSchemaTests {
    /// Every operation with a JSON body, and the Swift type its handler decodes.
    static var bodies: [(method: String, path: String, type: any Decodable.Type)] {
        [
            ("post", "/api/v1/organizations", OrganizationInput.self),
            ("post", "/api/v1/talents", TalentInput.self),
            ("put", "/api/v1/talents/{id}", TalentInput.self),
            ("post", "/api/v1/programs", ProgramInput.self),
            ("put", "/api/v1/programs/{id}", ProgramInput.self),
            ("post", "/api/v1/programs/{id}/status", ProgramStatusChange.self),
            ("post", "/api/v1/programs/{id}/cohorts", CohortInput.self),
            ("put", "/api/v1/cohorts/{id}", CohortInput.self),
            ("post", "/api/v1/cohorts/{id}/sessions", SessionInput.self),
            ("post", "/api/v1/cohorts/{id}/capacity", CapacityInput.self),
            ("post", "/api/v1/cohorts/{id}/enrollments", EnrollmentInput.self),
            ("post", "/api/v1/enrollments/{id}/attendance", AttendanceInput.self),
            ("post", "/api/v1/sessions/{id}/attendance", SessionAttendanceInput.self),
            ("post", "/api/v1/enrollments/{id}/result", ResultInput.self),
            ("post", "/api/v1/enrollments/{id}/certificate", IssueInput.self),
            ("post", "/api/v1/voucher-batches", VoucherBatchInput.self),
            ("post", "/api/v1/voucher-batches/{id}/cancel", CancelInput.self),
            ("post", "/api/v1/vouchers/{id}/cancel", CancelInput.self),
            ("post", "/api/v1/certificates", CertificateInput.self),
            ("post", "/api/v1/applications", ApplicationInput.self),
            ("post", "/api/v1/applications/{id}/submit", ApplicationStepInput.self),
            ("post", "/api/v1/applications/{id}/withdraw", ApplicationStepInput.self),
            ("post", "/api/v1/applications/{id}/return", ApplicationStepInput.self),
            ("post", "/api/v1/applications/{id}/approve", ApplicationStepInput.self),
            ("post", "/api/v1/applications/{id}/reject", ApplicationStepInput.self),
            ("post", "/api/v1/applications/{id}/revoke-recognition", RecognitionRevokeInput.self),
            ("put", "/api/v1/organizations/{id}/facts", OrganizationFactsInput.self),
            ("put", "/api/v1/organizations/{id}/chain", OrganizationChainInput.self),
            ("post", "/api/v1/applications/{id}/loan-repaid", LoanRepaymentInput.self),
            ("post", "/api/v1/certificates/{id}/revoke", CertificateRevocation.self),
            ("post", "/api/v1/courses", CourseInput.self),
            ("post", "/api/v1/courses/{id}/completions", CourseCompletionInput.self),
            ("post", "/api/v1/course-completions/review", CourseReviewInput.self),
            ("post", "/api/v1/nominations", NominationListInput.self),
            ("post", "/api/v1/nominations/{id}/candidates", NominationCandidateInput.self),
            ("post", "/api/v1/nominations/{id}/candidates/{candidateID}/outcome", NominationOutcomeInput.self),
            ("post", "/api/v1/catalogue-editions", ShortageDeclarationInput.self),
            ("post", "/api/v1/catalogue-editions/{id}/publish", CataloguePublishInput.self),
            ("post", "/api/v1/catalogue-declarations", ShortageDeclarationInput.self),
            ("post", "/api/v1/catalogue-declarations/{id}/lines", ShortageLineInput.self),
            ("post", "/api/v1/catalogue-declarations/{id}/return", ShortageReturnInput.self),
            ("post", "/api/v1/industry-chains", IndustryChainInput.self),
            ("patch", "/api/v1/industry-chains/{code}", IndustryChainInput.self),
            ("post", "/api/v1/wage-reports", WageReportInput.self),
            ("post", "/api/v1/wage-reports/{id}/employees", WageEmployeesInput.self),
            ("post", "/api/v1/job-campaigns", JobCampaignInput.self),
            ("patch", "/api/v1/job-campaigns/{id}", JobCampaignInput.self),
            ("post", "/api/v1/job-posts", JobPostInput.self),
            ("patch", "/api/v1/job-posts/{id}", JobPostInput.self),
            ("post", "/api/v1/job-posts/{id}/take-down", JobReasonInput.self),
            ("post", "/api/v1/job-posts/{id}/applications", JobApplyInput.self),
            ("post", "/api/v1/job-posts/{id}/invitations", JobInviteInput.self),
            ("post", "/api/v1/job-applications/{id}/move", JobMoveInput.self),
            ("put", "/api/v1/job-seeker", JobSeekerInput.self),
        ]
    }

    /// The objects a body holds in a list, by the schema that describes them, with the Swift
    /// type that reads each: checked property by property as the bodies are.
    static var nested: [(schema: String, type: any Decodable.Type)] {
        [("AttendanceEntry", SessionAttendanceInput.Entry.self)]
    }

    static func document() throws -> [String: Any] {
        let text = try StaticFile.openAPI.read().text
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The properties of the JSON request body schema of `method path`, by name; nil
    /// without one.
    static func requestSchema(_ document: [String: Any], _ method: String, _ path: String) -> [String: [String: Any]]? {
        let paths = document["paths"] as? [String: Any]
        let operation = (paths?[path] as? [String: Any])?[method] as? [String: Any]
        let content = (operation?["requestBody"] as? [String: Any])?["content"] as? [String: Any]
        guard var schema = (content?["application/json"] as? [String: Any])?["schema"] as? [String: Any] else {
            return nil
        }
        if let reference = schema["$ref"] as? String {
            let name = String(reference.split(separator: "/").last ?? "")
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
            schema = schemas?[name] as? [String: Any] ?? [:]
        }
        return (schema["properties"] as? [String: Any] ?? [:]).compactMapValues { $0 as? [String: Any] }
    }

    static func requestProperties(_ document: [String: Any], _ method: String, _ path: String) -> Set<String>? {
        requestSchema(document, method, path).map { Set($0.keys) }
    }

    /// The JSON types a property's schema (or the schema it refers to) allows besides null.
    static func jsonTypes(_ property: [String: Any], in document: [String: Any]) -> Set<String> {
        var property = property
        if let reference = property["$ref"] as? String {
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
            property = schemas?[String(reference.split(separator: "/").last ?? "")] as? [String: Any] ?? [:]
        }
        let types = (property["type"] as? [String]) ?? (property["type"] as? String).map { [$0] } ?? []
        return Set(types).subtracting(["null"])
    }

    @Test(arguments: bodies.indices)
    func theHandlersRequestTypeReadsWhatTheDocumentDescribes(index: Int) throws {
        let (method, path, type) = Self.bodies[index]
        let described = try #require(Self.requestProperties(try Self.document(), method, path), "\(method) \(path)")
        let read = try DecodedKeys.of(type)
        #expect(
            read.subtracting(described).isEmpty, "\(method) \(path) reads undocumented \(read.subtracting(described))")
        #expect(
            described.subtracting(read).isEmpty, "\(method) \(path) ignores documented \(described.subtracting(read))")
    }

    @Test func everyOperationWithAJSONBodyIsListedHere() throws {
        let document = try Self.document()
        var withBodies: Set<String> = []
        for (path, item) in document["paths"] as? [String: Any] ?? [:] {
            for method in (item as? [String: Any] ?? [:]).keys
            where Self.requestProperties(document, method, path) != nil {
                withBodies.insert("\(method) \(path)")
            }
        }
        #expect(withBodies == Set(Self.bodies.map { "\($0.method) \($0.path)" }))
    }

    /// Strict bodies (issue 15): each property is documented with the one JSON type its
    /// field reads (`FormValue.kind`), so a client that follows the document is not refused
    /// for sending `30` where `"30"` was read, or the other way round.
    @Test(arguments: bodies.indices)
    func eachPropertyHasTheJSONTypeItsFieldReads(index: Int) throws {
        let (method, path, type) = Self.bodies[index]
        let document = try Self.document()
        let schema = try #require(Self.requestSchema(document, method, path), "\(method) \(path)")
        try Self.expectTypes(of: type, as: schema, in: document, "\(method) \(path)")
    }

    @Test(arguments: nested.indices)
    func eachObjectInAListReadsWhatItsSchemaDescribes(index: Int) throws {
        let (name, type) = Self.nested[index]
        let document = try Self.document()
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let schema = try #require(schemas?[name] as? [String: Any], "\(name)")
        let properties = (schema["properties"] as? [String: Any] ?? [:]).compactMapValues { $0 as? [String: Any] }
        #expect(try DecodedKeys.of(type) == Set(properties.keys), "\(name)")
        try Self.expectTypes(of: type, as: properties, in: document, name)
    }

    /// Each `FormValue` property of `type` is documented with the JSON type it reads; a
    /// list of objects (checked in `nested`) as an array.
    static func expectTypes(
        of type: any Decodable.Type, as schema: [String: [String: Any]], in document: [String: Any], _ what: String
    ) throws {
        let empty = try JSONDecoder().decode(type, from: Data("{}".utf8))
        var checked = 0
        for child in Mirror(reflecting: empty).children {
            guard let label = child.label, !label.hasPrefix("_"), let property = schema[label],
                String(describing: Swift.type(of: child.value)).hasPrefix("Optional<Array<")
            else { continue }
            #expect(jsonTypes(property, in: document) == ["array"], "\(what) \(label): a list is an array")
            checked += 1
        }
        for child in Mirror(reflecting: empty).children {
            guard let label = child.label, label.hasPrefix("_"), let value = child.value as? any FormValue,
                let property = schema[String(label.dropFirst())]
            else { continue }
            let name = String(label.dropFirst())
            let declared = jsonTypes(property, in: document)
            // A field the operation ignores, whatever JSON it holds, is documented without
            // a type (any value is valid: issue 20, found by schemathesis).
            if declared.isEmpty,
                (property["description"] as? String)?.hasPrefix("Ignored if sent, whatever its JSON type") == true
            {
                checked += 1
                continue
            }
            let expected: Set<Set<String>> =
                switch Swift.type(of: value).kind {
                case .text: [["string"]]
                case .number: [["integer"], ["number"]]
                case .flag: [["boolean"]]
                case .list: [["array"]]
                }
            #expect(
                expected.contains(declared),
                "\(what) \(name): the document says \(declared.sorted()), the field reads \(Swift.type(of: value).kind)"
            )
            checked += 1
        }
        #expect(checked > 0, "\(what): no field checked")
    }
}
