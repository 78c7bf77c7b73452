import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// A document attached to an application: PDF, JPEG or PNG, at most 10 MB, its bytes in
/// the database (on both engines) so that every instance behind a load balancer serves
/// it. Downloaded only by those who may read the application.
package final class ApplicationAttachment: Model, @unchecked Sendable {
    package static let schema = "application_attachments"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "application_id") package var application: PolicyApplication
    /// `ApplicationKind.Attachment.code`: which of the kind's documents it is.
    @Field(key: "code") package var code: String
    @Field(key: "file_name") package var fileName: String
    @Enum(key: "content_type") package var fileType: AttachmentType
    @Field(key: "byte_count") package var byteCount: Int
    /// Hex SHA-256 of the bytes.
    @Field(key: "sha256") package var sha256: String
    @Field(key: "data") package var data: Data
    @Field(key: "uploaded_by") package var uploadedBy: UUID
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var properties: [any AnyProperty] {
        [$id, $application, $code, $fileName, $fileType, $byteCount, $sha256, $data, $uploadedBy, $createdAt]
    }
}

/// The file types an attachment may be, told by the file's first bytes, never its name.
package enum AttachmentType: String, Codable, Sendable, CaseIterable {
    case pdf = "application/pdf"
    case jpeg = "image/jpeg"
    case png = "image/png"

    /// `%PDF-`, `FF D8 FF`, or the PNG signature.
    package init?(sniffing bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) {
            self = .pdf
        } else if head.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else {
            return nil
        }
    }
}

/// What may be attached, and adding one.
package enum ApplicationAttachments {
    package static let maxBytes = 10 * 1024 * 1024
    package static let maxPerApplication = 10

    /// Attaches `bytes` as the document `code` of `application` (still a draft or returned
    /// for correction). Refused with the reason: an unknown document, an empty file, one
    /// over 10 MB, one that is not a PDF, JPEG or PNG by its content, or an eleventh.
    package static func add(
        _ bytes: [UInt8], fileName: String, code: String?, to application: PolicyApplication,
        policy: PolicyDocument, context: WriteContext, on db: any Database
    ) async throws -> ApplicationAttachment {
        guard application.state == .draft || application.state == .returned else {
            throw WriteConflict.application(in: application.state)
        }
        let kind = policy.applicationKind(application.kind)
        guard let code = code.trimmedText else { throw FieldErrors("code", .attachmentCodeRequired, .required) }
        guard kind?.attachments.contains(where: { $0.code == code }) == true else {
            throw FieldErrors("code", .attachmentCodeUnknown, .unknown)
        }
        guard !bytes.isEmpty else { throw FieldErrors("file", .attachmentEmpty, .required) }
        guard bytes.count <= maxBytes else { throw FieldErrors("file", .attachmentTooLarge) }
        guard let type = AttachmentType(sniffing: bytes) else { throw FieldErrors("file", .attachmentWrongType) }
        let id = try application.requireID()
        let count = try await ApplicationAttachment.query(on: db).filter(\.$application.$id == id).count()
        guard count < maxPerApplication else {
            throw FieldErrors("file", .attachmentTooMany(max: String(maxPerApplication)), .notAllowed)
        }
        let attachment = ApplicationAttachment()
        attachment.$application.id = id
        attachment.code = code
        attachment.fileName = String(
            (TalentText.trimmed(fileName) ?? "attachment").filter { !$0.isNewline && $0 != "\t" }.prefix(200))
        attachment.fileType = type
        attachment.byteCount = bytes.count
        attachment.sha256 = SHA256.hash(data: Data(bytes)).hexString
        attachment.data = Data(bytes)
        guard let uploader = context.actor?.userID else { throw Abort(.unauthorized) }
        attachment.uploadedBy = uploader
        try await attachment.create(on: db)
        try await context.record(
            AuditEntry(.applicationAttach, entityID: id.uuidString, changedFields: ["attachment:\(code)"]), on: db)
        return attachment
    }
}
