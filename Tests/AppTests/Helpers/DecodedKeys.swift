import Foundation

/// The JSON property names a `Decodable` type reads, found by decoding it from nothing:
/// every optional property is asked for and found absent, every required one gets an
/// empty value (the first case of an enum). So a request type can be compared with the
/// request schema of the API document without a sample body.
enum DecodedKeys {
    static func of<T: Decodable>(_ type: T.Type) throws -> Set<String> {
        let recorder = Recorder()
        _ = try T(from: KeyDecoder(recorder: recorder, codingPath: []))
        return recorder.keys
    }

    final class Recorder {
        var keys: Set<String> = []
    }

    struct Unsupported: Error {}

    struct KeyDecoder: Decoder {
        let recorder: Recorder
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(Keyed<Key>(recorder: recorder, codingPath: codingPath))
        }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { Empty(codingPath: codingPath) }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(codingPath: codingPath) }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let recorder: Recorder
        var codingPath: [any CodingKey]
        var allKeys: [Key] { [] }
        /// Only the top level's names count: nested objects are other schemas.
        private func record(_ key: Key) { if codingPath.isEmpty { recorder.keys.insert(key.stringValue) } }

        func contains(_ key: Key) -> Bool {
            record(key)
            return false
        }
        func decodeNil(forKey key: Key) throws -> Bool {
            record(key)
            return true
        }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            record(key)
            return try DecodedKeys.empty(type, recorder, codingPath + [key])
        }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            record(key)
            return nil
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            record(key)
            return KeyedDecodingContainer(Keyed<NestedKey>(recorder: recorder, codingPath: codingPath + [key]))
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            record(key)
            return Empty(codingPath: codingPath + [key])
        }
        func superDecoder() throws -> any Decoder { KeyDecoder(recorder: recorder, codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder {
            record(key)
            return KeyDecoder(recorder: recorder, codingPath: codingPath + [key])
        }
    }

    /// An empty array.
    struct Empty: UnkeyedDecodingContainer {
        var codingPath: [any CodingKey]
        var count: Int? { 0 }
        var isAtEnd: Bool { true }
        var currentIndex: Int { 0 }
        mutating func decodeNil() throws -> Bool { true }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { throw Unsupported() }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        { throw Unsupported() }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw Unsupported() }
        mutating func superDecoder() throws -> any Decoder { throw Unsupported() }
    }

    /// An absent or empty single value: null where null is allowed, else empty text, 0 or false.
    struct Single: SingleValueDecodingContainer {
        var codingPath: [any CodingKey]
        func decodeNil() -> Bool { true }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            switch type {
            case is String.Type: return "" as! T
            case is Bool.Type: return false as! T
            case is Double.Type: return 0.0 as! T
            case is Int.Type: return 0 as! T
            case is Int64.Type: return Int64(0) as! T
            default: throw Unsupported()
            }
        }
    }

    private static func firstCase<C: CaseIterable>(_: C.Type) -> Any? { C.allCases.first }

    static func empty<T: Decodable>(_ type: T.Type, _ recorder: Recorder, _ path: [any CodingKey]) throws -> T {
        if let single = try? Single(codingPath: path).decode(type) { return single }
        if type == UUID.self { return UUID() as! T }
        if type == Date.self { return Date(timeIntervalSince1970: 0) as! T }
        if let cases = type as? any CaseIterable.Type, let first = firstCase(cases) as? T { return first }
        return try T(from: KeyDecoder(recorder: Recorder(), codingPath: path))
    }
}
