/// Every user-facing string of the platform, looked up in the Chinese and English
/// catalogues (`Messages+zh.swift`, `Messages+en.swift`). A test fails when either
/// catalogue lacks a key, so no page can show a raw key.
package enum MessageKey: String, CaseIterable, Sendable {
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

    case navSignIn, navSignOut, formErrorsTitle, errorSignInRequired, errorForbidden, errorFormExpired
    case errorInvalidParameter, errorInvalidToken, errorReadOnlyToken, loginTitle, loginIdentifier, loginIdentifierHint
    case loginIdentifierMissing, loginPassword, loginPasswordMissing, loginSubmit, loginInvalid, loginThrottled
    case passwordTitle, passwordForced, passwordCurrent, passwordNew, passwordConfirm, passwordRuleHint
    case passwordSubmit, passwordCurrentWrong, passwordMismatch, passwordChanged, passwordTooShort, passwordTooSimple
    case passwordContainsEmail, passwordContainsMobile, passwordTooCommon, roleAdmin, roleOfficer, roleProvider
    case roleEmployer, roleTalent, accountTitle, tokensTitle, tokensIntro, tokensEmpty
    case tokenNew, tokenName, tokenScope, tokenScopeRead, tokenScopeReadWrite, tokenDays
    case tokenExpires, tokenStatus, tokenActiveStatus, tokenExpiredStatus, tokenRevokedStatus, tokenRevoke
    case tokenRevoked, tokenCreate, tokenShownOnce, tokenNameInvalid, tokenScopeInvalid, tokenDaysInvalid
    case usersTitle, userNew, userName, userEmail, userMobile, userContact
    case userRole, userUnit, userDepartment, userOrganization, userStatus, userActive
    case userInactive, userActions, userReset, userDeactivate, userActivate, userChangeRole
    case userCreate, userCreated, userPasswordReset, userDeactivated, userActivated, userRoleChanged
    case userNameInvalid, userEmailInvalid, userMobileInvalid, userContactMissing, userEmailTaken, userMobileTaken
    case userRoleInvalid, userDepartmentRequired, userOrganizationRequired, userActionUnknown, organizationsTitle
    case organizationsEmpty, organizationNew, organizationName, organizationKind, organizationCreditCode,
        organizationCreditCodeHint
    case organizationDistrict, organizationCreate, organizationCreated, organizationNameInvalid,
        organizationKindInvalid, orgKindEnterprise
    case orgKindProvider, orgKindUniversity, orgKindInstitute, orgKindAgency, creditCodeWrongLength,
        creditCodeInvalidCharacter
    case creditCodeWrongCheck, creditCodeTaken, districtUnknown, workspaceTitle, workspaceMeasures, auditTitle
    case auditIntro, auditActor, auditEntity, auditFrom, auditTo, auditTime
    case auditAction, auditFields, auditEmpty
    case navAccountLabel, adminDepartmentsTitle, adminDepartmentsIntro, adminDepartmentsTargets,
        adminDepartmentsOfficers
    case auditSystem

    case talentNewTitle, talentNewIntro, talentName, talentResidentID, talentResidentIDHint, talentGender
    case genderMale, genderFemale, talentBirthDate, talentEducation, talentSchool, talentMajor
    case talentGraduationYear, talentEmployer, talentOccupations, talentOccupationsHint, talentSkills, talentSkillsHint
    case talentCategories, talentKeyGroups, talentConsentLegend, talentConsentText, talentConsent, talentCreate
    case talentCreated, talentTitleLevel, talentSkillLevel, talentNameInvalid, talentResidentIDTaken,
        talentEducationInvalid
    case talentGraduationYearInvalid, talentEmployerUnknown, talentEmployerNotYours, talentOccupationUnknown,
        talentSkillsInvalid, talentCategoryUnknown
    case talentKeyGroupUnknown, talentConsentMissing, residentIDWrongLength, residentIDInvalidCharacter,
        residentIDImpossibleBirthDate, residentIDBirthDateInFuture
    case residentIDWrongCheck, educationSecondaryVocational, educationAssociate, educationBachelor, educationMaster,
        educationDoctorate
    case errorControlCharacter, errorMalformedRequest, errorConflict, userCannotChangeSelf, userLastAdministrator
    case actionSearch, actionNextPage
    case registerTitle, registerIntro, registerContactHint, registerConsentExplained, registerConsentText,
        registerSubmit, registerHaveAccount, registerInvite, accountMyProfile, accountDownloadData

    // The talent pool: search, editing, erasure, import (Messages+TalentPool.swift).
    case navTalents, talentsTitle, talentsIntro, talentsFilters, talentsKeyword, talentsKeywordHint
    case talentsSearch, talentsReset, filterAny, talentsAgeMin, talentsAgeMax, talentsChain
    case talentsOccupationCode, talentsSort, sortRelevance, sortName, sortUpdated, talentsCount
    case talentsCountCapped, talentsEmpty, talentsNext, talentsFirst, talentsResults
    case talentsExportCSV, talentsExportXLSX, talentsExportNote, talentsAge, talentsUpdated, talentsNew
    case talentsImport, talentStatus, statusActive, statusArchived, statusErased, skillApprentice
    case skillJunior, skillIntermediate, skillSenior, skillTechnician, skillSeniorTechnician, skillPrincipalTechnician
    case skillChiefTechnician, titleTechnician, titleAssistant, titleIntermediate, titleAssociateSenior, titleSenior
    case talentEditTitle, talentEditLink, talentEditIntro, talentSave, talentSaved, myProfileLink
    case erasureHeading, erasureExplain, erasureConfirm, erasureRequest, erasureRequested, erasurePending
    case erasureConfirmMissing, erasuresTitle, erasuresIntro, erasuresNone, erasureApprove, erasureReject
    case erasureApproved, erasureRejected, erasureAlreadyDecided, columnRequestedAt, columnActions, importTitle
    case importIntro, importColumnsHint, importFile, importFileHint, importPartial, importUpsert
    case importConsent, importSubmit, importStatusTitle, importRunning, importQueued, importDone
    case importNothingWritten, importFailed, importReportTitle, importReportDownload, importReportMore, importAgain
    case columnRow, columnColumn, columnReason, importFileMissing, importFileEmpty
    case importFileBinary, importFileEncoding, importFileColumns, importFileUnknownColumn, importFileNoRows,
        importFileTooManyRows
    case importFileRecordTooLong, importFileFieldTooLong, importFileUnterminatedQuote, importFileWorkbook,
        importFileConsent, importRowMissing
    case importRowDuplicateInFile, importRowExists, importRowEmployerUnknown, importRowFormula, importRowTooLong
    case importJobMissing, importCLIUsage, districtUnknownCode

    // Training, certificates, vouchers and courses (Messages+Training, +Certificates,
    // +Vouchers, +Courses).
    case fieldRequired, fieldTooLong, fieldOneLine, fieldChoose, fieldNumber, fieldDate
    case fieldMoney, fieldNotText, fieldHours, trainingTitle, trainingIntro, trainingEmpty
    case trainingManage, trainingBrowse, programKind, programYear, programTitle, programProvider
    case programProviderInvalid, programNew, programEdit, programCreate, programFormIntro, programMeasureHint
    case programContentLegend, programScheduleLegend, programRequirementLegend, programRequirementHint,
        programRequirementAny, programNoRequirement
    case programOccupation, programDirection, programEngineerLevel, programTheme, programExperts, programExpertsHint
    case programFormat, programDescription, programCapacity, programStartsOn, programEndsOn, programDates
    case programEndsBeforeStart, programDelivery, programPlace, programFee, programFeeHint, programVouchersApply
    case programSubsidiesApply, programSupport, programMinAttendance, programRequireCertificate,
        programRequireCertificateLevel, programRequireSkillByLevel
    case programRequireYears, programRequireEducation, programRequireSkillLevel, programStatusInvalid,
        programNotEditable, programManageHeading
    case cohortsTitle, cohortsEmpty, cohortNew, cohortName, cohortNameHint, cohortNameTaken
    case cohortCreate, cohortDeadline, cohortDeadlineShort, cohortDeadlineAfterEnd, cohortSeats, cohortHours
    case cohortProgramClosed, cohortCapacityBelowTaken, cohortCapacityChange, sessionsTitle, sessionsEmpty, sessionDate
    case sessionHours, sessionTopic, sessionAdd, sessionOutsideCohort, sessionUnknown, rosterTitle
    case rosterEmpty, rosterAttended, rosterResult, enrolApply, enrolYearsInField, enrolYearsHint
    case enrolSignInToApply, enrolYourStatus, enrolWithdraw, enrolByProvider, enrolTalent, enrolTalentHint
    case enrolSubmit, enrolTalentUnknown, enrolNoProfile, enrolProgramNotOpen, enrolDeadlinePassed, enrolTalentInactive
    case enrolAlready, enrolRequirementNotMet, enrolCannotWithdraw, enrolNotInProgress, enrolComplete, enrolNotComplete
    case attendanceRecord, attendanceAboveSession, resultRecord, resultScore, resultPassed, resultPass
    case resultFail, myTrainingTitle, myEnrollments, myEnrollmentsEmpty, myCertificates, myCertificatesEmpty
    case certificateKind, certificateNumber, certificateNumberTaken, certificateIssuedOn, certificateIssuedInFuture,
        certificateBeforeCompletion
    case certificateIssuer, certificateHolder, certificateCode, certificateIssue, certificateNeedsCompletion,
        certificateAlreadyIssued
    case certificateKindNotForProgram, certificateAlreadyRevoked, certificateView, certificateVerifyLink,
        certificatePrint, certificatePrintBody
    case certificatePrintVerify, certificateRecordTitle, certificateRecordIntro, certificateRecord, certificateRevoke,
        certificateRevokeReason
    case certificateRevokedOn, verifyTitle, verifyIntro, verifyCodeHint, verifySubmit, verifyValid
    case verifyRevoked, verifyInvalid, verifyInvalidExplain, verifySignedText, verifySignature, verifyOffline
    case verifyPublicKey, programKindEngineer, programKindSeminar, programKindExchange, programKindSkill,
        programKindOrder
    case programStatusDraft, programStatusOpen, programStatusRunning, programStatusFinished, programStatusArchived,
        programMoveOpen
    case programMoveDraft, programMoveRunning, programMoveFinished, programMoveArchived, deliveryOnSite, deliveryOnline
    case deliveryBlended, enrollmentEnrolled, enrollmentWaitlisted, enrollmentWithdrawn, enrollmentCompleted,
        enrollmentNotCompleted
    case certificateKindTraining, certificateKindGrade, certificateKindSkill, clauseCertificate,
        clauseCertificateAnyLevel, clauseYears
    case clauseEducation, clauseSkill, shortfallAttendance, shortfallAssessmentMissing, shortfallAssessmentFailed,
        noticeCreated
    case noticeSaved, noticeStatus, noticeEnrolled, noticeWaitlisted, noticeWithdrawn, noticeRecorded
    case noticeCertificate, noticeRevoked, navTraining, navVerify
    case enrolImportTitle, enrolImportIntro, enrolImportColumns, enrolImportSubmit, enrolImportResultTitle,
        enrolImportRecent
    case enrolImportDone, enrolImportBack, enrolImportTalentMissing, enrolImportProfileInvalid, enrolImportTalentUnknown
    case enrolImportNameMismatch, enrolImportDuplicate, rosterListsTruncated
    case cohortEditTitle, cohortSave, cohortDelete, cohortHasEnrollments, cohortSessionsOutside, sessionDelete
    case sessionHasAttendance, noticeDeleted, cohortProgramClosedEdit
    case voucherTitle, voucherIntro, voucherIssued, voucherBatchName, voucherValue, voucherExpiresOn
    case voucherMaxCount, voucherTalentIDs, voucherTalentIDsHint, voucherTalentIDsInvalid, voucherIssue, voucherBatches
    case voucherBatchesEmpty, voucherCount, voucherSettlement, periodFrom, periodTo, voucherSettlementTotal
    case voucherSettlementEmpty, voucherRedeemedAt, voucherUnknown, voucherOccupationNotInCatalogue,
        voucherExpiresInPast, voucherUse
    case voucherNone, myVouchers, myVouchersEmpty, voucherStatusIssued, voucherStatusRedeemed, voucherStatusCancelled
    case voucherNotHolders, voucherAlreadyUsed, voucherCancelled, voucherExpired, voucherProgramTakesNone,
        voucherWrongOccupation
    case voucherTalentsNotEligible, voucherCancelUnused, voucherCancelReason, voucherAlreadyCancelled,
        voucherUsedCannotCancel
    case voucherCancelledCount, voucherCancelledBecause, voucherBatchVouchers, voucherCancel, voucherHolder,
        voucherBatchMore
    case columnActual, columnProgress, targetNotTracked, targetMet, targetActualNote
    case navCourses, coursesTitle, coursesIntro, coursesEmpty, courseNew, courseTitle
    case courseHours, courseLink, courseLinkInvalid, courseContent, courseContentHint, courseCreate
    case courseOpen, courseCompletedOn, courseMarkCompleted, courseSignInToRecord, courseRecordCompletions,
        courseTalentIDsHint
    case courseTalentIDsInvalid, courseCompletedNotice, educationHoursTitle, educationHoursYear, educationHoursEmpty

    // Refusals added by the security review (issue 14).
    case importFileUnpackedTooLarge, importFileTooLarge, fieldControlCharacter, importWriting, importInterrupted
    case talentClassificationStaffOnly, userRoleChangeNotAllowed, courseTalentsNotTrained, enrolImportNoMatch,
        enrolImportNameRequired
    case registerNotPossible, registerThrottled, signInSlowDown, jobInterrupted
}
