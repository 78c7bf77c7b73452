/// The columns a talent import file may have.
public enum TalentImportColumn: String, ImportColumn {
    case name, residentID, gender, birthDate, mobile, email, district, education, school, major, graduationYear
    case employerCreditCode, occupations, skills, categories, keyGroups

    public static let required: [[TalentImportColumn]] = [[.name], [.residentID], [.district]]
    public static let identifiers: Set<TalentImportColumn> = [.residentID, .mobile]

    /// The header written in templates and exports (Chinese, as offices use).
    public var header: String {
        switch self {
        case .name: "姓名"
        case .residentID: "身份证号"
        case .gender: "性别"
        case .birthDate: "出生日期"
        case .mobile: "手机号"
        case .email: "邮箱"
        case .district: "区县"
        case .education: "学历"
        case .school: "毕业院校"
        case .major: "专业"
        case .graduationYear: "毕业年份"
        case .employerCreditCode: "单位统一社会信用代码"
        case .occupations: "职业编码"
        case .skills: "技能"
        case .categories: "人才类别"
        case .keyGroups: "重点群体"
        }
    }

    public var aliases: [String] {
        switch self {
        case .name: ["姓名", "名字", "name", "fullname"]
        case .residentID: ["身份证号", "身份证号码", "居民身份证号码", "公民身份号码", "身份证", "residentid", "idnumber", "idcard"]
        case .gender: ["性别", "gender", "sex"]
        case .birthDate: ["出生日期", "出生年月", "出生年月日", "生日", "birthdate", "dateofbirth", "birthday"]
        case .mobile: ["手机号", "手机号码", "手机", "联系电话", "mobile", "phone", "mobilenumber"]
        case .email: ["邮箱", "电子邮箱", "电子邮件", "email", "emailaddress"]
        case .district: ["区县", "所在区县", "区县代码", "district", "districtcode"]
        case .education: ["学历", "最高学历", "education", "educationlevel"]
        case .school: ["毕业院校", "学校", "school"]
        case .major: ["专业", "所学专业", "major"]
        case .graduationYear: ["毕业年份", "毕业时间", "graduationyear"]
        case .employerCreditCode: ["单位统一社会信用代码", "统一社会信用代码", "单位信用代码", "employercreditcode", "creditcode"]
        case .occupations: ["职业编码", "职业", "职业代码", "occupations", "occupationcodes", "occupation"]
        case .skills: ["技能", "技能标签", "skills"]
        case .categories: ["人才类别", "高层次人才类别", "categories", "talentcategories"]
        case .keyGroups: ["重点群体", "keygroups", "keygroup"]
        }
    }
}

public typealias TalentImportHeader = ImportHeader<TalentImportColumn>
