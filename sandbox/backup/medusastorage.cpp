#include "medusastorage.h"

#include "sandboxtr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Ringside::Sandbox::Backup {

QString BackupSummary::status() const
{
    if (!failedNodes.isEmpty()) {
        return QStringLiteral("FAILED");
    }
    if (!nodes.isEmpty() && finishedNodes.size() == nodes.size()) {
        return QStringLiteral("SUCCESS");
    }
    return QStringLiteral("IN_PROGRESS");
}

MedusaStorage::MedusaStorage(const QString &root, const StorageConfig &config)
    : m_root(root)
    , m_config(config)
{}

QString MedusaStorage::bucketPath() const
{
    return m_root + u'/' + m_config.bucket;
}

QString MedusaStorage::prefixPath() const
{
    return m_config.prefix.isEmpty() ? bucketPath() : bucketPath() + u'/' + m_config.prefix;
}

QString MedusaStorage::indexPath(const QString &backup) const
{
    return prefixPath() + QLatin1String("/index/backup_index/") + backup;
}

QString MedusaStorage::objectPath(const QString &backup, const QString &type, const QString &fqdn,
                                  const QString &file) const
{
    if (type == QLatin1String("full")) {
        return prefixPath() + u'/' + fqdn + u'/' + backup + QLatin1String("/data/") + file;
    }
    return prefixPath() + u'/' + fqdn + QLatin1String("/data/") + file;
}

static bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = SandboxTr::tr("cannot write the backup object %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool MedusaStorage::ensureBucket(QString *error) const
{
    if (m_root.isEmpty()) {
        *error = SandboxTr::tr("the sandbox has no storage directory for Medusa");
        return false;
    }
    if (m_config.bucket.isEmpty() || m_config.bucket.contains(u'/') || m_config.bucket.startsWith(u'.')) {
        *error = SandboxTr::tr("invalid bucket name \"%1\"").arg(m_config.bucket);
        return false;
    }
    if (m_config.prefix.contains(QLatin1String(".."))) {
        *error = SandboxTr::tr("invalid prefix \"%1\"").arg(m_config.prefix);
        return false;
    }
    if (!QDir().mkpath(prefixPath())) {
        *error = SandboxTr::tr("cannot create the bucket directory %1").arg(prefixPath());
        return false;
    }
    return true;
}

static QJsonObject topologyJson(const QList<NodeRecord> &topology)
{
    QJsonObject map;
    for (const NodeRecord &n : topology) {
        map.insert(n.fqdn, QJsonObject{{QLatin1String("tokens"), QJsonArray::fromStringList(n.tokens)},
                                       {QLatin1String("is_up"), true},
                                       {QLatin1String("rack"), n.rack},
                                       {QLatin1String("dc"), n.datacenter},
                                       {QLatin1String("host_id"), n.hostId}});
    }
    return map;
}

bool MedusaStorage::startNode(const QString &backup, const QString &type, const NodeRecord &node,
                              const QList<NodeRecord> &topology, const QDateTime &time, QString *error) const
{
    if (!ensureBucket(error)) {
        return false;
    }
    const QString dir = indexPath(backup);
    const QString epoch = QString::number(time.toSecsSinceEpoch());
    return writeFile(dir + QLatin1String("/tokenmap_") + node.fqdn + QLatin1String(".json"),
                     QJsonDocument(topologyJson(topology)).toJson(QJsonDocument::Compact), error)
           && writeFile(dir + u'/' + (type == QLatin1String("full") ? QLatin1String("full_") : QLatin1String("differential_"))
                            + node.fqdn,
                        {}, error)
           && writeFile(dir + QLatin1String("/started_") + node.fqdn + u'_' + epoch + QLatin1String(".timestamp"),
                        QByteArray::number(time.toMSecsSinceEpoch()), error);
}

static std::optional<QDateTime> marker(const QString &dir, const QString &kind, const QString &fqdn)
{
    const QStringList found = QDir(dir).entryList({kind + u'_' + fqdn + QLatin1String("_*.timestamp")}, QDir::Files);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    const QString name = found.first();
    // The name carries seconds (as Medusa's markers); the content the milliseconds.
    QFile f(dir + u'/' + name);
    const qint64 ms = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    if (ms > 100000000000LL) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
    }
    const QString epoch = name.mid(kind.size() + fqdn.size() + 2).chopped(10);
    return QDateTime::fromSecsSinceEpoch(epoch.toLongLong(), QTimeZone::UTC);
}

std::optional<QDateTime> MedusaStorage::nodeStarted(const QString &backup, const QString &fqdn) const
{
    return marker(indexPath(backup), QStringLiteral("started"), fqdn);
}

qint64 MedusaStorage::finishNode(const QString &backup, const QString &type, const NodeRecord &node,
                                 const QList<DataFile> &files, const QDateTime &time, QString *error) const
{
    qint64 uploaded = 0;
    QMap<QString, QJsonArray> byTable;
    for (const DataFile &file : files) {
        const QString path = objectPath(backup, type, node.fqdn, file.path);
        if (!QFile::exists(path)) {
            const QByteArray content = "ringside-sandbox simulated SSTable component " + file.path.toUtf8() + " ("
                                       + QByteArray::number(file.size) + " bytes)\n";
            if (!writeFile(path, content, error)) {
                return -1;
            }
            uploaded += file.size;
        }
        const QString table = file.path.section(u'/', 0, 1);
        byTable[table].append(QJsonObject{{QLatin1String("path"), QDir(prefixPath()).relativeFilePath(path)},
                                          {QLatin1String("size"), file.size}});
    }
    QJsonArray manifest;
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        manifest.append(QJsonObject{{QLatin1String("keyspace"), it.key().section(u'/', 0, 0)},
                                    {QLatin1String("columnfamily"), it.key().section(u'/', 1, 1)},
                                    {QLatin1String("objects"), it.value()}});
    }
    const QString dir = indexPath(backup);
    const QString epoch = QString::number(time.toSecsSinceEpoch());
    if (!writeFile(dir + QLatin1String("/manifest_") + node.fqdn + QLatin1String(".json"),
                   QJsonDocument(manifest).toJson(QJsonDocument::Compact), error)
        || !writeFile(dir + QLatin1String("/finished_") + node.fqdn + u'_' + epoch + QLatin1String(".timestamp"),
                      QByteArray::number(time.toMSecsSinceEpoch()), error)) {
        return -1;
    }
    return uploaded;
}

bool MedusaStorage::failNode(const QString &backup, const NodeRecord &node, const QList<NodeRecord> &topology,
                             const QDateTime &time, QString *error) const
{
    if (!ensureBucket(error)) {
        return false;
    }
    const QString dir = indexPath(backup);
    const QString epoch = QString::number(time.toSecsSinceEpoch());
    const QString tokenmap = dir + QLatin1String("/tokenmap_") + node.fqdn + QLatin1String(".json");
    return (QFile::exists(tokenmap)
            || writeFile(tokenmap, QJsonDocument(topologyJson(topology)).toJson(QJsonDocument::Compact), error))
           && writeFile(dir + QLatin1String("/failed_") + node.fqdn + u'_' + epoch + QLatin1String(".timestamp"),
                        QByteArray::number(time.toMSecsSinceEpoch()), error);
}

QStringList MedusaStorage::backupNames() const
{
    return QDir(prefixPath() + QLatin1String("/index/backup_index")).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                              QDir::Name);
}

std::optional<BackupSummary> MedusaStorage::backup(const QString &name) const
{
    const QString dir = indexPath(name);
    const QStringList tokenmaps = QDir(dir).entryList({QStringLiteral("tokenmap_*.json")}, QDir::Files, QDir::Name);
    if (tokenmaps.isEmpty()) {
        return std::nullopt;
    }
    BackupSummary s;
    s.name = name;
    s.type = QDir(dir).entryList({QStringLiteral("full_*")}, QDir::Files).isEmpty() ? QStringLiteral("differential")
                                                                                    : QStringLiteral("full");
    QMap<QString, NodeRecord> nodes;
    for (const QString &file : tokenmaps) {
        const QJsonObject map = QJsonDocument::fromJson(readFile(dir + u'/' + file)).object();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QJsonObject n = it.value().toObject();
            NodeRecord r{it.key(), n.value(QLatin1String("host_id")).toString(), n.value(QLatin1String("dc")).toString(),
                         n.value(QLatin1String("rack")).toString(), {}};
            for (const QJsonValue &t : n.value(QLatin1String("tokens")).toArray()) {
                r.tokens.append(t.toString());
            }
            nodes.insert(it.key(), r);
        }
    }
    s.nodes = nodes.values();
    QDateTime lastFinish;
    for (const NodeRecord &n : std::as_const(s.nodes)) {
        if (const auto started = marker(dir, QStringLiteral("started"), n.fqdn)) {
            if (!s.started.isValid() || *started < s.started) {
                s.started = *started;
            }
        }
        if (marker(dir, QStringLiteral("failed"), n.fqdn)) {
            s.failedNodes.append(n.fqdn);
        } else if (const auto finished = marker(dir, QStringLiteral("finished"), n.fqdn)) {
            s.finishedNodes.append(n.fqdn);
            lastFinish = std::max(lastFinish, *finished);
            const QJsonArray manifest
                = QJsonDocument::fromJson(readFile(dir + QLatin1String("/manifest_") + n.fqdn + QLatin1String(".json")))
                      .array();
            for (const QJsonValue &table : manifest) {
                for (const QJsonValue &o : table.toObject().value(QLatin1String("objects")).toArray()) {
                    s.totalSize += o.toObject().value(QLatin1String("size")).toInteger();
                    ++s.totalFiles;
                }
            }
        }
    }
    if (s.finishedNodes.size() + s.failedNodes.size() == s.nodes.size()) {
        s.finished = lastFinish.isValid() ? lastFinish : s.started;
    }
    return s;
}

QList<BackupSummary> MedusaStorage::backups() const
{
    QList<BackupSummary> out;
    for (const QString &name : backupNames()) {
        if (const auto b = backup(name)) {
            out.append(*b);
        }
    }
    return out;
}

PurgeResult MedusaStorage::purgeNode(const QString &fqdn, const QDateTime &now) const
{
    PurgeResult result;
    struct Entry
    {
        QString name;
        QDateTime finished;
    };
    QList<Entry> finished;
    for (const QString &name : backupNames()) {
        if (const auto f = marker(indexPath(name), QStringLiteral("finished"), fqdn)) {
            finished.append({name, *f});
        }
    }
    std::sort(finished.begin(), finished.end(), [](const Entry &a, const Entry &b) { return a.finished > b.finished; });
    QSet<QString> purge;
    for (qsizetype i = 1; i < finished.size(); ++i) { // the newest backup is never purged
        const bool tooOld = m_config.maxBackupAge > 0
                            && finished.at(i).finished.addDays(m_config.maxBackupAge) < now;
        const bool tooMany = m_config.maxBackupCount > 0 && i >= m_config.maxBackupCount;
        if (tooOld || tooMany) {
            purge.insert(finished.at(i).name);
        }
    }
    QHash<QString, qint64> sizes; // object path (relative to the prefix) -> size, from every manifest
    QSet<QString> referenced;
    for (const Entry &e : std::as_const(finished)) {
        const QString dir = indexPath(e.name);
        const QJsonArray manifest
            = QJsonDocument::fromJson(readFile(dir + QLatin1String("/manifest_") + fqdn + QLatin1String(".json"))).array();
        for (const QJsonValue &table : manifest) {
            for (const QJsonValue &o : table.toObject().value(QLatin1String("objects")).toArray()) {
                const QString path = o.toObject().value(QLatin1String("path")).toString();
                sizes.insert(path, o.toObject().value(QLatin1String("size")).toInteger());
                if (!purge.contains(e.name)) {
                    referenced.insert(path);
                }
            }
        }
        if (purge.contains(e.name)) {
            QDir index(dir);
            for (const QString &file : index.entryList(QDir::Files)) {
                if (file.contains(u'_' + fqdn)) {
                    index.remove(file);
                }
            }
            if (index.entryList(QDir::Files).isEmpty()) {
                index.removeRecursively();
            }
            ++result.backupsPurged;
        }
    }
    const QString nodeDir = prefixPath() + u'/' + fqdn;
    const QDateTime graceLimit = now.addDays(-m_config.backupGracePeriodInDays);
    QDirIterator it(nodeDir, QDir::Files, QDirIterator::Subdirectories);
    QStringList remove;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(prefixPath()).relativeFilePath(path);
        if (referenced.contains(relative)) {
            continue;
        }
        if (m_config.backupGracePeriodInDays > 0 && it.fileInfo().lastModified() > graceLimit) {
            ++result.objectsWithinGcGrace;
            continue;
        }
        remove.append(path);
        result.purgedSize += sizes.value(relative);
        ++result.objectsPurged;
    }
    for (const QString &path : std::as_const(remove)) {
        QFile::remove(path);
    }
    return result;
}

} // namespace Ringside::Sandbox::Backup
