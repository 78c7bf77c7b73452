import Foundation

/// Turns the bytes of an uploaded text file (CSV or TSV for bulk import) into a `String`.
/// Staff save these files from Excel or WPS on Windows, so the three encodings seen in
/// practice are UTF-8, UTF-8 with a byte-order mark ("CSV UTF-8" in Excel) and the
/// Windows Chinese code page (GBK, which GB 18030 contains). Anything else is refused with
/// a reason the upload page can show, rather than imported as mojibake.
public enum TextDecoding {
    /// How much of the file is searched for a NUL byte. Text in the accepted encodings
    /// never contains one, while binary formats have them within their first few hundred
    /// bytes, so the head of the file is enough and the check stays cheap on 150 MB uploads.
    static let binaryProbeLength = 64 * 1024

    public static func decode(_ bytes: some Collection<UInt8>) throws(TextDecodingError) -> DecodedText {
        // One contiguous buffer lets the checks below run at memory speed; `Data` and
        // `[UInt8]` already provide it, anything else is copied once.
        let result =
            bytes.withContiguousStorageIfAvailable { buffer in
                Result { () throws(TextDecodingError) in try decode(buffer: buffer) }
            }
            ?? Array(bytes).withUnsafeBufferPointer { buffer in
                Result { () throws(TextDecodingError) in try decode(buffer: buffer) }
            }
        return try result.get()
    }

    private static func decode(buffer: UnsafeBufferPointer<UInt8>) throws(TextDecodingError) -> DecodedText {
        guard !buffer.isEmpty else { throw .empty }
        if buffer.starts(with: utf16LittleEndianBOM) || buffer.starts(with: utf16BigEndianBOM) {
            // Excel's "Unicode text" export. Checked before the NUL test, which UTF-16
            // would fail, so the message says "save as UTF-8" rather than "not text".
            throw .unsupportedEncoding
        }
        let hasBOM = buffer.starts(with: utf8BOM)
        let body = hasBOM ? UnsafeBufferPointer(rebasing: buffer.dropFirst(utf8BOM.count)) : buffer
        guard !isBinary(body) else { throw .binary }
        if let text = String(validating: body, as: UTF8.self) {
            return DecodedText(text: text, encoding: hasBOM ? .utf8BOM : .utf8)
        }
        // A BOM promises UTF-8, so invalid bytes after it are damage, not another encoding.
        guard !hasBOM, let text = String(data: Data(body), encoding: gb18030) else { throw .invalidText }
        return DecodedText(text: text, encoding: .gb18030)
    }

    /// A known file signature at the start, or a NUL byte near it: the usual mistake is
    /// uploading the `.xlsx` or `.xls` itself (or a PDF or photo of it) instead of a CSV.
    private static func isBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        binarySignatures.contains { bytes.starts(with: $0) }
            || bytes.prefix(binaryProbeLength).contains(0)
    }

    /// GB 18030, the Chinese national standard encoding and a superset of GBK/GB 2312
    /// (Windows code page 936), under its CoreFoundation number: Foundation has no named
    /// `String.Encoding` for it. 0x80000000 marks a CFStringEncoding; 0x0632 is
    /// `kCFStringEncodingGB_18030_2000`.
    private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let utf16LittleEndianBOM: [UInt8] = [0xFF, 0xFE]
    private static let utf16BigEndianBOM: [UInt8] = [0xFE, 0xFF]

    private static let binarySignatures: [[UInt8]] = [
        [0x50, 0x4B, 0x03, 0x04],  // "PK\3\4": ZIP, so .xlsx, .docx and .ods
        [0xD0, 0xCF, 0x11, 0xE0],  // OLE compound file: Excel 97–2003 .xls, .doc
        Array("%PDF".utf8),
        [0x89, 0x50, 0x4E, 0x47],  // "\x89PNG"
        Array("GIF8".utf8),
        [0xFF, 0xD8, 0xFF],  // JPEG
    ]
}

/// Decoded file text and the encoding it was found in, so an import report can say
/// which one was assumed.
public struct DecodedText: Sendable {
    /// The text, without a byte-order mark.
    public let text: String
    public let encoding: SourceEncoding
}

/// The encodings an uploaded text file is accepted in.
public enum SourceEncoding: String, Sendable {
    case utf8
    /// UTF-8 starting with the byte-order mark EF BB BF, as Excel writes "CSV UTF-8".
    case utf8BOM = "utf8_bom"
    /// GB 18030, read for GBK files: Excel's plain "CSV" on Chinese Windows.
    case gb18030
}

/// Why an upload's bytes were not accepted as text; each case says what to fix.
public enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has no bytes.
    case empty
    /// A spreadsheet, PDF, image or other non-text file.
    case binary
    /// Neither UTF-8 nor GBK/GB 18030, or UTF-8 after a BOM with invalid bytes.
    case invalidText
    /// UTF-16 text ("Unicode text" in Excel), recognised by its byte-order mark.
    case unsupportedEncoding

    public var description: String {
        switch self {
        case .empty: "the file is empty"
        case .binary: "the file is not text; save the spreadsheet as CSV"
        case .invalidText: "the file is neither UTF-8 nor GBK text"
        case .unsupportedEncoding: "UTF-16 text is not supported; save as CSV UTF-8"
        }
    }
}
