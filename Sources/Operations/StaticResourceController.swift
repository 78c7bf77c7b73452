import SiteKit
import Vapor

/// Serves the OpenAPI 3.1 description of `/api/v1` (a shipped file that a test keeps in
/// step with the registered routes), the stylesheet, the script and the site's icon.
package struct StaticResourceController: RouteCollection {
    package let openAPI: String
    package let stylesheet: String
    package let script: String
    package let favicon: String

    package init() throws {
        openAPI = try StaticFile.openAPI.read().text
        stylesheet = try StaticFile.stylesheet.read().text
        script = try StaticFile.script.read().text
        favicon = try StaticFile.favicon.read().text
    }

    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.openAPI.route) { _ in
            Self.response(openAPI, type: HTTPMediaType(type: "application", subType: "json"))
        }
        routes.get(SiteURL.stylesheet.route) { _ in
            Self.response(
                stylesheet, type: HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"]))
        }
        routes.get(SiteURL.script.route) { _ in
            Self.response(
                script, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"]))
        }
        routes.get(SiteURL.favicon.route) { _ in
            Self.response(favicon, type: HTTPMediaType(type: "image", subType: "svg+xml"))
        }
    }

    private static func response(_ text: String, type: HTTPMediaType) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = type
        response.headers.cacheControl = .init(isPublic: true, maxAge: 3600)
        return response
    }
}
