#include "gui/ops/opforms.h"

#include "cassandra/ops/versions.h"

#include <algorithm>

#include "gui/ops/opforms_p.h"
#include "gui/ops/opstr.h"

#include "cassandra/ops/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ringside::Operations {

using namespace Cassandra;

QList<OperationType> allOperationTypes()
{
    QList<OperationType> out;
    for (int i = int(OperationType::Upgrade); i <= int(OperationType::PurgeBackups); ++i) {
        out << OperationType(i);
    }
    return out;
}

QString operationTitle(OperationType type)
{
    switch (type) {
    case OperationType::Upgrade: return OpsGuiTr::tr("Upgrade…");
    case OperationType::ConfigChange: return OpsGuiTr::tr("Change Configuration…");
    case OperationType::Scale: return OpsGuiTr::tr("Scale Datacenter…");
    case OperationType::AddDatacenter: return OpsGuiTr::tr("Add Datacenter…");
    case OperationType::RemoveDatacenter: return OpsGuiTr::tr("Remove Datacenter…");
    case OperationType::StopDatacenter: return OpsGuiTr::tr("Stop…");
    case OperationType::ResumeDatacenter: return OpsGuiTr::tr("Resume…");
    case OperationType::Restart: return OpsGuiTr::tr("Rolling Restart…");
    case OperationType::Cleanup: return OpsGuiTr::tr("Cleanup…");
    case OperationType::Rebuild: return OpsGuiTr::tr("Rebuild…");
    case OperationType::ReplaceNode: return OpsGuiTr::tr("Replace Node…");
    case OperationType::UpgradeSSTables: return OpsGuiTr::tr("Upgrade SSTables…");
    case OperationType::Compact: return OpsGuiTr::tr("Compact…");
    case OperationType::Flush: return OpsGuiTr::tr("Flush…");
    case OperationType::Scrub: return OpsGuiTr::tr("Scrub…");
    case OperationType::Backup: return OpsGuiTr::tr("Back Up Now…");
    case OperationType::BackupSchedule: return OpsGuiTr::tr("Schedule Backups…");
    case OperationType::Restore: return OpsGuiTr::tr("Restore Backup…");
    case OperationType::PurgeBackups: return OpsGuiTr::tr("Purge Old Backups…");
    }
    return {};
}

QString operationKey(OperationType type)
{
    static const char *const keys[] = {"upgrade", "config", "scale", "add-dc", "remove-dc", "stop", "resume", "restart", "cleanup", "rebuild",
                                       "replace-node", "upgradesstables", "compact", "flush", "scrub", "backup", "backup-schedule", "restore",
                                       "purge-backups"};
    return QLatin1String(keys[int(type)]);
}

QString taskCommandOf(OperationType type)
{
    switch (type) {
    case OperationType::Restart: return QStringLiteral("restart");
    case OperationType::Cleanup: return QStringLiteral("cleanup");
    case OperationType::Rebuild: return QStringLiteral("rebuild");
    case OperationType::ReplaceNode: return QStringLiteral("replacenode");
    case OperationType::UpgradeSSTables: return QStringLiteral("upgradesstables");
    case OperationType::Compact: return QStringLiteral("compact");
    case OperationType::Flush: return QStringLiteral("flush");
    case OperationType::Scrub: return QStringLiteral("scrub");
    default: return {};
    }
}

bool isNodeTask(OperationType type)
{
    return !taskCommandOf(type).isEmpty();
}


QList<QDateTime> nextCronRuns(const QString &cron, const QDateTime &from, int count, QString *error)
{
    const auto schedule = Ops::CronSchedule::parse(cron, error);
    QList<QDateTime> out;
    if (!schedule) {
        return out;
    }
    QDateTime t = from;
    for (int i = 0; i < count; ++i) {
        t = schedule->next(t);
        if (!t.isValid()) {
            break;
        }
        out << t;
    }
    return out;
}

namespace Detail {

/*! Fills \a combo with the datacenters of \a cluster (data: the object name), keeping \a preset selected. */
void fillDatacenters(QComboBox *combo, const Domain::Cluster &cluster, const QString &preset, bool allowAll)
{
    const QString current = combo->count() > 0 ? combo->currentData().toString() : preset;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (allowAll) {
        combo->addItem(OpsGuiTr::tr("All datacenters"), QString());
    }
    for (const Domain::Datacenter &d : cluster.datacenters) {
        combo->addItem(d.displayName() == d.name ? d.name : QStringLiteral("%1 (%2)").arg(d.displayName(), d.name), d.name);
    }
    const int i = combo->findData(current);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

QComboBox *dcCombo(QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QStringLiteral("datacenter"));
    return c;
}

} // namespace Detail

namespace {

using Detail::dcCombo;
using Detail::fillDatacenters;

class UpgradeForm : public OperationForm
{
public:
    explicit UpgradeForm(QWidget *parent)
        : OperationForm(parent)
        , m_version(new QComboBox(this))
        , m_current(new QLabel(this))
    {
        m_version->setObjectName(QStringLiteral("version"));
        m_version->setEditable(true);
        auto *form = new QFormLayout(this);
        form->addRow(OpsGuiTr::tr("Current version:"), m_current);
        form->addRow(OpsGuiTr::tr("&New version:"), m_version);
        connect(m_version, &QComboBox::currentTextChanged, this, &OperationForm::changed);
    }
    void setCluster(const Domain::Cluster &cluster, const ClusterSnapshot &) override
    {
        m_current->setText(QStringLiteral("%1 %2").arg(cluster.typeName(), cluster.serverVersion));
        const QSignalBlocker blocker(m_version);
        const QString typed = m_version->currentText();
        m_version->clear();
        QString next;
        QStringList versions = Ops::knownServerVersions(cluster.serverType);
        std::reverse(versions.begin(), versions.end()); // oldest first: the next step up is the default
        for (const QString &v : std::as_const(versions)) {
            if (Ops::compareVersions(v, cluster.serverVersion) > 0) {
                m_version->addItem(v);
                if (next.isEmpty() && Ops::checkUpgrade(cluster.serverType, cluster.serverVersion, v).isEmpty()) {
                    next = v;
                }
            }
        }
        m_version->setCurrentText(typed.isEmpty() ? next : typed);
    }
    OperationPlan plan(const Domain::Cluster &cluster, const ClusterSnapshot &) const override
    {
        return Plans::upgrade(cluster, m_version->currentText().trimmed());
    }

private:
    QComboBox *m_version;
    QLabel *m_current;
};

class ConfigForm : public OperationForm
{
public:
    explicit ConfigForm(QWidget *parent)
        : OperationForm(parent)
        , m_table(new QTableWidget(0, 2, this))
    {
        m_table->setObjectName(QStringLiteral("settings"));
        m_table->setHorizontalHeaderLabels({OpsGuiTr::tr("Setting"), OpsGuiTr::tr("Value")});
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        auto *add = new QPushButton(OpsGuiTr::tr("&Add Setting"), this);
        auto *remove = new QPushButton(OpsGuiTr::tr("&Remove Setting"), this);
        auto *hint = new QLabel(OpsGuiTr::tr("Keys are cassandraYaml.KEY, jvmOptions.KEY or dseYaml.KEY (dotted for nested maps). "
                                             "Values are read as YAML. A key ending in '-' removes it."),
                                this);
        hint->setWordWrap(true);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(hint);
        layout->addWidget(m_table);
        layout->addLayout(buttons);
        connect(add, &QPushButton::clicked, this, [this] { addSetting(QStringLiteral("cassandraYaml."), {}); });
        connect(remove, &QPushButton::clicked, this, [this] {
            if (m_table->currentRow() >= 0) {
                m_table->removeRow(m_table->currentRow());
                Q_EMIT changed();
            }
        });
        connect(m_table, &QTableWidget::itemChanged, this, &OperationForm::changed);
        addSetting(QStringLiteral("cassandraYaml."), {});
    }
    void addSetting(const QString &key, const QString &value)
    {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
        Q_EMIT changed();
    }
    void setCluster(const Domain::Cluster &, const ClusterSnapshot &) override {}
    OperationPlan plan(const Domain::Cluster &cluster, const ClusterSnapshot &) const override
    {
        QStringList settings;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
            const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
            if (key.isEmpty() || key.endsWith(u'.')) {
                continue;
            }
            settings << (key.endsWith(u'-') ? key : key + u'=' + value);
        }
        return Plans::changeConfig(cluster, settings);
    }

private:
    QTableWidget *m_table;
};

class ScaleForm : public OperationForm
{
public:
    ScaleForm(const Scope &scope, QWidget *parent)
        : OperationForm(parent)
        , m_dc(dcCombo(this))
        , m_size(new QSpinBox(this))
        , m_preset(scope.datacenter)
    {
        m_size->setObjectName(QStringLiteral("size"));
        m_size->setRange(0, 1000);
        auto *form = new QFormLayout(this);
        form->addRow(OpsGuiTr::tr("&Datacenter:"), m_dc);
        form->addRow(OpsGuiTr::tr("&Nodes:"), m_size);
        connect(m_dc, &QComboBox::currentIndexChanged, this, [this] {
            m_size->setValue(sizeOf(m_dc->currentData().toString()));
            Q_EMIT changed();
        });
        connect(m_size, &QSpinBox::valueChanged, this, &OperationForm::changed);
    }
    int sizeOf(const QString &dc) const
    {
        const Domain::Datacenter *d = m_cluster.datacenter(dc);
        return d ? d->size : 0;
    }
    void setCluster(const Domain::Cluster &cluster, const ClusterSnapshot &) override
    {
        const bool first = m_cluster.name.isEmpty();
        m_cluster = cluster;
        fillDatacenters(m_dc, cluster, m_preset, false);
        if (first) {
            const QSignalBlocker b(m_size);
            m_size->setValue(sizeOf(m_dc->currentData().toString()));
        }
    }
    OperationPlan plan(const Domain::Cluster &cluster, const ClusterSnapshot &) const override
    {
        return Plans::scale(cluster, m_dc->currentData().toString(), m_size->value());
    }

private:
    QComboBox *m_dc;
    QSpinBox *m_size;
    QString m_preset;
    Domain::Cluster m_cluster;
};

class AddDcForm : public OperationForm
{
public:
    explicit AddDcForm(QWidget *parent)
        : OperationForm(parent)
        , m_name(new QLineEdit(this))
        , m_size(new QSpinBox(this))
        , m_racks(new QSpinBox(this))
        , m_context(new QLineEdit(this))
    {
        m_name->setObjectName(QStringLiteral("name"));
        m_size->setObjectName(QStringLiteral("size"));
        m_racks->setObjectName(QStringLiteral("racks"));
        m_size->setRange(1, 1000);
        m_size->setValue(3);
        m_racks->setRange(1, 50);
        m_racks->setValue(3);
        m_context->setPlaceholderText(OpsGuiTr::tr("empty: the control plane's context"));
        auto *form = new QFormLayout(this);
        form->addRow(OpsGuiTr::tr("Datacenter &name:"), m_name);
        form->addRow(OpsGuiTr::tr("&Nodes:"), m_size);
        form->addRow(OpsGuiTr::tr("&Racks:"), m_racks);
        form->addRow(OpsGuiTr::tr("Data plane &context:"), m_context);
        connect(m_name, &QLineEdit::textChanged, this, &OperationForm::changed);
        connect(m_context, &QLineEdit::textChanged, this, &OperationForm::changed);
        connect(m_size, &QSpinBox::valueChanged, this, &OperationForm::changed);
        connect(m_racks, &QSpinBox::valueChanged, this, &OperationForm::changed);
    }
    void setCluster(const Domain::Cluster &cluster, const ClusterSnapshot &) override
    {
        if (m_name->text().isEmpty()) {
            m_name->setText(QStringLiteral("dc%1").arg(cluster.datacenters.size() + 1));
        }
    }
    OperationPlan plan(const Domain::Cluster &cluster, const ClusterSnapshot &) const override
    {
        Ops::DatacenterSpec spec;
        spec.name = m_name->text().trimmed();
        spec.size = m_size->value();
        for (int i = 1; i <= m_racks->value(); ++i) {
            spec.racks << QStringLiteral("r%1").arg(i);
        }
        spec.k8sContext = m_context->text().trimmed();
        return Plans::addDatacenter(cluster, spec);
    }

private:
    QLineEdit *m_name;
    QSpinBox *m_size;
    QSpinBox *m_racks;
    QLineEdit *m_context;
};

/*! Remove, stop, resume, purge: one datacenter (stop/resume: or all). */
class DcForm : public OperationForm
{
public:
    DcForm(OperationType type, const Scope &scope, QWidget *parent)
        : OperationForm(parent)
        , m_type(type)
        , m_dc(dcCombo(this))
        , m_preset(scope.datacenter)
    {
        auto *form = new QFormLayout(this);
        form->addRow(OpsGuiTr::tr("&Datacenter:"), m_dc);
        connect(m_dc, &QComboBox::currentIndexChanged, this, &OperationForm::changed);
    }
    void setCluster(const Domain::Cluster &cluster, const ClusterSnapshot &) override
    {
        fillDatacenters(m_dc, cluster, m_preset, m_type == OperationType::StopDatacenter || m_type == OperationType::ResumeDatacenter);
    }
    OperationPlan plan(const Domain::Cluster &cluster, const ClusterSnapshot &snapshot) const override
    {
        const QString dc = m_dc->currentData().toString();
        switch (m_type) {
        case OperationType::RemoveDatacenter:
            return Plans::removeDatacenter(cluster, dc);
        case OperationType::StopDatacenter:
            return Plans::stopDatacenter(cluster, dc, true);
        case OperationType::ResumeDatacenter:
            return Plans::stopDatacenter(cluster, dc, false);
        default:
            return Plans::purgeBackups(cluster, dc, snapshot.installation, QDateTime::currentDateTimeUtc());
        }
    }

private:
    OperationType m_type;
    QComboBox *m_dc;
    QString m_preset;
};

} // namespace

OperationForm *createOperationForm(OperationType type, const Scope &scope, QWidget *parent)
{
    switch (type) {
    case OperationType::Upgrade:
        return new UpgradeForm(parent);
    case OperationType::ConfigChange:
        return new ConfigForm(parent);
    case OperationType::Scale:
        return new ScaleForm(scope, parent);
    case OperationType::AddDatacenter:
        return new AddDcForm(parent);
    case OperationType::RemoveDatacenter:
    case OperationType::StopDatacenter:
    case OperationType::ResumeDatacenter:
    case OperationType::PurgeBackups:
        return new DcForm(type, scope, parent);
    case OperationType::Backup:
        return Detail::createBackupForm(false, scope, parent);
    case OperationType::BackupSchedule:
        return Detail::createBackupForm(true, scope, parent);
    case OperationType::Restore:
        return Detail::createRestoreForm(scope, parent);
    default:
        return Detail::createTaskForm(type, scope, parent);
    }
}

} // namespace Ringside::Operations
