extension QRCode {
    /// An SVG document: viewBox including a 4-module quiet zone, one <path> of dark squares
    /// (horizontal runs merged), shape-rendering="crispEdges", fill black on a white rect,
    /// and role="img" with an aria-label taken from the argument (XML-escaped).
    public func svg(label: String) -> String {
        let (side, path) = svgShape
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" role="img" \
            aria-label="\(xmlEscaped(label))" shape-rendering="crispEdges">\
            <rect width="\(side)" height="\(side)" fill="#fff"/><path d="\(path)" fill="#000"/></svg>
            """
    }

    /// The side of the square view box, quiet zone included, and the path data of the dark
    /// modules: for a page that builds its own `<svg>` element around them.
    public var svgShape: (side: Int, path: String) {
        // Readers need four light modules around the symbol to find it.
        let quietZone = 4
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard self[x, y] else {
                    x += 1
                    continue
                }
                let start = x
                while x < size && self[x, y] {
                    x += 1
                }
                path += "M\(start + quietZone),\(y + quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        return (size + 2 * quietZone, path)
    }
}

/// Safe inside a double-quoted attribute as well as in text.
private func xmlEscaped(_ text: String) -> String {
    var escaped = ""
    for character in text {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&apos;"
        default: escaped.append(character)
        }
    }
    return escaped
}
