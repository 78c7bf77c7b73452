import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let shortageDeclaration = AuditEntityType(
        "shortage_declaration", label: .auditEntityShortageDeclaration)
    package static let catalogueEdition = AuditEntityType("catalogue_edition", label: .auditEntityCatalogueEdition)
    package static let wageReport = AuditEntityType("wage_report", label: .auditEntityWageReport)
    package static let wageYear = AuditEntityType("wage_year", label: .auditEntityWageYear)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let shortageDeclare = AuditAction(
        "shortage.declare", on: .shortageDeclaration, label: .auditShortageDeclare)
    package static let shortageLineAdd = AuditAction(
        "shortage.line_add", on: .shortageDeclaration, label: .auditShortageLineAdd)
    package static let shortageLineRemove = AuditAction(
        "shortage.line_remove", on: .shortageDeclaration, label: .auditShortageLineRemove)
    package static let shortageSubmit = AuditAction(
        "shortage.submit", on: .shortageDeclaration, label: .auditShortageSubmit)
    package static let shortageReturn = AuditAction(
        "shortage.return", on: .shortageDeclaration, label: .auditShortageReturn)
    /// A declaration written from the departments' import of collected declarations.
    package static let shortageImport = AuditAction(
        "shortage.import", on: .shortageDeclaration, label: .auditShortageImport)
    package static let catalogueCompile = AuditAction(
        "catalogue.compile", on: .catalogueEdition, label: .auditCatalogueCompile)
    package static let cataloguePublish = AuditAction(
        "catalogue.publish", on: .catalogueEdition, label: .auditCataloguePublish)
    package static let catalogueDiscard = AuditAction(
        "catalogue.discard", on: .catalogueEdition, label: .auditCatalogueDiscard)
    package static let wageReportOpen = AuditAction("wage.report_open", on: .wageReport, label: .auditWageReportOpen)
    /// Employees added or removed, or the report taken back (the count of rows only).
    package static let wageReportChange = AuditAction(
        "wage.report_change", on: .wageReport, label: .auditWageReportChange)
    package static let wageReportSubmit = AuditAction(
        "wage.report_submit", on: .wageReport, label: .auditWageReportSubmit)
    package static let wageYearPublish = AuditAction("wage.publish", on: .wageYear, label: .auditWageYearPublish)
}

extension MarketCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [
            .shortageDeclare, .shortageLineAdd, .shortageLineRemove, .shortageSubmit, .shortageReturn, .shortageImport,
            .catalogueCompile, .cataloguePublish, .catalogueDiscard, .wageReportOpen, .wageReportChange,
            .wageReportSubmit, .wageYearPublish,
        ]
    }
}
