import RoutingKit

/// Every path of the public site, used both to register routes and to build links, so a
/// route and the links to it cannot drift apart.
enum SiteURL: Sendable, Equatable {
    case home
    case measure(String)
    case departments
    case occupations
    case stylesheet
    case openAPI

    var path: String {
        switch self {
        case .home: "/"
        case let .measure(code): "/measures/\(code)"
        case .departments: "/departments"
        case .occupations: "/occupations"
        case .stylesheet: "/static/site.css"
        case .openAPI: "/api/v1/openapi.json"
        }
    }

    /// Path components for route registration, with a `:code` parameter where the path has one.
    var route: [PathComponent] {
        switch self {
        case .measure: ["measures", ":code"]
        default: path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
        }
    }
}
