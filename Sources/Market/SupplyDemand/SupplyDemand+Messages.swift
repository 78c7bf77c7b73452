import SiteKit

/// The supply–demand map's texts, in Chinese and English (issue 18).
extension Message {
    package static let mapNav = Message(zh: "供需图谱", en: "Supply and demand")
    package static func mapTitle(year: Int) -> Message {
        Message(zh: "数字人才供需图谱（\(year) 年）", en: "Digital talent supply and demand, \(year)")
    }
    package static let mapIntro = Message(
        zh:
            "按数字职业和重点产业链对照需求（紧缺目录人数、招聘中岗位人数）、供给（人才库中从事该职业的人才，其中持证或有等级者）、培训（本年度在训和已结业）与缺口。产业链内的供给是受雇于该链企业的人才；未在重点产业链企业就业的人才计入职业合计。",
        en:
            "Demand (catalogue headcount, open posts' headcount), supply (the pool's talents of the occupation, and those certified or with a level), training (in training and completed this year) and the gap, per digital occupation and key industry chain. Supply in a chain is the talents employed there; talents employed in no key chain count in the occupation's total."
    )
    package static let mapSort = Message(zh: "排序", en: "Order")
    package static func mapOrder(_ order: String) -> Message {
        switch order {
        case "demand": Message(zh: "需求从多到少", en: "Most demand first")
        case "supply": Message(zh: "供给从多到少", en: "Most supply first")
        case "occupation": Message(zh: "按职业编码", en: "By occupation code")
        default: Message(zh: "缺口从大到小", en: "Largest gap first")
        }
    }
    package static func mapCountedAt(time: String) -> Message {
        Message(zh: "人才库统计于 \(time)（每 15 分钟更新）。", en: "The pool was counted at \(time) (every 15 minutes).")
    }
    package static let mapNotCounted = Message(zh: "人才库尚未统计。", en: "The pool has not been counted yet.")
    package static let mapRecount = Message(zh: "立即重新统计", en: "Count now")
    package static let mapCountedNotice = Message(zh: "已重新统计人才库。", en: "The pool was counted again.")
    package static let mapSuggestions = Message(zh: "建议", en: "Suggestions")
    package static func mapSuggestOpen(occupation: String, demand: Int, supply: Int, inTraining: Int) -> Message {
        Message(
            zh: "\(occupation)：需求 \(demand)，供给 \(supply)，在训 \(inTraining)，没有开放的培训项目。",
            en: "\(occupation): demand \(demand), supply \(supply), in training \(inTraining), and no open programme.")
    }
    package static func mapSuggestTrain(occupation: String, gap: Int, inTraining: Int) -> Message {
        Message(
            zh: "\(occupation)：缺口 \(gap)，在训 \(inTraining)，培训规模不足以填补缺口。",
            en: "\(occupation): a gap of \(gap) with \(inTraining) in training, too few to close it.")
    }
    package static func mapSuggestCertify(occupation: String, supply: Int, qualified: Int) -> Message {
        Message(
            zh: "\(occupation)：人才 \(supply) 人，但持证或有等级者仅 \(qualified) 人，宜组织评价认定。",
            en: "\(occupation): \(supply) talents but only \(qualified) certified or levelled; organise assessments.")
    }
    package static let mapOpenProgram = Message(zh: "新建培训项目", en: "New programme")
    package static let mapHeatTitle = Message(zh: "热力图", en: "Heat-map")
    package static let mapHeatHint = Message(
        zh: "颜色越深，产业链内需求减去链内人才后的缺口越大；浅灰为无需求，绿色为链内人才已足够。点击格子查看该职业。",
        en:
            "The darker a cell, the more of the chain's demand its own talents leave open; grey is no demand, green is enough talents in the chain. A cell opens its occupation."
    )
    package static func mapHeatLabel(occupations: Int, chains: Int) -> Message {
        Message(
            zh: "\(occupations) 个职业 × \(chains) 条产业链的供需热力图，数据见下表",
            en: "Heat-map of \(occupations) occupations by \(chains) chains; the table below holds the figures")
    }
    package static func mapCellTitle(occupation: String, chain: String, demand: Int, talents: Int, gap: Int) -> Message
    {
        Message(
            zh: "\(occupation) · \(chain)：需求 \(demand)，链内人才 \(talents)，缺口 \(gap)",
            en: "\(occupation) · \(chain): demand \(demand), talents in the chain \(talents), gap \(gap)")
    }
    package static let mapTableTitle = Message(zh: "各职业供需", en: "Occupations")
    package static let mapEmpty = Message(
        zh: "本年度还没有需求或培训数据。", en: "No demand or training is recorded for this year yet.")
    package static let mapCatalogue = Message(zh: "目录需求", en: "Catalogue")
    package static let mapPosts = Message(zh: "岗位需求", en: "Open posts")
    package static let mapDemand = Message(zh: "需求合计", en: "Demand")
    package static let mapSupply = Message(zh: "人才供给", en: "Supply")
    package static let mapQualified = Message(zh: "持证或有等级", en: "Certified or levelled")
    package static let mapInTraining = Message(zh: "在训", en: "In training")
    package static let mapTrained = Message(zh: "已结业", en: "Trained")
    package static let mapOpenPrograms = Message(zh: "开放项目", en: "Open programmes")
    package static let mapGap = Message(zh: "缺口", en: "Gap")
    package static let mapChainTalents = Message(zh: "链内人才", en: "Talents in the chain")
    package static let mapUnattached = Message(zh: "未在重点产业链就业", en: "Employed in no key chain")
    package static let mapNoChain = Message(zh: "无产业链", en: "No chain")
    package static let mapAllChains = Message(zh: "全部产业链", en: "All chains")
    package static let mapSheet = Message(zh: "供需图谱", en: "Supply and demand")
    package static func mapDetailSummary(demand: Int, supply: Int, qualified: Int, inTraining: Int, gap: Int) -> Message
    {
        Message(
            zh: "需求 \(demand)，供给 \(supply)（持证或有等级 \(qualified)），在训 \(inTraining)，缺口 \(gap)。",
            en:
                "Demand \(demand), supply \(supply) (\(qualified) certified or levelled), \(inTraining) in training, gap \(gap)."
        )
    }
    package static let mapCatalogueLines = Message(zh: "目录条目", en: "Catalogue entries")
    package static let mapOpenPostsLink = Message(zh: "招聘中岗位", en: "Open posts")
    package static let mapTalentsLink = Message(zh: "人才库中的人才", en: "Talents in the pool")
    package static let mapPrograms = Message(zh: "培训项目", en: "Training programmes")
    package static let mapNoPrograms = Message(zh: "没有该职业的培训项目。", en: "No programme trains for this occupation.")
}
