#include "cassandra/ops/history.h"

#include "coretr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Ringside::Cassandra::Ops {

QJsonObject HistoryEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("when"), when.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("context"), context},
                       {QStringLiteral("operation"), operation},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("result"), result},
                       {QStringLiteral("message"), message}};
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &o)
{
    HistoryEntry e;
    e.when = QDateTime::fromString(o.value(QLatin1String("when")).toString(), Qt::ISODateWithMs);
    e.user = o.value(QLatin1String("user")).toString();
    e.context = o.value(QLatin1String("context")).toString();
    e.operation = o.value(QLatin1String("operation")).toString();
    e.target = o.value(QLatin1String("target")).toString();
    e.summary = o.value(QLatin1String("summary")).toString();
    e.result = o.value(QLatin1String("result")).toString();
    e.message = o.value(QLatin1String("message")).toString();
    return e;
}

OperationHistory::OperationHistory(const QString &path)
    : m_path(path)
{
    if (m_path.isEmpty()) {
        m_path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1String("/ringside/history.jsonl");
    }
}

QString OperationHistory::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user;
}

bool OperationHistory::append(HistoryEntry entry, QString *error) const
{
    if (!entry.when.isValid()) {
        entry.when = QDateTime::currentDateTimeUtc();
    }
    if (entry.user.isEmpty()) {
        entry.user = currentUser();
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error) {
            *error = CoreTr::tr("cannot create %1").arg(info.absolutePath());
        }
        return false;
    }
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error) {
            *error = CoreTr::tr("cannot write the operation log %1: %2").arg(m_path, f.errorString());
        }
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (f.write(line) != line.size()) {
        if (error) {
            *error = CoreTr::tr("cannot write the operation log %1: %2").arg(m_path, f.errorString());
        }
        return false;
    }
    return true;
}

QList<HistoryEntry> OperationHistory::read(int *skipped) const
{
    QList<HistoryEntry> out;
    int bad = 0;
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty()) {
                continue;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            const HistoryEntry e = HistoryEntry::fromJson(doc.object());
            if (!doc.isObject() || !e.isValid()) {
                ++bad;
                continue;
            }
            out << e;
        }
    }
    if (skipped) {
        *skipped = bad;
    }
    return out;
}

} // namespace Ringside::Cassandra::Ops
