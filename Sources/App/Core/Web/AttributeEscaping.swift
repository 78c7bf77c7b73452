/// Plot escapes text nodes but writes attribute values exactly as given, so a value such
/// as `"><script>` would end the attribute. Every attribute value that can hold data —
/// anything a user typed, or names from the database or policy file — goes through here.
func attr(_ value: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(value.count)
    for character in value {
        switch character {
        case "&": escaped += "&amp;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        default: escaped.append(character)
        }
    }
    return escaped
}
