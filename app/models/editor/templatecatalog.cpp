#include "models/editor/templatecatalog.h"

#include "models/editor/editorlogging.h"
#include "models/editor/editortr.h"
#include "models/editor/yamloutline.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

namespace {

struct Entry
{
    const char *id;
    const char *title;
    const char *description;
};

// Titles and descriptions live here, not in the files, so that they are translated.
const Entry kEntries[] = {
    {"missioncontrolcluster", QT_TRANSLATE_NOOP("Ringside::Editor", "MissionControlCluster"),
     QT_TRANSLATE_NOOP(
         "Ringside::Editor",
         "An HCD cluster managed by Mission Control: one datacenter of three racks, internode encryption, Data API.")},
    {"k8ssandracluster", QT_TRANSLATE_NOOP("Ringside::Editor", "K8ssandraCluster"),
     QT_TRANSLATE_NOOP(
         "Ringside::Editor",
         "An Apache Cassandra cluster run by k8ssandra-operator, with Reaper repairs and Medusa backups.")},
    {"cassandradatacenter", QT_TRANSLATE_NOOP("Ringside::Editor", "CassandraDatacenter"),
     QT_TRANSLATE_NOOP("Ringside::Editor",
                       "One datacenter run directly by cass-operator: three nodes in three racks.")},
    {"cassandratask-restart", QT_TRANSLATE_NOOP("Ringside::Editor", "CassandraTask: rolling restart"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "Restarts the datacenter's nodes one at a time.")},
    {"cassandratask-cleanup", QT_TRANSLATE_NOOP("Ringside::Editor", "CassandraTask: cleanup"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "Runs nodetool cleanup on every node, after adding nodes.")},
    {"cassandratask-replacenode", QT_TRANSLATE_NOOP("Ringside::Editor", "CassandraTask: replace node"),
     QT_TRANSLATE_NOOP("Ringside::Editor",
                       "Replaces a failed node with a new volume that streams from the other replicas.")},
    {"cassandratask-rebuild", QT_TRANSLATE_NOOP("Ringside::Editor", "CassandraTask: rebuild"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "Streams a new datacenter's data from an existing one.")},
    {"cassandratask-upgradesstables", QT_TRANSLATE_NOOP("Ringside::Editor", "CassandraTask: upgradesstables"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "Rewrites SSTables in the current format after a major upgrade.")},
    {"medusabackupjob", QT_TRANSLATE_NOOP("Ringside::Editor", "MedusaBackupJob"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "Backs up one datacenter now.")},
    {"medusabackupschedule", QT_TRANSLATE_NOOP("Ringside::Editor", "MedusaBackupSchedule"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "A nightly differential backup of one datacenter.")},
    {"medusarestorejob", QT_TRANSLATE_NOOP("Ringside::Editor", "MedusaRestoreJob"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "Restores a datacenter from a backup; the datacenter stops while it runs.")},
    {"medusaconfiguration", QT_TRANSLATE_NOOP("Ringside::Editor", "MedusaConfiguration"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "Shared backup storage settings for several clusters.")},
    {"medusatask", QT_TRANSLATE_NOOP("Ringside::Editor", "MedusaTask: purge"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "Deletes backups beyond the retention settings.")},
    {"reaper", QT_TRANSLATE_NOOP("Ringside::Editor", "Reaper"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "A Reaper instance for one datacenter, with automatic repair schedules.")},
    {"namespace-project", QT_TRANSLATE_NOOP("Ringside::Editor", "Namespace (Mission Control project)"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "A namespace labelled as a Mission Control project.")},
    {"secret-superuser", QT_TRANSLATE_NOOP("Ringside::Editor", "Secret: superuser credentials"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "The CQL superuser of a cluster; create it before the cluster.")},
    {"secret-medusa-bucket", QT_TRANSLATE_NOOP("Ringside::Editor", "Secret: backup bucket credentials"),
     QT_TRANSLATE_NOOP("Ringside::Editor", "Object-store credentials for Medusa; create it before the cluster.")},
};

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcEditor) << "template resource missing:" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString YamlTemplate::text() const
{
    return readResource(resourcePath);
}

QList<YamlTemplate> yamlTemplates()
{
    QList<YamlTemplate> out;
    for (const Entry &entry : kEntries) {
        YamlTemplate t;
        t.id = QString::fromLatin1(entry.id);
        t.title = Tr::tr(entry.title);
        t.description = Tr::tr(entry.description);
        t.resourcePath = u":/templates/"_s + t.id + u".yaml"_s;
        const YamlOutline outline = YamlOutline::build(t.text());
        t.kind = outline.documents().isEmpty() ? QString() : outline.documents().constFirst().topLevelValue(u"kind"_s);
        out.append(t);
    }
    return out;
}

std::optional<YamlTemplate> findYamlTemplate(const QString &id)
{
    const QList<YamlTemplate> all = yamlTemplates();
    for (const YamlTemplate &t : all) {
        if (t.id == id) {
            return t;
        }
    }
    return std::nullopt;
}

QStringList templateResourceIds()
{
    QStringList ids;
    const QStringList files = QDir(u":/templates"_s).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        ids.append(file.chopped(5));
    }
    return ids;
}

} // namespace Ringside::Editor
