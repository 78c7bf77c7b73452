import SiteKit

/// `talent keys` (`KeysCommand`) and its audit action.
extension Message {
    package static let auditEntitySecretKey = Message(zh: "密钥", en: "Secret key")
    package static let auditKeysRotate = Message(zh: "轮换密钥", en: "Rotate the secret key")

    package static func keysGenerated(key: String) -> Message {
        Message(
            zh: """
                \(key)
                新密钥（base64，32 字节）。轮换步骤：1. 把它加到 TALENT_SECRET_KEY 末尾（当前密钥仍在最前），重启每个实例；\
                2. 把它移到最前，重启每个实例；3. 运行 talent keys rotate；4. 完成后从 TALENT_SECRET_KEY 中删去旧密钥，重启。
                """,
            en: """
                \(key)
                A new key (base64, 32 bytes). To rotate: 1. add it at the end of TALENT_SECRET_KEY (the current key \
                still first) and restart every instance; 2. move it to the front and restart every instance; \
                3. run talent keys rotate; 4. then remove the old key from TALENT_SECRET_KEY and restart.
                """)
    }
    package static func keysCurrent(id: String) -> Message {
        Message(zh: "当前密钥：\(id)", en: "Current key: \(id)")
    }
    package static func keysPrevious(ids: String) -> Message {
        Message(zh: "仍配置的旧密钥：\(ids)", en: "Previous keys still configured: \(ids)")
    }
    package static func keysRetired(ids: String) -> Message {
        Message(
            zh: "已退役的密钥（保留其证书公钥与审计密钥）：\(ids)",
            en: "Retired keys (their certificate public key and audit key kept): \(ids)")
    }
    package static let keysNone = Message(zh: "无", en: "none")
    package static func keysTable(table: String, rows: Int, resealed: Int, reindexed: Int, unreadable: Int) -> Message {
        Message(
            zh: "\(table)：\(rows) 行，旧密钥加密的值 \(resealed) 个，旧密钥的索引 \(reindexed) 个，无法解密 \(unreadable) 个",
            en:
                "\(table): \(rows) rows, \(resealed) values under a previous key, \(reindexed) indexes under a previous key, \(unreadable) unreadable"
        )
    }
    package static func keysRotatedTable(table: String, rows: Int, resealed: Int, reindexed: Int) -> Message {
        Message(
            zh: "\(table)：\(rows) 行，重新加密 \(resealed) 个值，重算索引 \(reindexed) 个",
            en: "\(table): \(rows) rows, \(resealed) values sealed anew, \(reindexed) indexes recomputed")
    }
    package static let keysNothingToRotate = Message(
        zh: "TALENT_SECRET_KEY 只有一个密钥，没有可轮换的旧密钥。先用 talent keys generate 生成新密钥，按其说明配置后再运行。",
        en:
            "TALENT_SECRET_KEY holds one key: there is no previous key to rotate from. Make a new key with talent keys generate and configure it as it says first."
    )
    package static let keysStatusReady = Message(
        zh: "所有数据都已在当前密钥下，旧密钥均已记录为退役：可以从 TALENT_SECRET_KEY 中删去旧密钥。",
        en:
            "Everything is under the current key and every previous key is recorded as retired: the previous keys can be removed from TALENT_SECRET_KEY."
    )
    package static let keysStatusPending = Message(
        zh: "仍有数据在旧密钥下：请先运行 talent keys rotate，再删去旧密钥。",
        en: "Some values are still under a previous key: run talent keys rotate before removing it.")
    package static func keysRotated(id: String) -> Message {
        Message(
            zh: "轮换完成：所有数据已在密钥 \(id) 下，审计记录已写入。现在可以从 TALENT_SECRET_KEY 中删去旧密钥并重启。",
            en:
                "Rotation done: everything is under key \(id) and the audit trail records it. The previous keys can now be removed from TALENT_SECRET_KEY (restart afterwards)."
        )
    }
    package static func keysUnreadable(count: Int) -> Message {
        Message(
            zh: "有 \(count) 个值无法用任何已配置的密钥解密，已原样保留。请把加密它们的密钥加入 TALENT_SECRET_KEY 后再运行一次。",
            en:
                "\(count) values open under no configured key and were left as they are. Add the key that sealed them to TALENT_SECRET_KEY and run again."
        )
    }
    package static func keysChangedMeanwhile(count: Int) -> Message {
        Message(
            zh: "有 \(count) 行在轮换期间一直被修改，未能处理；请再运行一次。",
            en: "\(count) rows kept changing during the rotation and were not moved; run it again.")
    }
    package static func keysUnknownAction(action: String) -> Message {
        Message(
            zh: "未知操作“\(action)”；可用：talent keys generate | status | rotate",
            en: "unknown action \"\(action)\"; use: talent keys generate | status | rotate")
    }
}
