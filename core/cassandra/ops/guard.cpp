#include "cassandra/ops/guard.h"

#include "coretr.h"

#include <QSettings>

#include <memory>

namespace Ringside::Cassandra::Ops {

QJsonObject AccessCheck::reviewObject() const
{
    QJsonObject attrs{{QStringLiteral("verb"), verb}, {QStringLiteral("group"), group}, {QStringLiteral("resource"), resource}};
    if (!nameSpace.isEmpty()) {
        attrs.insert(QStringLiteral("namespace"), nameSpace);
    }
    if (!name.isEmpty()) {
        attrs.insert(QStringLiteral("name"), name);
    }
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                       {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("resourceAttributes"), attrs}}}};
}

QString AccessCheck::toString() const
{
    const QString what = group.isEmpty() ? resource : resource + u'.' + group;
    return nameSpace.isEmpty() ? CoreTr::tr("%1 %2").arg(verb, what) : CoreTr::tr("%1 %2 in namespace %3").arg(verb, what, nameSpace);
}

AccessDecision AccessDecision::fromReview(const QJsonObject &review)
{
    const QJsonObject status = review.value(QLatin1String("status")).toObject();
    AccessDecision d;
    d.allowed = status.value(QLatin1String("allowed")).toBool() && !status.value(QLatin1String("denied")).toBool();
    d.reason = status.value(QLatin1String("reason")).toString();
    if (d.reason.isEmpty()) {
        d.reason = status.value(QLatin1String("evaluationError")).toString();
    }
    return d;
}

QString pluralOf(const QString &kind)
{
    static const QHash<QString, QString> known{
        {QStringLiteral("MissionControlCluster"), QStringLiteral("missioncontrolclusters")},
        {QStringLiteral("K8ssandraCluster"), QStringLiteral("k8ssandraclusters")},
        {QStringLiteral("CassandraDatacenter"), QStringLiteral("cassandradatacenters")},
        {QStringLiteral("CassandraTask"), QStringLiteral("cassandratasks")},
        {QStringLiteral("K8ssandraTask"), QStringLiteral("k8ssandratasks")},
        {QStringLiteral("MedusaBackupJob"), QStringLiteral("medusabackupjobs")},
        {QStringLiteral("MedusaBackup"), QStringLiteral("medusabackups")},
        {QStringLiteral("MedusaBackupSchedule"), QStringLiteral("medusabackupschedules")},
        {QStringLiteral("MedusaRestoreJob"), QStringLiteral("medusarestorejobs")},
        {QStringLiteral("MedusaTask"), QStringLiteral("medusatasks")},
    };
    return known.value(kind, kind.toLower() + u's');
}

QList<AccessCheck> requiredAccess(const Operation &op)
{
    QList<AccessCheck> out;
    for (const ObjectChange &c : op.changes) {
        AccessCheck a;
        a.context = c.context;
        a.group = c.apiVersion.contains(u'/') ? c.apiVersion.section(u'/', 0, 0) : QString();
        a.resource = pluralOf(c.kind);
        a.nameSpace = c.nameSpace;
        switch (c.action) {
        case ObjectChange::Action::Apply:
            a.verb = op.kind == OperationKind::CreateCluster ? QStringLiteral("create") : QStringLiteral("patch");
            a.name = op.kind == OperationKind::CreateCluster ? QString() : c.name;
            break;
        case ObjectChange::Action::MergePatch:
            a.verb = QStringLiteral("patch");
            a.name = c.name;
            break;
        case ObjectChange::Action::Create:
            a.verb = QStringLiteral("create");
            break;
        case ObjectChange::Action::Delete:
            a.verb = QStringLiteral("delete");
            a.name = c.name;
            break;
        }
        if (!out.contains(a)) {
            out << a;
        }
    }
    return out;
}

void WriteGuard::setReadOnly(const QString &context, bool readOnly)
{
    if (readOnly) {
        m_readOnly.insert(context);
    } else {
        m_readOnly.remove(context);
    }
}

QString WriteGuard::refusal(const Operation &op) const
{
    QStringList contexts;
    for (const ObjectChange &c : op.changes) {
        if (m_readOnly.contains(c.context) && !contexts.contains(c.context)) {
            contexts << c.context;
        }
    }
    if (m_readOnly.contains(op.target.context) && !contexts.contains(op.target.context)) {
        contexts << op.target.context;
    }
    if (contexts.isEmpty()) {
        return {};
    }
    return CoreTr::tr("context %1 is marked read-only: Ringside does not write to it (%2 refused). Clear the read-only "
                      "setting for this context to allow changes.")
        .arg(contexts.join(QLatin1String(", ")), operationKindKey(op.kind));
}

QString readOnlyContextsSettingsKey()
{
    return QStringLiteral("safety/readOnlyContexts");
}

namespace {
std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty()) {
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Ringside"), QStringLiteral("ringside"));
    }
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}
} // namespace

QString defaultSettingsFile()
{
    return openSettings({})->fileName();
}

QSet<QString> readOnlyContexts(const QString &envList, const QString &settingsFile)
{
    QSet<QString> out;
    for (const QString &c : envList.split(u',', Qt::SkipEmptyParts)) {
        out.insert(c.trimmed());
    }
    const auto settings = openSettings(settingsFile);
    const QStringList stored = settings->value(readOnlyContextsSettingsKey()).toStringList();
    for (const QString &c : stored) {
        if (!c.trimmed().isEmpty()) {
            out.insert(c.trimmed());
        }
    }
    out.remove(QString());
    return out;
}

bool storeReadOnlyContexts(const QStringList &contexts, const QString &settingsFile, QString *error)
{
    const auto settings = openSettings(settingsFile);
    QStringList sorted = contexts;
    sorted.removeAll(QString());
    sorted.removeDuplicates();
    sorted.sort();
    if (sorted.isEmpty()) {
        settings->remove(readOnlyContextsSettingsKey());
    } else {
        settings->setValue(readOnlyContextsSettingsKey(), sorted);
    }
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        if (error) {
            *error = CoreTr::tr("cannot write the read-only contexts to %1").arg(settings->fileName());
        }
        return false;
    }
    return true;
}

QString permissionRefusal(const AccessCheck &check, const AccessDecision &decision)
{
    QString m = CoreTr::tr("you may not %1 (context %2); nothing was sent").arg(check.toString(), check.context);
    if (!decision.reason.isEmpty()) {
        m += QLatin1String(": ") + decision.reason;
    }
    return m;
}

} // namespace Ringside::Cassandra::Ops
