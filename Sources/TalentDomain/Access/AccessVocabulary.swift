/// The words of the authorization table: who acts, doing what, on what kind of row, and
/// how far their reach extends (DESIGN.md "Users").

/// 角色: what a signed-in account is on the platform. Stored by its raw value.
public enum Role: String, CaseIterable, Codable, Sendable {
    /// 平台管理员 (HRSS): everything, including reference data, policy files and accounts.
    case admin
    /// 部门工作人员: staff of one of the 11 departments; reviews what is routed to it.
    case officer
    /// 院校 / 培训机构 / 评价机构 staff: runs programmes and issues training certificates.
    case provider
    /// 用人单位 staff: keeps the enterprise profile, posts jobs, reports wages.
    case employer
    /// 数字人才: an individual keeping their own profile and applications.
    case talent
}

/// What an actor does to a row. `list` is separate from `read` because a list query
/// reveals how many rows exist and filters many at once (the row filter is applied in
/// the query, DESIGN.md "Users").
public enum Action: String, CaseIterable, Sendable {
    case read, list, create, change, delete
}

/// Which rows an action reaches, ordered by breadth, so `scope > .own` reads as "more
/// than one's own rows".
public enum AccessScope: Comparable, CaseIterable, Sendable {
    /// No row at all.
    case none
    /// Rows that belong to the actor's own account.
    case own
    /// Rows of the actor's organisation (employers and providers).
    case organization
    /// Rows of the actor's department (officers).
    case department
    /// Every row.
    case any
}

/// The kinds of stored rows the authorization table guards.
public enum ResourceKind: String, CaseIterable, Sendable {
    case user, organization, department, apiToken, auditEvent
    /// 数字人才库: a talent's profile (M12).
    case talent
    /// A bulk import of talent profiles (a file upload and its report).
    case talentImport
    /// A talent's request to have their personal data erased, and its decision.
    case erasureRequest
    /// A training program (M1, M2) with its cohorts and sessions.
    case program
    /// A talent's place in a cohort: application, waiting list, attendance, result.
    case enrollment
    /// A provider's file of enrolments into one cohort, and its report of refused rows.
    case enrollmentImport
    /// A training, grade or skill-level certificate held by a talent.
    case certificate
    /// A training voucher (培训券) and the batch it was issued in.
    case voucher
    /// An online course of the digital engineer column (M7).
    case course
    /// An employer's declaration of urgent needs for a year, with its lines (M3).
    case shortageDeclaration
    /// An edition of the urgent-need digital engineer catalogue, draft or published (M3).
    case catalogueEdition
    /// An employer's report of a year's pay by occupation, one row per employee (M9).
    case wageReport
    /// A drive of the 淄博—高校人才直通车 job zone, within whose dates employers post (M3).
    case jobCampaign
    /// An employer's job post in a campaign (M3).
    case jobPost
    /// A talent's application to a post, or an employer's invitation to one (M3).
    case jobApplication
    /// A talent's completion of an online course, crediting its hours.
    case courseCompletion
    /// A profile's high-level talent categories and key groups: they decide who gets
    /// vouchers, subsidies and nominations, so HR staff record them, not the people
    /// they benefit or their employers.
    case talentClassification
    /// What the rules decide a talent may apply for (titles, subsidies): read from their
    /// certificates and training, so seen by those who see those.
    case eligibility
    /// An application (申报) for a title, a subsidy, a loan or a recommendation, with its
    /// history and attachments.
    case application
    /// An in-app notification: its recipient's alone.
    case notification
    /// A policy simulation (政策模拟): a draft policy judged against the pool, before
    /// anyone activates it.
    case policySimulation
    /// A list of candidates a department recommends to a programme for a year (推荐), with
    /// the outcome of each.
    case nomination
}
