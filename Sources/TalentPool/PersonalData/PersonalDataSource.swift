import Fluent
import SiteKit
import TalentDomain

/// What another capability holds about a talent, for the person's own download of their
/// data (PIPL art. 45, issue 17): the enrolments, vouchers, certificates, course hours,
/// applications. Those capabilities sit above the talent pool, so the pool asks them
/// through this instead of importing them; the app lists them in the order the download
/// shows them (`TalentPoolCapability`).
package protocol PersonalDataSource: Sendable {
    /// Every record of this kind about `talent`, in full (it is their own data), with
    /// headings and values in `messages`' language.
    func records(of talent: Talent, on db: any Database, messages: Messages, policy: PolicyDocument) async throws
        -> PersonalDataSheet
}

/// One kind of record held about a person: a sheet of the workbook and a section of the
/// JSON download, the same rows in both.
package struct PersonalDataSheet: Sendable {
    package struct Column: Sendable {
        /// The field's name in the JSON download, e.g. `completedOn`.
        package var key: String
        /// The sheet's heading in the reader's language, e.g. 结业日期.
        package var heading: String
    }

    /// The JSON section's name, e.g. `enrollments`.
    package var key: String
    /// The sheet's name in the reader's language, e.g. 培训报名.
    package var title: String
    package var columns: [Column]
    /// One row per record, a cell per column, "" where there is nothing.
    package var rows: [[String]]

    /// `columns` as pairs of a JSON key and the message of its heading.
    package init(key: String, title: Message, columns: [(String, Message)], rows: [[String]], messages: Messages) {
        self.key = key
        self.title = messages(title)
        self.columns = columns.map { Column(key: $0.0, heading: messages($0.1)) }
        self.rows = rows
    }

    package init(key: String, title: String, columns: [Column], rows: [[String]]) {
        (self.key, self.title, self.columns, self.rows) = (key, title, columns, rows)
    }

    /// The records for JSON: each row as its columns' keys to their values, empty ones
    /// left out.
    package var records: [[String: String]] {
        rows.map { row in
            Dictionary(
                zip(columns.map(\.key), row).filter { !$0.1.isEmpty }, uniquingKeysWith: { first, _ in first })
        }
    }
}
