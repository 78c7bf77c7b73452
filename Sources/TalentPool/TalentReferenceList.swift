import Fluent
import Foundation
import SiteKit
import TalentDomain

/// People listed the way staff know them — a name, a resident ID number or a profile id,
/// one a line — found among the active profiles (issue 17: lists of profile ids copied
/// from address bars). A name must name one person: two people of the same name are
/// told apart by their ID numbers, never guessed.
package enum TalentReferenceList {
    /// What an entry could not be resolved to.
    package enum Problem: Sendable, Equatable {
        /// No active profile of that name, number or id (that the lister may see).
        case unknown(line: Int, entry: String)
        /// Several active profiles have that name.
        case ambiguous(line: Int, entry: String, count: Int)
    }

    /// The entries of `text`, one a line (commas and 、 also separate). Blank ones are
    /// skipped. A line of ids separated by spaces is several entries, as lists of ids
    /// always were; a name with a space in it stays one.
    package static func entries(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isNewline || $0 == "," || $0 == "，" || $0 == "、" || $0 == ";" || $0 == "；" })
            .flatMap { line -> [String] in
                let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
                return words.count > 1 && words.allSatisfy({ UUID(uuidString: $0) != nil })
                    ? words : [line.trimmingCharacters(in: .whitespaces)]
            }
            .filter { !$0.isEmpty }
    }

    /// The profiles in the list's order, each once; or every entry that names nobody or
    /// several people. `visible` narrows whom a name may find (a provider finds only the
    /// people it trained); ids and ID numbers are checked by the caller's own rules.
    package static func resolve(
        _ text: String, cipher: PersonalDataCipher, today: CalendarDate, on db: any Database,
        visible: (@Sendable ([UUID]) async throws -> Set<UUID>)? = nil
    ) async throws -> Result<[UUID], Unresolved> {
        var resolved: [UUID] = []
        var problems: [Problem] = []
        let lines = entries(text)
        let ids = lines.compactMap { UUID(uuidString: $0) }
        let active = Set(
            ids.isEmpty
                ? [] : try await Talent.query(on: db).filter(\.$id ~~ ids).filter(\.$status == "active").all(\.$id))
        for (index, entry) in lines.enumerated() {
            let line = index + 1
            if let id = UUID(uuidString: entry) {
                if active.contains(id) {
                    resolved.append(id)
                } else {
                    problems.append(.unknown(line: line, entry: entry))
                }
                continue
            }
            var found: [UUID]
            if let number = try? ResidentID(entry, today: today) {
                found = try await Talent.query(on: db).filter(\.$residentIDIndex ~~ cipher.indexes(number.value))
                    .filter(\.$status == "active").all(\.$id)
            } else {
                found = try await Talent.query(on: db).filter(\.$name == String(entry.prefix(50)))
                    .filter(\.$status == "active").limit(20).all(\.$id)
                if let visible, !found.isEmpty {
                    let seen = try await visible(found)
                    found = found.filter(seen.contains)
                }
            }
            switch found.count {
            case 0: problems.append(.unknown(line: line, entry: entry))
            case 1: resolved.append(found[0])
            default: problems.append(.ambiguous(line: line, entry: entry, count: found.count))
            }
        }
        guard problems.isEmpty else { return .failure(Unresolved(problems: problems)) }
        var seen = Set<UUID>()
        return .success(resolved.filter { seen.insert($0).inserted })
    }

    /// The entries that named nobody or several people.
    package struct Unresolved: Error, Equatable {
        package var problems: [Problem]

        /// As one refusal, the first few named by line.
        package var message: Message { TalentReferenceList.message(problems) }
    }

    private static func message(_ problems: [Problem]) -> Message {
        let shown = problems.prefix(5).map { problem -> Message in
            switch problem {
            case let .unknown(line, entry): .talentReferenceUnknown(line: String(line), entry: entry)
            case let .ambiguous(line, entry, count):
                .talentReferenceAmbiguous(line: String(line), entry: entry, count: String(count))
            }
        }
        let more = problems.count > 5 ? [Message.talentReferenceMore(count: String(problems.count - 5))] : []
        return .joined(shown + more)
    }
}
