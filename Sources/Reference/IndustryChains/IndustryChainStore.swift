import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// A key industry chain as an administrator adds or renames it (form or API).
package struct IndustryChainInput: Content {
    /// Only when adding: lower-case letters, digits and hyphens, e.g. `new-materials`.
    @FormText package var code: String? = nil
    @FormText package var nameZh: String? = nil
    @FormText package var nameEn: String? = nil

    package init(code: String? = nil, nameZh: String? = nil, nameEn: String? = nil) {
        (self.code, self.nameZh, self.nameEn) = (code, nameZh, nameEn)
    }
}

/// 重点产业链名单的维护: the policy text names 20 key chains without listing them, so the
/// shipped file holds the few the text names and administrators add the rest. A chain
/// an administrator added or renamed is marked `admin`, and the shipped file never
/// overwrites it. Chains are not deleted: organisations and catalogues refer to them.
package enum IndustryChainStore {
    package static func add(_ input: IndustryChainInput, context: WriteContext, on db: any Database) async throws
        -> IndustryChain
    {
        var read = FieldReader()
        let code = read.text(input.code, "code", .industryChainCode, max: 40)
        if let code,
            code.count < 2 || !code.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" })
        {
            read.fail("code", .industryChainCodeFormat)
        }
        let (zh, en) = try await names(input, except: nil, &read, on: db)
        guard read.errors.isEmpty, let code, let zh, let en else { throw read.errors }
        if try await IndustryChain.find(code, on: db) != nil {
            throw FieldErrors("code", .industryChainCodeTaken, .taken)
        }
        let chain = IndustryChain()
        (chain.id, chain.nameZh, chain.nameEn, chain.source) = (code, zh, en, "admin")
        try await chain.create(on: db)
        try await context.record(
            AuditEntry(.industryChainAdd, entityID: code, changedFields: ["name_zh", "name_en"]), on: db)
        return chain
    }

    package static func rename(
        _ chain: IndustryChain, _ input: IndustryChainInput, context: WriteContext, on db: any Database
    ) async throws {
        var read = FieldReader()
        let (zh, en) = try await names(input, except: chain.id, &read, on: db)
        guard read.errors.isEmpty, let zh, let en else { throw read.errors }
        (chain.nameZh, chain.nameEn, chain.source) = (zh, en, "admin")
        try await chain.save(on: db)
        try await context.record(
            AuditEntry(.industryChainRename, entityID: chain.id, changedFields: ["name_zh", "name_en"]), on: db)
    }

    /// Both names, the Chinese one not another chain's.
    private static func names(
        _ input: IndustryChainInput, except code: String?, _ read: inout FieldReader, on db: any Database
    ) async throws -> (String?, String?) {
        let zh = read.text(input.nameZh, "nameZh", .industryChainNameZh, max: 40)
        let en = read.text(input.nameEn, "nameEn", .industryChainNameEn, max: 80)
        if let zh, let other = try await IndustryChain.query(on: db).filter(\.$nameZh == zh).first(), other.id != code {
            read.fail("nameZh", .industryChainNameTaken, .taken)
        }
        return (zh, en)
    }
}
