import Vapor

/// The response for a rendered page.
package func htmlResponse(_ html: String, status: HTTPStatus = .ok) -> Response {
    let response = Response(status: status, body: .init(string: html))
    response.headers.contentType = .html
    return response
}
