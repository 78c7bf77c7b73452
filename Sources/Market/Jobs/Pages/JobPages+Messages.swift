import SiteKit

/// The job zone pages' texts, in Chinese and English (M3: 淄博—高校人才直通车数字岗位专区).
extension Message {
    // The board
    package static let jobBoardTitle = Message(zh: "数字岗位专区", en: "Digital job zone")
    package static let jobBoardIntro = Message(
        zh: "“淄博—高校人才直通车”数字岗位专区：驻淄企业发布数字岗位，人才在线投递，平台按职业、技能、学历、证书等说明匹配理由（措施三）。",
        en:
            "The digital job zone of the Zibo–universities talent express: employers in Zibo post digital jobs, talents apply online, and the platform explains each match by occupation, skills, education and certificates (measure 3)."
    )
    package static let jobKeyword = Message(zh: "关键词", en: "Keyword")
    package static let jobKeywordHint = Message(
        zh: "岗位名称、技能、职业或单位，一两个字也可以", en: "Title, skill, occupation or employer; one or two characters work")
    package static let jobAnyDistrict = Message(zh: "全部区县", en: "All districts")
    package static let jobMyEducation = Message(zh: "我的学历", en: "My education")
    package static let jobPayAtLeast = Message(zh: "月薪不低于（元）", en: "Monthly pay at least (yuan)")
    package static let jobOccupationCode = Message(zh: "职业编码", en: "Occupation code")
    package static let jobSearchButton = Message(zh: "搜索岗位", en: "Search jobs")
    package static func jobResultCount(count: String) -> Message {
        Message(zh: "共 \(count) 个招聘中的岗位", en: "\(count) open posts")
    }
    package static let jobNoPosts = Message(zh: "没有符合条件的招聘中岗位。", en: "No open post matches.")
    package static let jobPager = Message(zh: "岗位分页", en: "Pages of posts")
    package static let jobNextPage = Message(zh: "下一页", en: "Next page")
    package static let jobPerMonth = Message(zh: " 元/月", en: " yuan a month")
    package static func jobHeadcountShort(count: Int) -> Message { Message(zh: "招 \(count) 人", en: "\(count) wanted") }
    package static func jobDeadlineShort(date: String) -> Message {
        Message(zh: "\(date) 截止", en: "closes \(date)")
    }
    package static func jobHiresCount(count: Int) -> Message { Message(zh: "已录用 \(count) 人", en: "\(count) hired") }

    // A post
    package static let jobTakenDownBecause = Message(zh: "下架原因：", en: "Taken down because:")
    package static let jobSignInToApply = Message(zh: "登录人才账号后即可投递。", en: "Sign in with your talent account to apply.")
    package static let jobSignIn = Message(zh: "登录", en: "Sign in")
    package static func jobWhyFit(score: Int) -> Message {
        Message(zh: "与您的匹配度：\(score) 分", en: "How well it fits you: \(score) of 100")
    }
    package static let jobYourApplication = Message(zh: "您已投递，当前状态：", en: "You applied; the application is")
    package static let jobNotTakingApplications = Message(
        zh: "该岗位目前不接受投递。", en: "This post does not take applications now.")
    package static let jobApplyHeading = Message(zh: "投递这个岗位", en: "Apply for this job")
    package static let jobInvitedAccept = Message(zh: "接受邀请并投递", en: "Accept the invitation and apply")
    package static let jobApplyHint = Message(
        zh: "用人单位将看到您的姓名、联系方式和人才库档案。", en: "The employer will see your name, contact details and pool profile.")
    package static let jobApplyButton = Message(zh: "投递", en: "Apply")
    package static let jobManage = Message(zh: "管理岗位", en: "Manage the post")
    package static func jobApplicantsLink(count: Int) -> Message {
        Message(zh: "查看申请人与匹配人才（\(count) 份申请）→", en: "Applicants and matched talents (\(count) applications) →")
    }
    package static let jobEdit = Message(zh: "修改", en: "Edit")
    package static let jobPublish = Message(zh: "发布", en: "Publish")
    package static let jobDiscard = Message(zh: "删除草稿", en: "Discard the draft")
    package static let jobClose = Message(zh: "关闭岗位", en: "Close the post")
    package static let jobTakeDown = Message(zh: "下架岗位", en: "Take the post down")
    package static let jobAppliedNotice = Message(zh: "已投递。", en: "Your application was sent.")
    package static let jobPublishedNotice = Message(zh: "岗位已发布。", en: "The post is published.")
    package static let jobClosedNotice = Message(zh: "岗位已关闭。", en: "The post is closed.")
    package static let jobSavedNotice = Message(zh: "已保存。", en: "Saved.")
    package static let jobTakenDownNotice = Message(
        zh: "岗位已下架，已通知用人单位。", en: "The post is taken down; the employer was told.")
    package static let jobCreatedNotice = Message(zh: "招聘专场已创建。", en: "The campaign was created.")

    // Employers' and officers' pages
    package static let jobPostsTitle = Message(zh: "岗位管理", en: "Job posts")
    package static let jobPostsIntro = Message(
        zh: "在开放的招聘专场中发布本单位的数字岗位：先保存草稿，再发布；发布后人才即可搜索和投递。",
        en: "Post your digital jobs in an open campaign: save a draft, then publish it; talents then find it and apply."
    )
    package static let jobPostsOfficerIntro = Message(
        zh: "全市各单位发布的岗位。违规岗位可在岗位页面填写原因后下架。",
        en: "Every employer's posts. A post that breaks the rules can be taken down, with a reason, on its page.")
    package static let jobNoOwnPosts = Message(zh: "还没有岗位。", en: "No posts yet.")
    package static let jobNewPost = Message(zh: "新建岗位", en: "New post")
    package static let jobChooseCampaign = Message(zh: "请选择招聘专场", en: "Choose a campaign")
    package static let jobChainOfEmployer = Message(zh: "本单位所属产业链", en: "The employer's chain")
    package static let jobChooseDistrict = Message(zh: "请选择区县", en: "Choose a district")
    package static let jobSaveDraft = Message(zh: "保存草稿", en: "Save the draft")
    package static let jobApplicantsColumn = Message(zh: "申请", en: "Applications")
    package static func jobEditTitle(title: String) -> Message {
        Message(zh: "修改岗位：\(title)", en: "Edit the post: \(title)")
    }
    package static func jobApplicantsTitle(title: String) -> Message {
        Message(zh: "申请人与匹配人才：\(title)", en: "Applicants and matches: \(title)")
    }
    package static let jobViewPost = Message(zh: "查看岗位", en: "View the post")
    package static let jobPipeline = Message(zh: "申请进度", en: "Pipeline")
    package static let jobNoApplicants = Message(zh: "还没有申请。", en: "No applications yet.")
    package static let jobApplicant = Message(zh: "申请人", en: "Applicant")
    package static let jobInvitedHidden = Message(
        zh: "已邀请的人才（对方投递后显示）", en: "An invited talent (shown once they apply)")
    package static let jobMoveButton = Message(zh: "更新", en: "Update")
    package static let jobMatchesTitle = Message(zh: "匹配人才", en: "Matched talents")
    package static let jobMatchesHint = Message(
        zh: "只列出开启了求职意向的人才；姓名仅显示姓氏，不显示联系方式，对方接受邀请并投递后才可见。分数为各项匹配理由的得分之和占满分的比例。",
        en:
            "Only talents who agreed to be found are listed, with their surname only and no contact details until they accept an invitation and apply. The score is the points of the reasons out of the most one can win."
    )
    package static let jobNoMatches = Message(zh: "暂时没有匹配的人才。", en: "No talent matches yet.")
    package static func jobScore(score: Int) -> Message { Message(zh: "匹配度 \(score)", en: "fit \(score)") }
    package static let jobInviteButton = Message(zh: "邀请投递", en: "Invite")
    package static let jobInvitedNotice = Message(zh: "已发送邀请。", en: "The invitation was sent.")
    package static let jobMovedNotice = Message(zh: "已更新，已通知求职者。", en: "Updated; the applicant was told.")

    // The talent's page
    package static let myJobsTitle = Message(zh: "我的求职", en: "My job search")
    package static let jobSeekingTitle = Message(zh: "求职意向", en: "Open to offers")
    package static let jobSeekingOn = Message(
        zh: "已开启：用人单位可以在人岗匹配中看到您（仅姓氏、区县、学历、等级和技能）。",
        en: "On: employers can see you in their matches (surname, district, education, levels and skills only).")
    package static let jobSeekingOff = Message(
        zh: "未开启：用人单位的人岗匹配中不会出现您。", en: "Off: you do not appear in employers' matches.")
    package static let jobSeekingExplained = Message(
        zh: "您可以随时关闭，关闭后立即不再出现在匹配结果中。您主动投递的岗位不受影响。",
        en:
            "You can turn it off at any time; you disappear from matches at once. Jobs you applied for are not affected."
    )
    package static let jobSeekingTurnOn = Message(zh: "开启求职意向", en: "Turn on")
    package static let jobSeekingTurnOff = Message(zh: "关闭求职意向", en: "Turn off")
    package static let jobSeekingOnNotice = Message(zh: "已开启求职意向。", en: "You are now open to offers.")
    package static let jobSeekingOffNotice = Message(
        zh: "已关闭求职意向，您已不在匹配结果中。", en: "Turned off: you no longer appear in matches.")
    package static let myApplicationsTitle = Message(zh: "我的申请与邀请", en: "My applications and invitations")
    package static let myApplicationsEmpty = Message(zh: "还没有申请或邀请。", en: "No applications or invitations yet.")
    package static let jobEmployerNote = Message(zh: "单位说明", en: "Employer's note")
    package static let jobDeclineButton = Message(zh: "谢绝", en: "Decline")
    package static let jobWithdrawButton = Message(zh: "撤回", en: "Withdraw")
    package static let jobWithdrawnNotice = Message(zh: "已撤回申请。", en: "The application was withdrawn.")
    package static let jobDeclinedNotice = Message(zh: "已谢绝邀请。", en: "The invitation was declined.")
    package static let myMatchesTitle = Message(zh: "适合我的岗位", en: "Jobs that fit me")
    package static let myMatchesEmpty = Message(
        zh: "暂时没有与您的职业相符的招聘中岗位。完善档案中的职业和技能可以获得更准确的推荐。",
        en:
            "No open post fits your occupations yet. Adding occupations and skills to your profile improves the matches."
    )

    // Campaigns
    package static let jobCampaignsTitle = Message(zh: "招聘专场", en: "Campaigns")
    package static let jobCampaignsIntro = Message(
        zh: "“淄博—高校人才直通车”系列招聘专场。专场开放期间，用人单位可在其中发布岗位。",
        en: "The drives of the Zibo–universities talent express. While a campaign is open, employers post jobs in it.")
    package static let jobNoCampaigns = Message(zh: "还没有招聘专场。", en: "No campaigns yet.")
    package static let jobHires = Message(zh: "录用人数", en: "Hires")
    package static let jobNewCampaign = Message(zh: "新建招聘专场", en: "New campaign")
    package static let jobEditCampaign = Message(zh: "修改招聘专场", en: "Edit the campaign")
    package static let jobSaveCampaign = Message(zh: "保存", en: "Save")
    package static let jobOpenPosts = Message(zh: "招聘中岗位", en: "Open posts")
    package static let jobCampaignPosts = Message(zh: "本专场的岗位", en: "This campaign's posts")
    package static let jobHiresByChain = Message(zh: "按产业链统计录用", en: "Hires by industry chain")
    package static let jobHiresByOccupation = Message(zh: "按职业统计录用", en: "Hires by occupation")
    package static func jobCampaignOption(name: String, ends: String) -> Message {
        Message(zh: "\(name)（至 \(ends)）", en: "\(name) (until \(ends))")
    }
    package static func jobTalentSkills(skills: String) -> Message {
        Message(zh: "技能：\(skills)", en: "Skills: \(skills)")
    }
    // Workspaces
    package static let workspaceJobApplicationsReceived = Message(
        zh: "待处理的岗位申请", en: "Job applications to answer")
    package static let workspaceJobDrafts = Message(zh: "未发布的岗位草稿", en: "Job post drafts")
    package static let workspaceJobInvitations = Message(zh: "待回复的投递邀请", en: "Invitations to answer")
    package static let workspaceJobOffers = Message(zh: "收到的录用意向", en: "Job offers")
    package static let jobBreakdownItem = Message(zh: "名称", en: "Name")
}
