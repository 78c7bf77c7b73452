import SiteKit
import TalentDomain

/// This capability's texts, in Chinese and English (as `Applications+Messages.swift`
/// explains): the lists' fields, refusals, pages and notifications.
extension Message {
    package static let nominationsTitle = Message(zh: "推荐名单", en: "Nomination lists")
    package static let nominationsIntro = Message(
        zh: "按项目和年度组建推荐名单，提交后逐一记录入选结果。入选的人才自动获得相应的高层次人才类别。",
        en:
            "Assemble a list of candidates for a programme and year, submit it, then record who was selected. A selected talent then carries the programme's high-level category."
    )
    package static let nominationsEmpty = Message(zh: "还没有推荐名单。", en: "There are no nomination lists yet.")
    package static let nominationNew = Message(zh: "新建推荐名单", en: "New nomination list")
    package static let nominationCreate = Message(zh: "新建名单", en: "Create the list")
    package static let nominationNoProgramme = Message(
        zh: "本部门没有组织推荐的项目。", en: "Your department runs no nomination programme.")
    package static let nominationProgramme = Message(zh: "推荐项目", en: "Programme")
    package static let nominationYear = Message(zh: "年度", en: "Year")
    package static let nominationDistrict = Message(zh: "区县", en: "District")
    package static let nominationDistrictHint = Message(
        zh: "按区县推荐的项目（如淄博英才计划）须选择区县；全市统一推荐的项目不选。",
        en:
            "Choose a district for a programme nominated district by district (the Zibo Talent Plan); leave it empty otherwise."
    )
    package static let nominationCitywide = Message(
        zh: "此项目全市统一推荐，不分区县。", en: "This programme is nominated citywide, not by district.")
    package static let nominationCity = Message(zh: "全市", en: "Citywide")
    package static let nominationAllProgrammes = Message(zh: "全部项目", en: "All programmes")
    package static let nominationAllYears = Message(zh: "全部年度", en: "All years")
    package static let nominationFilter = Message(zh: "筛选", en: "Filter")
    package static let nominationState = Message(zh: "状态", en: "State")
    package static let nominationStateDraft = Message(zh: "草稿", en: "Draft")
    package static let nominationStateSubmitted = Message(zh: "已提交", en: "Submitted")
    package static let nominationCandidateCount = Message(zh: "人选", en: "Candidates")
    package static let nominationMeasure = Message(zh: "政策依据", en: "Policy basis")
    package static let nominationDepartment = Message(zh: "组织部门", en: "Department")
    package static func nominationSubmittedOn(date: String) -> Message {
        Message(zh: "\(date) 提交", en: "Submitted on \(date)")
    }

    // The list's page
    package static let nominationCandidates = Message(zh: "推荐人选", en: "Candidates")
    package static let nominationNoCandidates = Message(
        zh: "名单中还没有人选。在下方查找并加入。", en: "No candidates yet. Find and add them below.")
    package static let nominationName = Message(zh: "姓名或名称", en: "Name")
    package static let nominationIDNumber = Message(zh: "身份证号", en: "ID number")
    package static let nominationSkillLevel = Message(zh: "技能等级", en: "Skill level")
    package static let nominationOccupations = Message(zh: "职业", en: "Occupations")
    package static let nominationDigital = Message(zh: "数字领域", en: "Digital field")
    package static let nominationOutcomeColumn = Message(zh: "结果", en: "Outcome")
    package static let nominationActions = Message(zh: "操作", en: "Actions")
    package static let nominationShareHeading = Message(zh: "数字领域技能人才占比", en: "Share of digital-field skill talents")
    package static func nominationShareLine(digital: Int, total: Int, percent: Int, minimum: Int) -> Message {
        Message(
            zh: "名单 \(total) 人中数字领域技能人才 \(digital) 人，占 \(percent)%（要求不低于 \(minimum)%）。",
            en:
                "\(digital) of the \(total) candidates are digital-field skill talents: \(percent)% (at least \(minimum)% required)."
        )
    }
    package static let nominationShareMet = Message(zh: "已达到比例要求。", en: "The share is met.")
    package static func nominationShareNeeds(_ share: NominationShare) -> Message {
        guard let needed = share.digitalNeeded else {
            return Message(
                zh: "须减少 \(share.othersToRemove) 名非数字领域人选。",
                en: "\(share.othersToRemove) candidates outside the digital field must leave the list.")
        }
        return Message(
            zh: "还需增加 \(needed) 名数字领域技能人才，或减少 \(share.othersToRemove) 名其他人选。",
            en:
                "Add \(needed) more digital-field skill talents, or take \(share.othersToRemove) other candidates off the list."
        )
    }
    package static func nominationShareRefused(_ share: NominationShare) -> Message {
        Message { m in
            m(
                .nominationShareLine(
                    digital: share.digital, total: share.total, percent: share.percent, minimum: share.minPercent))
                + m(.nominationShareNeeds(share))
        }
    }
    package static let nominationAddHeading = Message(zh: "加入人选", en: "Add a candidate")
    package static let nominationSearch = Message(zh: "查找", en: "Find")
    package static let nominationSearchTalentHint = Message(
        zh: "输入姓名、技能关键词或完整的身份证号。", en: "A name, a skill, or a full ID number.")
    package static let nominationSearchOrganizationHint = Message(
        zh: "输入单位名称中的文字。", en: "Part of the organisation's name.")
    package static let nominationSearchButton = Message(zh: "查找", en: "Search")
    package static let nominationNoResults = Message(zh: "没有找到符合的结果。", en: "Nothing matched.")
    package static let nominationAdd = Message(zh: "加入名单", en: "Add to the list")
    package static let nominationOnList = Message(zh: "已在名单中", en: "On the list")
    package static let nominationRemove = Message(zh: "移出", en: "Remove")
    package static let nominationSubmit = Message(zh: "提交名单", en: "Submit the list")
    package static let nominationSubmitHint = Message(
        zh: "提交后名单不能再修改，只能记录入选结果。", en: "Once submitted the list cannot change; only outcomes are recorded.")
    package static let nominationDiscard = Message(zh: "删除草稿", en: "Discard the draft")
    package static let nominationDiscardHint = Message(
        zh: "删除这份草稿名单及其全部人选。", en: "Deletes this draft list and all its candidates.")
    package static let nominationPending = Message(zh: "待定", en: "Pending")
    package static let nominationSelected = Message(zh: "入选", en: "Selected")
    package static let nominationNotSelected = Message(zh: "未入选", en: "Not selected")
    package static let nominationRecordOutcome = Message(zh: "记录结果", en: "Record the outcome")
    package static let nominationBack = Message(zh: "返回推荐名单", en: "Back to the nomination lists")

    // Notices after a step
    package static let nominationCreatedNotice = Message(zh: "名单已新建。", en: "The list was created.")
    package static let nominationAddedNotice = Message(zh: "已加入名单。", en: "Added to the list.")
    package static let nominationRemovedNotice = Message(zh: "已移出名单。", en: "Taken off the list.")
    package static let nominationSubmittedNotice = Message(zh: "名单已提交。", en: "The list was submitted.")
    package static let nominationOutcomeNotice = Message(zh: "结果已记录。", en: "The outcome was recorded.")
    package static let nominationDiscardedNotice = Message(zh: "草稿名单已删除。", en: "The draft list was discarded.")

    // Fields and refusals
    package static let nominationProgrammeUnknown = Message(zh: "请选择推荐项目。", en: "Choose a programme.")
    package static func nominationOtherDepartment(department: String) -> Message {
        Message(zh: "此项目由\(department)组织推荐。", en: "This programme's lists are made by the \(department).")
    }
    package static let nominationDistrictRequired = Message(
        zh: "此项目按区县推荐，请选择区县。", en: "This programme is nominated by district: choose one.")
    package static let nominationDistrictUnknown = Message(zh: "没有这个区县。", en: "There is no such district.")
    package static let nominationListExists = Message(
        zh: "该项目本年度（本区县）的推荐名单已经建立。", en: "This programme already has a list for that year (and district).")
    package static let nominationTalent = Message(zh: "人才", en: "Talent")
    package static let nominationTalentUnknown = Message(zh: "人才库中没有这个人。", en: "There is no such person in the pool.")
    package static let nominationOtherDistrict = Message(
        zh: "此人不在本名单的区县，应由其所在区县推荐。", en: "This person is not of the list's district; their own district nominates them."
    )
    package static func nominationSkillTooLow(level: String) -> Message {
        Message(
            zh: "此项目推荐高技能人才，人选的技能等级须为\(level)及以上。",
            en: "This programme takes high-skill talent: a skill level of \(level) or above.")
    }
    package static let nominationOrganization = Message(zh: "单位", en: "Organisation")
    package static let nominationOrganizationUnknown = Message(zh: "没有这个单位。", en: "There is no such organisation.")
    package static let nominationOrganizationKind = Message(
        zh: "此项目不推荐这类单位。", en: "This programme does not take organisations of this kind.")
    package static let nominationProject = Message(zh: "项目名称", en: "Project title")
    package static let nominationNoProject = Message(
        zh: "此项目推荐单位本身，不填项目名称。", en: "This programme recommends the organisation itself; leave the project empty.")
    package static let nominationAlreadyOnList = Message(zh: "已在名单中。", en: "Already on the list.")
    package static let nominationEmpty = Message(
        zh: "名单中没有人选，不能提交。", en: "The list has no candidates; it cannot be submitted.")
    package static let nominationOutcome = Message(zh: "结果", en: "Outcome")
    package static let nominationDecidedOn = Message(zh: "结果日期", en: "Decided on")
    package static let nominationNote = Message(zh: "说明", en: "Note")
    package static let nominationDecidedInFuture = Message(
        zh: "结果日期不能晚于今天。", en: "The date cannot be after today.")
    package static func nominationDecidedBeforeSubmission(submitted: String) -> Message {
        Message(
            zh: "结果日期不能早于名单提交日期 \(submitted)。", en: "The date cannot be before the list was submitted, \(submitted).")
    }
    package static let nominationOutcomeRecorded = Message(
        zh: "该人选的结果已经记录。", en: "This candidate's outcome is already recorded.")
    package static let nominationProgrammeGone = Message(
        zh: "现行政策中已没有这个推荐项目。", en: "The active policy no longer has this programme.")
    package static func nominationStateConflict(state: String) -> Message {
        Message(zh: "名单当前状态为“\(state)”，不能进行此操作。", en: "The list is \(state); this step is not possible.")
    }

    // Notifications
    package static func notifyNominationSelected(programme: String, year: Int) -> Message {
        Message(zh: "您已入选\(year)年度\(programme)。", en: "You were selected for the \(programme), \(year).")
    }
    package static func notifyNominationNotSelected(programme: String, year: Int) -> Message {
        Message(zh: "\(year)年度\(programme)推荐结果：未入选。", en: "The \(programme), \(year): not selected.")
    }
}

extension Messages {
    package func nominationState(_ state: NominationList.State) -> String {
        switch state {
        case .draft: self(.nominationStateDraft)
        case .submitted: self(.nominationStateSubmitted)
        }
    }

    package func nominationOutcome(_ outcome: NominationCandidate.Outcome?) -> String {
        switch outcome {
        case .selected: self(.nominationSelected)
        case .notSelected: self(.nominationNotSelected)
        case nil: self(.nominationPending)
        }
    }
}

// Nominations' part of a workspace.
extension Message {
    package static let workspaceNominationDrafts = Message(
        zh: "尚未报送的推荐名单", en: "Nomination lists not yet submitted")
}
