/// Every user-facing string of the platform, looked up in the Chinese and English
/// catalogues (`Messages+zh.swift`, `Messages+en.swift`). A test fails when either
/// catalogue lacks a key, so no page can show a raw key.
enum MessageKey: String, CaseIterable, Sendable {
    case siteTitle, siteTagline, skipToContent
    case navHome, navMeasures, navDepartments, navOccupations, navApi, navLabel
    case switchLanguage, otherLanguageName
    case footerBasis, footerIssuer, footerEffective, footerOpenData

    case homeHeading, homeIntro, homeMeasuresHeading, homeTargetsHeading, homeTargetsIntro
    case homeDepartmentsHeading, homeDepartmentsIntro, homeViewAllDepartments, homeSearchOccupations

    case columnMeasure, columnTarget, columnResponsible, columnMetric, columnCode, columnName
    case columnDepartment, columnMeasures, columnBorrower, columnCap, columnLevel, columnAmount
    case unitPerson, unitSession, unitEvent, unitEdition, unitPercent, perYear

    case measureTasksHeading, measureDepartmentsHeading, measureTargetsHeading, measureNoTargets
    case measureLoansHeading, measureSubsidiesHeading, measurePathwaysHeading, measureCrossoverHeading
    case measureNominationHeading, measureKeyGroupsHeading, measureExceptionalHeading
    case measurePrevious, measureNext, measureResponsibleForTask, leadDepartment
    case loanGuaranteed, loanBoost, borrowerEnterprise, borrowerIndividual
    case subsidyApplyWithin, subsidyMaxClaims, subsidyOncePerLevel, subsidyExclusive, subsidyMinInsured
    case subsidySource, levelJunior, levelIntermediate, levelSenior

    case departmentsHeading, departmentsIntro

    case occupationsHeading, occupationsIntro, occupationsSearchLabel, occupationsDigitalOnly
    case occupationsSearchButton, occupationsDigitalBadge, occupationsOtherBadge, occupationsEmpty
    case occupationsResultCount, occupationsNextPage, occupationsFirstPage, occupationsAliases
    case occupationsUnverified, occupationsGroup

    case errorNotFoundTitle, errorNotFoundText, errorServerTitle, errorServerText
    case errorRequestTitle, errorBackHome, errorInvalidLimit, errorInvalidCursor
    case errorUnknownMeasure
}
