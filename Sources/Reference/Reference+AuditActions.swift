import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let referenceDataset = AuditEntityType("reference_dataset", label: .auditEntityReferenceDataset)
    package static let industryChain = AuditEntityType("industry_chain", label: .auditEntityIndustryChain)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let referenceLoad = AuditAction("reference.load", on: .referenceDataset, label: .auditReferenceLoad)
    package static let industryChainAdd = AuditAction(
        "reference.chain_add", on: .industryChain, label: .auditIndustryChainAdd)
    package static let industryChainRename = AuditAction(
        "reference.chain_rename", on: .industryChain, label: .auditIndustryChainRename)
}
