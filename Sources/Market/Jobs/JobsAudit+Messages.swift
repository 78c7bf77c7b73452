import SiteKit

/// The names the audit page shows for the job zone's actions and entities.
extension Message {
    package static let auditEntityJobCampaign = Message(zh: "招聘专场", en: "Job campaign")
    package static let auditEntityJobPost = Message(zh: "招聘岗位", en: "Job post")
    package static let auditEntityJobApplication = Message(zh: "岗位申请", en: "Job application")
    package static let auditEntityJobSeeker = Message(zh: "求职意向", en: "Job-seeking consent")
    package static let auditJobCampaignCreate = Message(zh: "新建招聘专场", en: "Create a campaign")
    package static let auditJobCampaignUpdate = Message(zh: "修改招聘专场", en: "Change a campaign")
    package static let auditJobPostCreate = Message(zh: "新建岗位", en: "Create a post")
    package static let auditJobPostUpdate = Message(zh: "修改岗位", en: "Change a post")
    package static let auditJobPostPublish = Message(zh: "发布岗位", en: "Publish a post")
    package static let auditJobPostClose = Message(zh: "关闭岗位", en: "Close a post")
    package static let auditJobPostTakeDown = Message(zh: "下架岗位", en: "Take a post down")
    package static let auditJobPostDiscard = Message(zh: "删除岗位草稿", en: "Discard a post draft")
    package static let auditJobApply = Message(zh: "投递岗位", en: "Apply to a post")
    package static let auditJobInvite = Message(zh: "邀请人才投递", en: "Invite a talent")
    package static let auditJobDecline = Message(zh: "谢绝邀请", en: "Decline an invitation")
    package static let auditJobWithdraw = Message(zh: "撤回申请", en: "Withdraw an application")
    package static let auditJobMove = Message(zh: "更新申请状态", en: "Move an application")
    package static let auditJobSeekerOptIn = Message(zh: "开启求职意向", en: "Consent to be found")
    package static let auditJobSeekerOptOut = Message(zh: "关闭求职意向", en: "Withdraw consent to be found")
}
