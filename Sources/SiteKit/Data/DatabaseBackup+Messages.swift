/// `talent backup` and `talent restore` (`DatabaseBackup`).
extension Message {
    package static func backupFileExists(path: String) -> Message {
        Message(
            zh: "\(path) 已存在；备份不会覆盖已有文件，请换一个文件名。",
            en: "\(path) exists; a backup never overwrites a file. Choose another name.")
    }
    package static func backupNotABackup(path: String, engine: String) -> Message {
        Message(
            zh: "\(path) 不是本平台 \(engine) 数据库的备份（备份须来自同一种数据库）。",
            en:
                "\(path) is not a backup of this platform's \(engine) database (a backup restores into the same engine)."
        )
    }
    package static let restoreTargetNotEmpty = Message(
        zh: "目标数据库已有数据；只能恢复到空的数据目录或空数据库中。",
        en: "The target database already holds data; restore only into an empty data folder or database.")
    package static func backupToolMissing(tool: String) -> Message {
        Message(
            zh: "找不到 \(tool)（请安装 PostgreSQL 客户端：apt-get install postgresql-client）。",
            en: "\(tool) not found (install the PostgreSQL client: apt-get install postgresql-client).")
    }
    package static func backupToolFailed(tool: String, status: String) -> Message {
        Message(zh: "\(tool) 执行失败（退出码 \(status)）：", en: "\(tool) failed (exit status \(status)):")
    }
    package static func restoreDamaged(verdict: String) -> Message {
        Message(zh: "恢复的数据库未通过完整性检查：\(verdict)", en: "The restored database failed its integrity check: \(verdict)")
    }
    package static func backupDone(path: String, size: String) -> Message {
        Message(
            zh: "已备份到 \(path)（\(size)）。密钥不在备份中，请另行妥善保管 TALENT_SECRET_KEY 或数据目录中的 secret.key。",
            en:
                "Backed up to \(path) (\(size)). The secret key is not in the backup: keep TALENT_SECRET_KEY or the data folder's secret.key apart."
        )
    }
    package static let restoreDone = Message(
        zh: "已恢复。启动前请确认使用备份时的密钥；若备份来自旧版本，请先运行 talent migrate。",
        en:
            "Restored. Start it with the secret key the backup was made with; run talent migrate first if the backup is from an older version."
    )
}
