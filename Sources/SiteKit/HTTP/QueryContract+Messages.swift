import Foundation

/// `QueryContractMiddleware`: which query parameter was refused and what it takes.
extension Message {
    package static func errorQueryParameter(_ rule: QueryContract.Rule, value: String) -> Message {
        let (zh, en) = expectation(rule)
        return Message(
            zh: "查询参数 \(rule.name) 的值无效：\(zh)。", en: "The query parameter \(rule.name) is invalid: it takes \(en).")
    }

    private static func expectation(_ rule: QueryContract.Rule) -> (zh: String, en: String) {
        if let allowed = rule.allowed {
            return ("须为以下之一：\(allowed.joined(separator: "、"))", "one of \(allowed.joined(separator: ", "))")
        }
        switch rule.format {
        case "date": return ("须为日期，如 2026-03-15", "a date such as 2026-03-15")
        case "uuid": return ("须为 UUID", "a UUID")
        default: break
        }
        let number = { (value: Double) in String(Int64(value)) }
        switch rule.type {
        case "integer", "number":
            switch (rule.minimum, rule.maximum) {
            case let (minimum?, maximum?):
                return (
                    "须为 \(number(minimum)) 到 \(number(maximum)) 之间的整数",
                    "a whole number from \(number(minimum)) to \(number(maximum))"
                )
            case let (minimum?, nil):
                return ("须为不小于 \(number(minimum)) 的整数", "a whole number of at least \(number(minimum))")
            case let (nil, maximum?):
                return ("须为不大于 \(number(maximum)) 的整数", "a whole number of at most \(number(maximum))")
            case (nil, nil): return ("须为整数", "a whole number")
            }
        case "boolean": return ("须为 true 或 false", "true or false")
        default: break
        }
        if let pattern = rule.pattern { return ("须符合格式 \(pattern)", "text matching \(pattern)") }
        let length = "\(rule.minLength ?? 0)–\(rule.maxLength.map(String.init) ?? "")"
        return ("长度须为 \(length) 个字符", "\(length) characters")
    }
}
