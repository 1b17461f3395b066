#include "cassandra/ops/operation.h"

#include "coretr.h"
#include "yaml/yamljson.h"

#include <QJsonArray>

#include <vector>

namespace Ringside::Cassandra::Ops {

QString operationKindKey(OperationKind kind)
{
    switch (kind) {
    case OperationKind::CreateCluster:
        return QStringLiteral("create-cluster");
    case OperationKind::Upgrade:
        return QStringLiteral("upgrade");
    case OperationKind::ConfigChange:
        return QStringLiteral("config");
    case OperationKind::Scale:
        return QStringLiteral("scale");
    case OperationKind::AddDatacenter:
        return QStringLiteral("add-dc");
    case OperationKind::RemoveDatacenter:
        return QStringLiteral("remove-dc");
    case OperationKind::Stop:
        return QStringLiteral("stop");
    case OperationKind::Resume:
        return QStringLiteral("resume");
    case OperationKind::Task:
        return QStringLiteral("task");
    case OperationKind::Backup:
        return QStringLiteral("backup");
    case OperationKind::BackupSchedule:
        return QStringLiteral("backup-schedule");
    case OperationKind::Restore:
        return QStringLiteral("restore");
    case OperationKind::BackupPurge:
        return QStringLiteral("backup-purge");
    case OperationKind::Repair:
        return QStringLiteral("repair");
    case OperationKind::DataApi:
        return QStringLiteral("data-api");
    }
    return {};
}

QString Target::toString() const
{
    QString s = nameSpace.isEmpty() ? cluster : nameSpace + u'/' + cluster;
    if (!datacenter.isEmpty()) {
        s += QLatin1String(" dc=") + datacenter;
    }
    if (!pod.isEmpty()) {
        s += QLatin1String(" pod=") + pod;
    }
    if (!context.isEmpty()) {
        s += QLatin1String(" (") + context + u')';
    }
    return s;
}

QString ObjectChange::describe() const
{
    const QString what = kind + u'/' + name + (nameSpace.isEmpty() ? QString() : QLatin1String(" -n ") + nameSpace);
    switch (action) {
    case Action::Apply:
        return force ? CoreTr::tr("server-side apply (force) %1").arg(what) : CoreTr::tr("server-side apply %1").arg(what);
    case Action::Create:
        return CoreTr::tr("create %1").arg(what);
    case Action::MergePatch:
        return CoreTr::tr("merge patch %1").arg(what);
    case Action::Delete:
        break;
    }
    return CoreTr::tr("delete %1").arg(what);
}

QString Operation::fieldManager() const
{
    if (kind == OperationKind::CreateCluster) {
        return QStringLiteral("ringside");
    }
    // Stop and resume both own `stopped`; they share a manager.
    const QString key = kind == OperationKind::Resume ? operationKindKey(OperationKind::Stop) : operationKindKey(kind);
    return QLatin1String("ringside-") + key;
}

QString Operation::diff() const
{
    QString out;
    for (const ObjectChange &c : changes) {
        const QString name = c.kind + u'/' + c.name;
        const QString before = c.before.isEmpty() ? QString() : QString::fromUtf8(Yaml::emit(c.before));
        const QString after = c.after.isEmpty() ? QString() : QString::fromUtf8(Yaml::emit(c.after));
        out += unifiedDiff(before, after, QLatin1String("a/") + name, QLatin1String("b/") + name);
    }
    return out;
}

QJsonObject Operation::toJson() const
{
    QJsonArray changeArray;
    for (const ObjectChange &c : changes) {
        changeArray.append(QJsonObject{{QStringLiteral("action"), c.describe()}, {QStringLiteral("context"), c.context},
                                       {QStringLiteral("object"), c.manifest}});
    }
    return QJsonObject{{QStringLiteral("kind"), operationKindKey(kind)},
                       {QStringLiteral("target"), target.toString()},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("changes"), changeArray},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("followUps"), QJsonArray::fromStringList(followUps)}};
}

QString unifiedDiff(const QString &before, const QString &after, const QString &fromName, const QString &toName, int context)
{
    if (before == after) {
        return {};
    }
    QStringList a = before.split(u'\n');
    QStringList b = after.split(u'\n');
    if (!a.isEmpty() && a.constLast().isEmpty()) {
        a.removeLast();
    }
    if (!b.isEmpty() && b.constLast().isEmpty()) {
        b.removeLast();
    }
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Longest common subsequence table (specs are small: a few hundred lines at most).
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = a.at(i) == b.at(j) ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                           : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    struct Line
    {
        char op; // ' ', '-', '+'
        QString text;
        qsizetype aLine;
        qsizetype bLine;
    };
    std::vector<Line> lines;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            lines.push_back({' ', a.at(i), i, j});
            ++i;
            ++j;
        } else if (i < n && (j >= m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            lines.push_back({'-', a.at(i), i, j});
            ++i;
        } else {
            lines.push_back({'+', b.at(j), i, j});
            ++j;
        }
    }
    QString out = QLatin1String("--- ") + fromName + QLatin1String("\n+++ ") + toName + u'\n';
    size_t k = 0;
    while (k < lines.size()) {
        if (lines[k].op == ' ') {
            ++k;
            continue;
        }
        size_t start = k >= size_t(context) ? k - size_t(context) : 0;
        size_t end = k;
        // Extend the hunk while changes are within 2*context lines of each other.
        size_t last = k;
        while (end < lines.size()) {
            if (lines[end].op != ' ') {
                last = end;
            } else if (end - last > size_t(2 * context)) {
                break;
            }
            ++end;
        }
        end = std::min(lines.size(), last + size_t(context) + 1);
        qsizetype aStart = lines[start].aLine;
        qsizetype bStart = lines[start].bLine;
        int aCount = 0;
        int bCount = 0;
        for (size_t x = start; x < end; ++x) {
            aCount += lines[x].op != '+' ? 1 : 0;
            bCount += lines[x].op != '-' ? 1 : 0;
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(aCount ? aStart + 1 : aStart).arg(aCount).arg(bCount ? bStart + 1 : bStart).arg(bCount);
        for (size_t x = start; x < end; ++x) {
            out += QChar::fromLatin1(lines[x].op) + lines[x].text + u'\n';
        }
        k = end;
    }
    return out;
}

} // namespace Ringside::Cassandra::Ops
