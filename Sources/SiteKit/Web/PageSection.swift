import Plot

/// A section one capability gives a page of another (a profile's certificates, a
/// talent's vouchers on their training page): loaded by the capability that owns the
/// records, rendered inside the page that shows it.
package protocol PageSection {
    func render(_ m: Messages) -> Node<HTML.BodyContext>
}
