import TalentDomain

/// The word lists demo records are assembled from. Person names are common enough to look
/// real; organisation names are invented and always marked 示例 (see `DemoOrganization`).
enum DemoVocabulary {
    /// Common surnames weighted by their approximate national share (per 10,000 people,
    /// rounded) — enough for a plausible mix, not a statistic.
    static let surnames = WeightedList<String>(
        [
            ("王", 710), ("李", 700), ("张", 670), ("刘", 540), ("陈", 450), ("杨", 310), ("黄", 200),
            ("赵", 200), ("吴", 190), ("周", 190), ("徐", 150), ("孙", 150), ("马", 140), ("朱", 130),
            ("胡", 130), ("郭", 120), ("何", 120), ("高", 110), ("林", 110), ("罗", 100), ("郑", 90),
            ("梁", 90), ("谢", 80), ("宋", 70), ("唐", 70), ("许", 70), ("韩", 70), ("冯", 70),
            ("邓", 70), ("曹", 60), ("彭", 60), ("曾", 60), ("肖", 60), ("田", 60), ("董", 50),
            ("袁", 50), ("潘", 50), ("于", 50), ("蒋", 50), ("蔡", 50), ("余", 50), ("杜", 50),
            ("叶", 40), ("程", 40), ("苏", 40), ("魏", 40), ("吕", 40), ("丁", 40), ("任", 40),
            ("沈", 40), ("姚", 40), ("卢", 40), ("姜", 40), ("崔", 40), ("钟", 30), ("谭", 30),
            ("陆", 30), ("汪", 30), ("范", 30), ("金", 30), ("石", 30), ("贾", 30), ("夏", 30),
            ("付", 30), ("方", 30), ("白", 30), ("孟", 30), ("秦", 30), ("邱", 30), ("尹", 30),
            ("薛", 20), ("段", 20), ("雷", 20), ("侯", 20), ("史", 20), ("毕", 10), ("房", 10),
        ].map { ($0.0, weight: $0.1) })

    /// Given-name characters common for men and for women; a given name is one or two.
    static let maleGivenCharacters = Array("伟强磊军勇杰涛斌超明鹏浩宇俊峰刚凯辉健帅晨博文志建国海东振旭")
        .map(String.init)
    static let femaleGivenCharacters = Array("芳娜敏静丽艳娟霞燕婷雪琳慧颖倩玲萍红洁欣悦璐佳月晶瑶梅丹妍琪")
        .map(String.init)

    /// Organisation trade names are `brandWords × brandCharacters` ("数智" + "云"). The
    /// two lists share no character, so no name doubles a character ("智联联").
    static let brandWords = [
        "数智", "博远", "瑞德", "信诚", "华创", "恒通", "天衡", "汇明", "锐思", "嘉禾",
        "星河", "卓越", "鼎新", "海纳", "宏图", "金石", "光启", "泰和", "启明", "融通",
        "安捷", "凌霄", "易达", "新源", "聚力", "明德", "致远", "博雅", "同心", "远帆",
        "众合", "齐盛", "德润", "长青", "万象", "天工", "青禾", "朗润", "正弘", "惠民",
    ]
    static let brandCharacters = Array("云联科网芯链码擎维拓迅晟泽航宸睿途铭行辰").map(String.init)

    /// What follows the trade name, and the kind of organisation it makes. Each ending is
    /// listed once, so (trade name, ending) pairs give distinct names; employers have the
    /// most endings because most organisations are employers.
    static let organizationEndings: [(ending: String, kind: DemoOrganization.Kind)] = [
        ("科技有限公司", .employer), ("信息技术有限公司", .employer), ("软件有限公司", .employer),
        ("网络科技有限公司", .employer), ("智能装备有限公司", .employer), ("数据服务有限公司", .employer),
        ("电子商务有限公司", .employer), ("智能制造有限公司", .employer), ("新材料科技有限公司", .employer),
        ("工业互联网有限公司", .employer), ("数字科技有限公司", .employer), ("信息科技有限公司", .employer),
        ("电子科技有限公司", .employer), ("自动化设备有限公司", .employer), ("物联网科技有限公司", .employer),
        ("云计算科技有限公司", .employer), ("大数据科技有限公司", .employer), ("人工智能科技有限公司", .employer),
        ("智慧物流有限公司", .employer), ("精密机械有限公司", .employer),
        ("职业培训学校", .provider), ("职业技能培训学校", .provider), ("数字技能培训中心", .provider),
        ("职业技术学院", .college),
    ]

    /// Schools for 中专/大专 graduates and for 本科 and above. These are real public
    /// institutions: naming one as where a person studied claims nothing about it, unlike
    /// the demo organisations, which are invented.
    static let vocationalSchools = [
        "淄博职业学院", "山东工业职业学院", "淄博师范高等专科学校",
        "山东轻工职业学院", "山东铝业职业学院", "济南职业学院", "青岛职业技术学院",
    ]
    static let universities = [
        "山东理工大学", "山东大学", "中国海洋大学", "青岛大学", "济南大学",
        "山东科技大学", "齐鲁工业大学", "山东财经大学", "山东师范大学", "青岛科技大学",
    ]

    static let majors = [
        "计算机科学与技术", "软件工程", "数据科学与大数据技术", "人工智能", "电子信息工程", "物联网工程",
        "网络工程", "信息安全", "通信工程", "自动化", "机械设计制造及其自动化", "电气工程及其自动化",
        "化学工程与工艺", "材料科学与工程", "市场营销", "电子商务", "会计学", "工商管理", "数字媒体技术",
    ]

    static let skills = [
        "Python", "Java", "Swift", "C++", "SQL", "Linux", "数据分析", "机器学习", "深度学习", "云计算",
        "网络安全", "工业互联网", "PLC编程", "嵌入式开发", "短视频运营", "直播电商", "大数据", "区块链",
        "数字孪生", "UI设计", "前端开发", "物联网", "智能制造", "BIM建模", "数据标注", "自动化测试",
    ]

    /// Reserved for documentation (RFC 2606), so no demo mail can reach anyone.
    static let emailDomain = "example.com"
}
