import Foundation
import TalentDomain

/// A command's failure: printed as is (no stack trace) and the process exits 1.
public struct CommandFailure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) {
        self.message = message
    }
}

/// The language of command output: Chinese when the locale says so, else English.
package enum CommandLanguage {
    package static var current: DisplayLanguage {
        let locale = ProcessInfo.processInfo.environment["LANG"] ?? ""
        return locale.hasPrefix("zh") ? .zh : .en
    }
}
