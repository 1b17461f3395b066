// The forms of operations that create objects: node tasks, backups, schedules and restores.
#include "gui/ops/opforms_p.h"

#include "gui/ops/opstr.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace Ringside::Operations::Detail {

using namespace Cassandra;

namespace {

class TaskForm : public OperationForm
{
public:
    TaskForm(OperationType type, const Scope &scope, QWidget *parent)
        : OperationForm(parent)
        , m_command(taskCommandOf(type))
        , m_scope(scope)
        , m_dc(dcCombo(this))
        , m_rack(new QComboBox(this))
        , m_pod(new QComboBox(this))
        , m_source(new QComboBox(this))
        , m_keyspace(new QLineEdit(this))
        , m_tables(new QLineEdit(this))
    {
        m_rack->setObjectName(QStringLiteral("rack"));
        m_pod->setObjectName(QStringLiteral("pod"));
        m_source->setObjectName(QStringLiteral("source"));
        m_keyspace->setObjectName(QStringLiteral("keyspace"));
        auto *form = new QFormLayout(this);
        form->addRow(OpsGuiTr::tr("&Datacenter:"), m_dc);
        const bool rack = m_command == QLatin1String("restart") || m_command == QLatin1String("compact");
        const bool pod = m_command == QLatin1String("replacenode") || m_command == QLatin1String("compact");
        const bool source = m_command == QLatin1String("rebuild");
        const bool keyspace = m_command == QLatin1String("cleanup") || m_command == QLatin1String("compact") || m_command == QLatin1String("flush")
            || m_command == QLatin1String("scrub") || m_command == QLatin1String("upgradesstables");
        if (rack) {
            form->addRow(OpsGuiTr::tr("&Rack:"), m_rack);
        } else {
            m_rack->hide();
        }
        if (pod) {
            form->addRow(m_command == QLatin1String("replacenode") ? OpsGuiTr::tr("&Node to replace:") : OpsGuiTr::tr("&Node:"), m_pod);
        } else {
            m_pod->hide();
        }
        if (source) {
            form->addRow(OpsGuiTr::tr("&Stream from:"), m_source);
        } else {
            m_source->hide();
        }
        if (keyspace) {
            form->addRow(OpsGuiTr::tr("&Keyspace:"), m_keyspace);
            form->addRow(OpsGuiTr::tr("&Tables:"), m_tables);
            m_keyspace->setPlaceholderText(OpsGuiTr::tr("all keyspaces"));
            m_tables->setPlaceholderText(OpsGuiTr::tr("comma-separated; empty: all tables"));
        } else {
            m_keyspace->hide();
            m_tables->hide();
        }
        for (QComboBox *c : {m_dc, m_rack, m_pod, m_source}) {
            connect(c, &QComboBox::currentIndexChanged, this, &OperationForm::changed);
        }
        connect(m_dc, &QComboBox::currentIndexChanged, this, [this] { fillRacksAndPods(); });
        connect(m_keyspace, &QLineEdit::textChanged, this, &OperationForm::changed);
        connect(m_tables, &QLineEdit::textChanged, this, &OperationForm::changed);
    }
    void fillRacksAndPods()
    {
        const QSignalBlocker b1(m_rack);
        const QSignalBlocker b2(m_pod);
        const QString rack = m_rack->count() ? m_rack->currentData().toString() : m_scope.rack;
        const QString pod = m_pod->count() ? m_pod->currentData().toString() : m_scope.pod;
        m_rack->clear();
        m_pod->clear();
        m_rack->addItem(OpsGuiTr::tr("All racks"), QString());
        if (m_command != QLatin1String("replacenode")) {
            m_pod->addItem(OpsGuiTr::tr("All nodes"), QString());
        }
        const QString dc = m_dc->currentData().toString();
        for (const Domain::Datacenter &d : m_cluster.datacenters) {
            if (!dc.isEmpty() && d.name != dc) {
                continue;
            }
            for (const Domain::Rack &r : d.racks) {
                if (m_rack->findData(r.name) < 0) {
                    m_rack->addItem(r.name, r.name);
                }
            }
            for (const Domain::Node &n : d.nodes) {
                m_pod->addItem(n.name, n.name);
            }
        }
        m_rack->setCurrentIndex(std::max(0, m_rack->findData(rack)));
        m_pod->setCurrentIndex(std::max(0, m_pod->findData(pod)));
    }
    void setCluster(const Domain::Cluster &cluster, const ClusterSnapshot &) override
    {
        m_cluster = cluster;
        fillDatacenters(m_dc, cluster, m_scope.datacenter, m_command != QLatin1String("replacenode") && m_command != QLatin1String("rebuild"));
        {
            const QSignalBlocker b(m_source);
            const QString source = m_source->currentData().toString();
            m_source->clear();
            for (const Domain::Datacenter &d : cluster.datacenters) {
                m_source->addItem(d.displayName(), d.datacenterName.isEmpty() ? d.name : d.datacenterName);
            }
            m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
        }
        fillRacksAndPods();
    }
    OperationPlan plan(const Domain::Cluster &cluster, const ClusterSnapshot &snapshot) const override
    {
        Ops::TaskOptions o;
        o.command = m_command;
        o.datacenter = m_dc->currentData().toString();
        o.rack = !m_rack->isHidden() ? m_rack->currentData().toString() : QString();
        o.pod = !m_pod->isHidden() ? m_pod->currentData().toString() : QString();
        o.sourceDatacenter = !m_source->isHidden() ? m_source->currentData().toString() : QString();
        o.keyspace = m_keyspace->text().trimmed();
        o.tables = m_tables->text().split(u',', Qt::SkipEmptyParts);
        for (QString &t : o.tables) {
            t = t.trimmed();
        }
        return Plans::nodeTask(cluster, o, snapshot.installation, QDateTime::currentDateTimeUtc());
    }

private:
    QString m_command;
    Scope m_scope;
    Domain::Cluster m_cluster;
    QComboBox *m_dc;
    QComboBox *m_rack;
    QComboBox *m_pod;
    QComboBox *m_source;
    QLineEdit *m_keyspace;
    QLineEdit *m_tables;
};

class BackupForm : public OperationForm
{
public:
    BackupForm(bool schedule, const Scope &scope, QWidget *parent)
        : OperationForm(parent)
        , m_schedule(schedule)
        , m_dc(dcCombo(this))
        , m_type(new QComboBox(this))
        , m_name(new QLineEdit(this))
        , m_cron(new QLineEdit(this))
        , m_next(new QLabel(this))
        , m_preset(scope.datacenter)
    {
        m_type->setObjectName(QStringLiteral("type"));
        m_name->setObjectName(QStringLiteral("name"));
        m_cron->setObjectName(QStringLiteral("cron"));
        m_next->setObjectName(QStringLiteral("nextRuns"));
        m_type->addItem(OpsGuiTr::tr("Differential"), QStringLiteral("differential"));
        m_type->addItem(OpsGuiTr::tr("Full"), QStringLiteral("full"));
        m_name->setPlaceholderText(OpsGuiTr::tr("generated from the cluster name and time"));
        auto *form = new QFormLayout(this);
        form->addRow(OpsGuiTr::tr("&Datacenter:"), m_dc);
        form->addRow(OpsGuiTr::tr("&Type:"), m_type);
        form->addRow(OpsGuiTr::tr("&Name:"), m_name);
        if (schedule) {
            m_cron->setText(QStringLiteral("0 2 * * *"));
            form->addRow(OpsGuiTr::tr("&Cron schedule:"), m_cron);
            form->addRow(OpsGuiTr::tr("Next runs:"), m_next);
            connect(m_cron, &QLineEdit::textChanged, this, [this] {
                updateNextRuns();
                Q_EMIT changed();
            });
            updateNextRuns();
        } else {
            m_cron->hide();
            m_next->hide();
        }
        connect(m_dc, &QComboBox::currentIndexChanged, this, &OperationForm::changed);
        connect(m_type, &QComboBox::currentIndexChanged, this, &OperationForm::changed);
        connect(m_name, &QLineEdit::textChanged, this, &OperationForm::changed);
    }
    void updateNextRuns()
    {
        QString error;
        const QList<QDateTime> runs = nextCronRuns(m_cron->text().trimmed(), QDateTime::currentDateTimeUtc(), 3, &error);
        if (!error.isEmpty()) {
            m_next->setText(error);
            return;
        }
        QStringList lines;
        for (const QDateTime &t : runs) {
            lines << QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
        }
        m_next->setText(lines.isEmpty() ? OpsGuiTr::tr("never") : lines.join(u'\n'));
    }
    void setCluster(const Domain::Cluster &cluster, const ClusterSnapshot &) override { fillDatacenters(m_dc, cluster, m_preset, !m_schedule); }
    OperationPlan plan(const Domain::Cluster &cluster, const ClusterSnapshot &snapshot) const override
    {
        const QString dc = m_dc->currentData().toString();
        const QString type = m_type->currentData().toString();
        if (m_schedule) {
            return Plans::backupSchedule(cluster, dc, m_cron->text().trimmed(), type, m_name->text().trimmed(), snapshot.installation,
                                         QDateTime::currentDateTimeUtc());
        }
        return Plans::backupNow(cluster, dc, type, m_name->text().trimmed(), snapshot.installation, QDateTime::currentDateTimeUtc());
    }

private:
    bool m_schedule;
    QComboBox *m_dc;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLineEdit *m_cron;
    QLabel *m_next;
    QString m_preset;
};

class RestoreForm : public OperationForm
{
public:
    RestoreForm(const Scope &scope, QWidget *parent)
        : OperationForm(parent)
        , m_dc(dcCombo(this))
        , m_backup(new QComboBox(this))
        , m_preset(scope.datacenter)
    {
        m_backup->setObjectName(QStringLiteral("backup"));
        auto *form = new QFormLayout(this);
        form->addRow(OpsGuiTr::tr("&Datacenter:"), m_dc);
        form->addRow(OpsGuiTr::tr("&Backup:"), m_backup);
        connect(m_dc, &QComboBox::currentIndexChanged, this, [this] {
            fillBackups();
            Q_EMIT changed();
        });
        connect(m_backup, &QComboBox::currentIndexChanged, this, &OperationForm::changed);
    }
    void fillBackups()
    {
        const QSignalBlocker b(m_backup);
        const QString current = m_backup->currentData().toString();
        m_backup->clear();
        const Domain::Datacenter *dc = m_cluster.datacenter(m_dc->currentData().toString());
        const QString dcName = dc ? dc->name : QString();
        QList<QJsonObject> backups = m_backups;
        // Newest first.
        std::sort(backups.begin(), backups.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("status")).toObject().value(QLatin1String("startTime")).toString()
                > b.value(QLatin1String("status")).toObject().value(QLatin1String("startTime")).toString();
        });
        for (const QJsonObject &b : std::as_const(backups)) {
            const QJsonObject spec = b.value(QLatin1String("spec")).toObject();
            const QJsonObject st = b.value(QLatin1String("status")).toObject();
            const QString bdc = spec.value(QLatin1String("cassandraDatacenter")).toString();
            if (!dcName.isEmpty() && bdc != dcName && (!dc || bdc != dc->datacenterName)) {
                continue;
            }
            const QString name = b.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
            const QString finished = st.value(QLatin1String("finishTime")).toString();
            m_backup->addItem(OpsGuiTr::tr("%1 — %2, %3").arg(name, spec.value(QLatin1String("backupType")).toString(),
                                                               finished.isEmpty() ? OpsGuiTr::tr("not finished") : finished),
                              name);
        }
        if (m_backup->count() == 0) {
            m_backup->addItem(OpsGuiTr::tr("(no backup of this datacenter)"), QString());
        }
        m_backup->setCurrentIndex(std::max(0, m_backup->findData(current)));
    }
    void setCluster(const Domain::Cluster &cluster, const ClusterSnapshot &snapshot) override
    {
        m_cluster = cluster;
        m_backups = snapshot.backups;
        fillDatacenters(m_dc, cluster, m_preset, false);
        fillBackups();
    }
    OperationPlan plan(const Domain::Cluster &cluster, const ClusterSnapshot &snapshot) const override
    {
        return Plans::restoreBackup(cluster, m_dc->currentData().toString(), m_backup->currentData().toString(), snapshot.installation,
                                    QDateTime::currentDateTimeUtc());
    }

private:
    QComboBox *m_dc;
    QComboBox *m_backup;
    QString m_preset;
    Domain::Cluster m_cluster;
    QList<QJsonObject> m_backups;
};

} // namespace

OperationForm *createTaskForm(OperationType type, const Scope &scope, QWidget *parent)
{
    return new TaskForm(type, scope, parent);
}

OperationForm *createBackupForm(bool schedule, const Scope &scope, QWidget *parent)
{
    return new BackupForm(schedule, scope, parent);
}

OperationForm *createRestoreForm(const Scope &scope, QWidget *parent)
{
    return new RestoreForm(scope, parent);
}

} // namespace Ringside::Operations::Detail
