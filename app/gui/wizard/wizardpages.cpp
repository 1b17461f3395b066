#include "gui/wizard/wizardpages.h"

#include "cassandra/domain/model.h"
#include "models/wizard/configoverrides.h"
#include "models/wizard/datacentermodel.h"
#include "models/wizard/wizardtr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ringside::Wizard {

namespace {

using Field = WizardModel::Field;

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text().trimmed() != text) {
        edit->setText(text);
    }
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

FieldPage::FieldPage(WizardModel *model, WizardModel::Page page, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_page(page)
{
    connect(m_model, &WizardModel::changed, this, &FieldPage::modelChanged);
}

bool FieldPage::isComplete() const
{
    return m_model->isPageValid(m_page);
}

QLabel *FieldPage::makeErrorLabel(WizardModel::Field field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("error-%1").arg(QLatin1String(QMetaEnum::fromType<WizardModel::Field>().valueToKey(int(field)))));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red that reads on light and dark windows.
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xd9, 0x3f, 0x3f));
    label->setPalette(p);
    const QString error = m_model->fieldError(field);
    label->setText(error);
    label->setVisible(!error.isEmpty());
    m_errors.insert(field, label);
    return label;
}

void FieldPage::addField(QFormLayout *form, const QString &label, QWidget *widget, WizardModel::Field field)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(widget);
    v->addWidget(makeErrorLabel(field));
    form->addRow(label, box);
}

void FieldPage::modelChanged()
{
    syncFromModel();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString error = m_model->fieldError(it.key());
        if (it.value()->text() != error) {
            it.value()->setText(error);
        }
        it.value()->setVisible(!error.isEmpty());
    }
    Q_EMIT completeChanged();
}

// --- Basics

BasicsPage::BasicsPage(WizardModel *model, QWidget *parent)
    : FieldPage(model, WizardModel::Page::Basics, parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_context(new QComboBox(this))
    , m_nameSpace(new QLineEdit(this))
{
    setTitle(WizardTr::tr("Basics"));
    setSubTitle(WizardTr::tr("Name the cluster, choose what it runs and where it is created."));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(WizardTr::tr("e.g. orders (lower-case letters, digits and '-')"));
    m_type->setObjectName(QStringLiteral("type"));
    for (const QString &t : WizardModel::serverTypes()) {
        m_type->addItem(Cassandra::Domain::serverTypeName(t), t);
    }
    m_version->setObjectName(QStringLiteral("version"));
    m_context->setObjectName(QStringLiteral("context"));
    m_nameSpace->setObjectName(QStringLiteral("namespace"));
    m_nameSpace->setPlaceholderText(WizardTr::tr("the namespace (Mission Control project) of the cluster"));

    auto *form = new QFormLayout(this);
    addField(form, WizardTr::tr("&Name:"), m_name, Field::Name);
    addField(form, WizardTr::tr("&Type:"), m_type, Field::Type);
    addField(form, WizardTr::tr("&Version:"), m_version, Field::Version);
    addField(form, WizardTr::tr("&Context:"), m_context, Field::Context);
    addField(form, WizardTr::tr("Namespace / &project:"), m_nameSpace, Field::Namespace);

    syncFromModel();
    connect(m_name, &QLineEdit::textChanged, m_model, &WizardModel::setName);
    connect(m_nameSpace, &QLineEdit::textChanged, m_model, &WizardModel::setNameSpace);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { m_model->setServerType(m_type->currentData().toString()); });
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] {
        if (m_version->currentIndex() >= 0) {
            m_model->setVersion(m_version->currentText());
        }
    });
    connect(m_context, &QComboBox::currentIndexChanged, this, [this] {
        if (m_context->currentIndex() >= 0) {
            m_model->setContext(m_context->currentData().toString());
        }
    });
}

void BasicsPage::fillVersions()
{
    const QStringList versions = WizardModel::versions(m_model->serverType());
    QStringList shown;
    for (int i = 0; i < m_version->count(); ++i) {
        shown << m_version->itemText(i);
    }
    if (shown != versions) {
        const QSignalBlocker block(m_version);
        m_version->clear();
        m_version->addItems(versions);
    }
    const QSignalBlocker block(m_version);
    m_version->setCurrentIndex(versions.indexOf(m_model->version()));
}

void BasicsPage::fillContexts()
{
    const QStringList contexts = m_model->contexts();
    if (m_context->count() != contexts.size()) {
        const QSignalBlocker block(m_context);
        m_context->clear();
        auto *items = qobject_cast<QStandardItemModel *>(m_context->model());
        for (const QString &c : contexts) {
            const QString refusal = m_model->contextRefusal(c);
            m_context->addItem(refusal.isEmpty() ? c : WizardTr::tr("%1 (read-only)").arg(c), c);
            if (!refusal.isEmpty() && items) {
                QStandardItem *item = items->item(m_context->count() - 1);
                item->setEnabled(false);
                item->setToolTip(refusal);
            }
        }
    }
    const QSignalBlocker block(m_context);
    m_context->setCurrentIndex(m_context->findData(m_model->context()));
}

void BasicsPage::syncFromModel()
{
    setTextIfDifferent(m_name, m_model->name());
    setTextIfDifferent(m_nameSpace, m_model->nameSpace());
    {
        const QSignalBlocker block(m_type);
        m_type->setCurrentIndex(m_type->findData(m_model->serverType()));
    }
    fillVersions();
    fillContexts();
}

// --- Datacenters

DatacentersPage::DatacentersPage(WizardModel *model, QWidget *parent)
    : FieldPage(model, WizardModel::Page::Datacenters, parent)
    , m_view(new QTreeView(this))
{
    setTitle(WizardTr::tr("Datacenters and racks"));
    setSubTitle(WizardTr::tr("Each datacenter spreads its nodes evenly over its racks. Double-click a cell to edit it; node "
                             "affinity labels pin a rack's pods to nodes with those labels."));
    m_view->setObjectName(QStringLiteral("datacenters"));
    m_view->setModel(m_model->datacenterModel());
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->header()->setSectionResizeMode(DatacenterModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DatacenterModel::NodesColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->expandAll();
    connect(m_model->datacenterModel(), &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent, int first) {
        m_view->expand(parent.isValid() ? parent : m_model->datacenterModel()->index(first, 0));
    });
    connect(m_model->datacenterModel(), &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    auto *addDc = new QPushButton(WizardTr::tr("Add &datacenter"), this);
    addDc->setObjectName(QStringLiteral("addDatacenter"));
    auto *addRackButton = new QPushButton(WizardTr::tr("Add &rack"), this);
    addRackButton->setObjectName(QStringLiteral("addRack"));
    auto *removeButton = new QPushButton(WizardTr::tr("&Remove"), this);
    removeButton->setObjectName(QStringLiteral("remove"));
    connect(addDc, &QPushButton::clicked, this, &DatacentersPage::addDatacenter);
    connect(addRackButton, &QPushButton::clicked, this, &DatacentersPage::addRack);
    connect(removeButton, &QPushButton::clicked, this, &DatacentersPage::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addDc);
    buttons->addWidget(addRackButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(makeErrorLabel(Field::Datacenters));
}

void DatacentersPage::addDatacenter()
{
    const QModelIndex dc = m_model->datacenterModel()->addDatacenter({}, 3, 1);
    m_view->setCurrentIndex(dc);
}

void DatacentersPage::addRack()
{
    QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    if (current.parent().isValid()) {
        current = current.parent();
    }
    const int dcRow = current.isValid() ? current.row() : m_model->datacenterModel()->datacenterCount() - 1;
    const QModelIndex rack = m_model->datacenterModel()->addRack(dcRow);
    if (rack.isValid()) {
        m_view->setCurrentIndex(rack);
    }
}

void DatacentersPage::removeSelected()
{
    m_model->datacenterModel()->remove(m_view->currentIndex().siblingAtColumn(0));
}

// --- Storage

StoragePage::StoragePage(WizardModel *model, QWidget *parent)
    : FieldPage(model, WizardModel::Page::Storage, parent)
    , m_class(new QComboBox(this))
    , m_note(noteLabel({}, this))
    , m_size(new QLineEdit(this))
{
    setTitle(WizardTr::tr("Storage"));
    setSubTitle(WizardTr::tr("Each node gets a persistent volume for its data."));
    m_class->setObjectName(QStringLiteral("storageClass"));
    m_class->setEditable(true);
    m_class->setInsertPolicy(QComboBox::NoInsert);
    m_note->setObjectName(QStringLiteral("storageNote"));
    m_size->setObjectName(QStringLiteral("storageSize"));
    m_size->setPlaceholderText(WizardTr::tr("e.g. 10Gi"));
    auto *form = new QFormLayout(this);
    addField(form, WizardTr::tr("Storage &class:"), m_class, Field::StorageClass);
    form->addRow(QString(), m_note);
    addField(form, WizardTr::tr("&Size per node:"), m_size, Field::StorageSize);
    syncFromModel();
    connect(m_class, &QComboBox::currentTextChanged, m_model, &WizardModel::setStorageClass);
    connect(m_size, &QLineEdit::textChanged, m_model, &WizardModel::setStorageSize);
}

void StoragePage::syncFromModel()
{
    const QStringList classes = m_model->storageClassesKnown() ? m_model->storageClasses() : QStringList();
    if (classes != m_shownClasses) {
        const QSignalBlocker block(m_class);
        m_class->clear();
        m_class->addItems(classes);
        m_shownClasses = classes;
    }
    if (m_class->currentText().trimmed() != m_model->storageClass()) {
        const QSignalBlocker block(m_class);
        const int i = m_class->findText(m_model->storageClass());
        if (i >= 0) {
            m_class->setCurrentIndex(i);
        } else {
            m_class->setEditText(m_model->storageClass());
        }
    }
    m_note->setText(m_model->storageClassesKnown()
                        ? WizardTr::tr("The storage classes of %1.").arg(m_model->context())
                        : WizardTr::tr("The storage classes of %1 could not be read (not connected): type the name; it is not "
                                       "checked until the server dry run.")
                              .arg(m_model->context()));
    setTextIfDifferent(m_size, m_model->storageSize());
}

// --- Resources

ResourcesPage::ResourcesPage(WizardModel *model, QWidget *parent)
    : FieldPage(model, WizardModel::Page::Resources, parent)
{
    setTitle(WizardTr::tr("Resources and heap"));
    setSubTitle(WizardTr::tr("Requests per node; empty fields are left to the operator's defaults."));
    auto *form = new QFormLayout(this);
    const auto edit = [this](const char *name, const QString &placeholder, const QString &value, void (WizardModel::*setter)(const QString &)) {
        auto *e = new QLineEdit(value, this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, m_model, setter);
        return e;
    };
    addField(form, WizardTr::tr("C&PU request:"), edit("cpu", WizardTr::tr("e.g. 2 or 1500m"), m_model->cpu(), &WizardModel::setCpu), Field::Cpu);
    addField(form, WizardTr::tr("&Memory request:"), edit("memory", WizardTr::tr("e.g. 8Gi"), m_model->memory(), &WizardModel::setMemory), Field::Memory);
    addField(form, WizardTr::tr("JVM &heap:"), edit("heap", WizardTr::tr("e.g. 4Gi (at most half the memory)"), m_model->heap(), &WizardModel::setHeap),
             Field::Heap);
}

// --- Configuration

ConfigurationPage::ConfigurationPage(WizardModel *model, QWidget *parent)
    : FieldPage(model, WizardModel::Page::Configuration, parent)
    , m_cassandraYaml(new QPlainTextEdit(this))
    , m_jvm(new QPlainTextEdit(this))
{
    setTitle(WizardTr::tr("Configuration"));
    setSubTitle(WizardTr::tr("Overrides of cassandra.yaml and of the JVM options, one \"key: value\" per line. Unknown keys, "
                             "keys the operator sets and values of the wrong type are refused."));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_cassandraYaml, m_jvm}) {
        e->setFont(mono);
        e->setTabChangesFocus(true);
        e->setMinimumHeight(90);
    }
    m_cassandraYaml->setObjectName(QStringLiteral("cassandraYaml"));
    m_cassandraYaml->setPlaceholderText(QStringLiteral("num_tokens: 16\nconcurrent_compactors: 2"));
    m_jvm->setObjectName(QStringLiteral("jvmOptions"));
    m_jvm->setPlaceholderText(QStringLiteral("gc: G1GC\nadditionalOptions: [\"-XX:+AlwaysPreTouch\"]"));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addField(form, WizardTr::tr("&cassandra.yaml:"), m_cassandraYaml, Field::CassandraYaml);
    addField(form, WizardTr::tr("&JVM options:"), m_jvm, Field::JvmOptions);
    syncFromModel();
    connect(m_cassandraYaml, &QPlainTextEdit::textChanged, this, [this] { m_model->setCassandraYamlText(m_cassandraYaml->toPlainText()); });
    connect(m_jvm, &QPlainTextEdit::textChanged, this, [this] { m_model->setJvmOptionsText(m_jvm->toPlainText()); });
}

void ConfigurationPage::syncFromModel()
{
    m_cassandraYaml->setToolTip(WizardTr::tr("Known keys: %1").arg(knownCassandraYamlKeys(m_model->serverType(), m_model->version()).join(QLatin1String(", "))));
    m_jvm->setToolTip(WizardTr::tr("Known keys: %1").arg(knownJvmOptionKeys().join(QLatin1String(", "))));
    if (m_cassandraYaml->toPlainText() != m_model->cassandraYamlText()) {
        const QSignalBlocker block(m_cassandraYaml);
        m_cassandraYaml->setPlainText(m_model->cassandraYamlText());
    }
    if (m_jvm->toPlainText() != m_model->jvmOptionsText()) {
        const QSignalBlocker block(m_jvm);
        m_jvm->setPlainText(m_model->jvmOptionsText());
    }
}

// --- Security

SecurityPage::SecurityPage(WizardModel *model, QWidget *parent)
    : FieldPage(model, WizardModel::Page::Security, parent)
    , m_auth(new QCheckBox(WizardTr::tr("&Require authentication (PasswordAuthenticator)"), this))
    , m_generate(new QRadioButton(WizardTr::tr("&Generate the superuser secret (CLUSTER-superuser)"), this))
    , m_existing(new QRadioButton(WizardTr::tr("Use an &existing secret:"), this))
    , m_secret(new QLineEdit(this))
{
    setTitle(WizardTr::tr("Security"));
    setSubTitle(WizardTr::tr("Authentication and the superuser's credentials."));
    m_auth->setObjectName(QStringLiteral("auth"));
    m_generate->setObjectName(QStringLiteral("generateSecret"));
    m_existing->setObjectName(QStringLiteral("existingSecret"));
    m_secret->setObjectName(QStringLiteral("superuserSecret"));
    m_secret->setPlaceholderText(WizardTr::tr("a Secret with username and password keys, in the cluster's namespace"));
    auto *form = new QFormLayout(this);
    form->addRow(m_auth);
    form->addRow(m_generate);
    form->addRow(m_existing);
    form->addRow(QString(), m_secret);
    form->addRow(QString(), makeErrorLabel(Field::SuperuserSecret)); // under the name field
    syncFromModel();
    connect(m_auth, &QCheckBox::toggled, m_model, &WizardModel::setAuth);
    connect(m_generate, &QRadioButton::toggled, m_model, &WizardModel::setGenerateSuperuserSecret);
    connect(m_secret, &QLineEdit::textChanged, m_model, &WizardModel::setSuperuserSecret);
}

void SecurityPage::syncFromModel()
{
    const QSignalBlocker b1(m_auth);
    const QSignalBlocker b2(m_generate);
    const QSignalBlocker b3(m_existing);
    m_auth->setChecked(m_model->auth());
    m_generate->setChecked(m_model->generateSuperuserSecret());
    m_existing->setChecked(!m_model->generateSuperuserSecret());
    m_generate->setText(WizardTr::tr("&Generate the superuser secret (%1-superuser)")
                            .arg(m_model->name().isEmpty() ? WizardTr::tr("CLUSTER") : m_model->name()));
    m_generate->setEnabled(m_model->auth());
    m_existing->setEnabled(m_model->auth());
    m_secret->setEnabled(m_model->auth() && !m_model->generateSuperuserSecret());
    setTextIfDifferent(m_secret, m_model->superuserSecret());
}

// --- Data API

DataApiPage::DataApiPage(WizardModel *model, QWidget *parent)
    : FieldPage(model, WizardModel::Page::DataApi, parent)
    , m_enabled(new QCheckBox(WizardTr::tr("Deploy the &Data API (JSON documents over HTTP, Mission Control)"), this))
    , m_note(noteLabel({}, this))
{
    setTitle(WizardTr::tr("Data API"));
    setSubTitle(WizardTr::tr("An HTTP API for document collections stored in the cluster."));
    m_enabled->setObjectName(QStringLiteral("dataApi"));
    m_note->setObjectName(QStringLiteral("dataApiNote"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(makeErrorLabel(Field::DataApi));
    layout->addWidget(m_note);
    layout->addStretch();
    syncFromModel();
    connect(m_enabled, &QCheckBox::toggled, m_model, &WizardModel::setDataApi);
}

void DataApiPage::syncFromModel()
{
    const QSignalBlocker block(m_enabled);
    m_enabled->setChecked(m_model->dataApi());
    m_note->setText(m_model->kindNote());
}

} // namespace Ringside::Wizard
