/// Why a spreadsheet upload could not be read. The cases are coarse on purpose: the
/// person uploading can act on "not an .xlsx file" or "damaged", not on which byte was wrong;
/// the `String` says what was wrong for the log.
public enum XLSXError: Error, Equatable, Sendable {
    /// The bytes are not a ZIP archive at all (e.g. an old binary `.xls`, or a CSV renamed).
    case notAZip
    /// A part the workbook needs is not in the archive, e.g. `xl/workbook.xml`.
    case missingPart(String)
    /// A valid file using a feature this reader leaves out on purpose: ZIP64, encryption,
    /// compression methods other than stored and deflate, DTDs.
    case unsupported(String)
    /// The archive or one of its XML parts is damaged or truncated.
    case corrupt(String)
    /// Decompressing or reading would exceed the size or cell limit (a "zip bomb").
    case tooLarge
}
