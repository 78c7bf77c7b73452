import SiteKit
import TalentDomain

/// The job zone's texts, in Chinese and English: fields, refusals, states, match reasons
/// and notifications (M3). The pages' own texts are in `JobPages+Messages.swift`.
extension Message {
    // Fields
    package static let jobCampaign = Message(zh: "招聘专场", en: "Campaign")
    package static let jobCampaignName = Message(zh: "专场名称", en: "Campaign name")
    package static let jobCampaignDescription = Message(zh: "专场介绍", en: "Description")
    package static let jobCampaignStartsOn = Message(zh: "开始日期", en: "Starts on")
    package static let jobCampaignEndsOn = Message(zh: "结束日期", en: "Ends on")
    package static let jobPostTitle = Message(zh: "岗位名称", en: "Job title")
    package static let jobPostDistrict = Message(zh: "工作地点", en: "Work district")
    package static let jobPostDeadline = Message(zh: "报名截止日期", en: "Application deadline")
    package static let jobPostDescription = Message(zh: "岗位职责与要求", en: "Duties and requirements")
    package static let jobTakedownReason = Message(zh: "下架原因", en: "Reason for taking down")
    package static let jobApplyNote = Message(zh: "给用人单位的留言", en: "Message to the employer")
    package static let jobApplicationStateField = Message(zh: "申请状态", en: "Application state")
    package static let jobMoveNote = Message(zh: "给求职者的说明", en: "Note to the applicant")
    package static let jobInviteTalent = Message(zh: "邀请的人才", en: "Talent to invite")
    package static let jobSeekerFindable = Message(zh: "允许用人单位通过人岗匹配找到我", en: "Let employers find me by matching")

    // Refusals
    package static let jobCampaignEndsBeforeStart = Message(
        zh: "结束日期不能早于开始日期。", en: "The end date cannot be before the start date.")
    package static let jobCampaignEndsInPast = Message(zh: "结束日期不能早于今天。", en: "The end date cannot be in the past.")
    package static let jobCampaignUnknown = Message(zh: "没有这个招聘专场。", en: "There is no such campaign.")
    package static let jobCampaignEnded = Message(
        zh: "该招聘专场已结束，不能再发布岗位。", en: "This campaign has ended: no more posts can go into it.")
    package static func jobCampaignNotOpen(starts: String, ends: String) -> Message {
        Message(
            zh: "招聘专场的开放时间为 \(starts) 至 \(ends)，今天不能发布岗位。",
            en: "The campaign is open from \(starts) to \(ends): a post cannot be published into it today.")
    }
    package static let jobPostDistrictUnknown = Message(
        zh: "请选择淄博市的区县。", en: "Choose a district of Zibo.")
    package static let jobPostDeadlinePast = Message(
        zh: "报名截止日期不能早于今天。", en: "The deadline cannot be in the past.")
    package static func jobPostDeadlineAfterCampaign(end: String) -> Message {
        Message(
            zh: "报名截止日期不能晚于招聘专场结束日期 \(end)。",
            en: "The deadline cannot be after the campaign's last day, \(end).")
    }
    package static func jobPostStateConflict(state: String) -> Message {
        Message(zh: "岗位当前为“\(state)”，不能进行此操作。", en: "The post is \(state): this step is not possible.")
    }
    package static func jobApplicationStateConflict(state: String) -> Message {
        Message(
            zh: "申请当前为“\(state)”，不能进行此操作。", en: "The application is \(state): this step is not possible.")
    }
    package static func jobMoveNotAllowed(from: String, allowed: String) -> Message {
        Message(
            zh: "申请当前为“\(from)”，只能改为：\(allowed)。",
            en: "The application is \(from): it can only move to \(allowed).")
    }
    package static let jobInviteNotFindable = Message(
        zh: "该人才未开启求职意向，不能邀请。", en: "This talent has not agreed to be found: they cannot be invited.")
    package static let jobInviteExists = Message(
        zh: "该人才已申请或已被邀请过这个岗位。", en: "This talent has already applied or been invited to this post.")
    package static let jobTalentsOnly = Message(
        zh: "只有在人才库中登记的人才可以这样做。", en: "Only a talent registered in the pool can do this.")

    // States
    package static func jobPostState(_ state: JobPostState) -> Message {
        switch state {
        case .draft: Message(zh: "草稿", en: "draft")
        case .published: Message(zh: "招聘中", en: "open")
        case .closed: Message(zh: "已关闭", en: "closed")
        case .takenDown: Message(zh: "已下架", en: "taken down")
        }
    }
    package static func jobApplicationState(_ state: JobApplicationState) -> Message {
        switch state {
        case .invited: Message(zh: "已邀请", en: "invited")
        case .declined: Message(zh: "已谢绝邀请", en: "invitation declined")
        case .received: Message(zh: "已投递", en: "received")
        case .interview: Message(zh: "面试", en: "interview")
        case .offer: Message(zh: "录用意向", en: "offer")
        case .hired: Message(zh: "已录用", en: "hired")
        case .notSelected: Message(zh: "未录用", en: "not selected")
        case .withdrawn: Message(zh: "已撤回", en: "withdrawn")
        }
    }

    // Match reasons
    package static func jobReasonSameOccupation(occupation: String) -> Message {
        Message(zh: "职业相同：\(occupation)", en: "Same occupation: \(occupation)")
    }
    package static func jobReasonRelatedOccupation(occupation: String) -> Message {
        Message(zh: "相近职业（同一小类）：\(occupation)", en: "Related occupation (same small category): \(occupation)")
    }
    package static func jobReasonSkills(skills: String) -> Message {
        Message(zh: "共同技能：\(skills)", en: "Skills in common: \(skills)")
    }
    package static func jobReasonEducation(level: String) -> Message {
        Message(zh: "学历符合要求（\(level)）", en: "Education meets the requirement (\(level))")
    }
    package static let jobReasonEducationAny = Message(zh: "岗位不限学历", en: "No education required")
    package static func jobReasonExperience(years: Int) -> Message {
        Message(zh: "从业 \(years) 年，符合经验要求", en: "\(years) years in the field meet the requirement")
    }
    package static let jobReasonExperienceAny = Message(zh: "岗位不限经验", en: "No experience required")
    package static let jobReasonDistrict = Message(zh: "居住在岗位所在区县", en: "Lives in the post's district")
    package static func jobReasonCertificate(occupation: String) -> Message {
        Message(zh: "持有该职业证书：\(occupation)", en: "Holds a certificate for \(occupation)")
    }
    package static func jobReasonLevel(levels: String) -> Message {
        Message(zh: "已认定等级：\(levels)", en: "Recognised level: \(levels)")
    }

    // Notifications
    package static func jobNotifyTakenDown(title: String, reason: String) -> Message {
        Message(zh: "岗位“\(title)”已被下架：\(reason)", en: "Your post \"\(title)\" was taken down: \(reason)")
    }
    package static func jobNotifyApplied(title: String) -> Message {
        Message(zh: "有人投递了岗位“\(title)”。", en: "Someone applied to \"\(title)\".")
    }
    package static func jobNotifyInvited(title: String) -> Message {
        Message(zh: "用人单位邀请您投递岗位“\(title)”。", en: "An employer invites you to apply to \"\(title)\".")
    }
    package static func jobNotifyMoved(title: String, state: String) -> Message {
        Message(zh: "您投递的岗位“\(title)”状态更新为：\(state)。", en: "Your application to \"\(title)\" is now: \(state).")
    }
}
