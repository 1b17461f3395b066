#include "projectdialog.h"
#include "servicestr.h"

#include "kube/kubeclient.h"
#include "kube/resourceref.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcGuiServices, "ringside.gui.services", QtWarningMsg)

namespace Ringside::Services {

QJsonObject projectNamespace(const QString &name, const QString &displayName)
{
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Namespace")},
            {QStringLiteral("metadata"),
             QJsonObject{
                 {QStringLiteral("name"), name},
                 {QStringLiteral("labels"),
                  QJsonObject{{QStringLiteral("mission-control.datastax.com/is-project"), QStringLiteral("true")}}},
                 {QStringLiteral("annotations"),
                  QJsonObject{{QStringLiteral("mission-control.datastax.com/project-name"), displayName.trimmed()}}}}}};
}

QString namespaceNameFor(const QString &displayName)
{
    QString out;
    for (const QChar c : displayName.trimmed().toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
        } else if (!out.isEmpty() && !out.endsWith(u'-')) {
            out += u'-';
        }
    }
    out.truncate(63);
    while (out.endsWith(u'-')) {
        out.chop(1);
    }
    return out;
}

QString namespaceNameError(const QString &name)
{
    if (name.isEmpty()) {
        return ServicesTr::tr("namespace must not be empty");
    }
    if (name.size() > 63) {
        return ServicesTr::tr("namespace \"%1\" is longer than 63 characters").arg(name);
    }
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    if (!label.match(name).hasMatch()) {
        return ServicesTr::tr("namespace \"%1\" is not a valid DNS-1123 label: use lower-case letters, digits and '-', "
                              "starting and ending "
                              "with a letter or digit")
            .arg(name);
    }
    return {};
}

QList<Cassandra::Ops::AccessCheck> projectAccessChecks(const QString &context, const QString &name)
{
    using Cassandra::Ops::AccessCheck;
    return {AccessCheck{context, QStringLiteral("create"), {}, QStringLiteral("namespaces"), {}, {}},
            AccessCheck{context, QStringLiteral("patch"), {}, QStringLiteral("namespaces"), {}, name}};
}

QString projectOperationKey()
{
    return QStringLiteral("create-project");
}

ProjectDialog::ProjectDialog(const QStringList &contexts, const QString &context,
                             const Cassandra::Ops::WriteGuard &guard, ClientResolver clients, QWidget *parent)
    : QDialog(parent)
    , m_guard(guard)
    , m_clients(std::move(clients))
    , m_context(new QComboBox(this))
    , m_displayName(new QLineEdit(this))
    , m_namespace(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("projectDialog"));
    setWindowTitle(ServicesTr::tr("New Project"));
    m_context->setObjectName(QStringLiteral("context"));
    m_context->addItems(contexts);
    m_context->setCurrentText(context);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(ServicesTr::tr("e.g. Workshop"));
    m_namespace->setObjectName(QStringLiteral("namespace"));
    m_namespace->setPlaceholderText(ServicesTr::tr("derived from the name"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_error->setPalette(errorPalette);
    m_create = m_buttons->addButton(ServicesTr::tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));

    auto *intro
        = new QLabel(ServicesTr::tr("A project is a namespace that Mission Control lists as a project (label "
                                    "mission-control.datastax.com/is-project). Clusters are created inside a project."),
                     this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(ServicesTr::tr("Con&text:"), m_context);
    form->addRow(ServicesTr::tr("&Name:"), m_displayName);
    form->addRow(ServicesTr::tr("Name&space:"), m_namespace);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(480, 240);

    connect(m_displayName, &QLineEdit::textEdited, this, &ProjectDialog::onDisplayNameEdited);
    connect(m_namespace, &QLineEdit::textEdited, this, [this] {
        m_namespaceEdited = !m_namespace->text().isEmpty();
        validate();
    });
    connect(m_context, &QComboBox::currentTextChanged, this, &ProjectDialog::validate);
    connect(m_create, &QPushButton::clicked, this, &ProjectDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ProjectDialog::onDisplayNameEdited(const QString &text)
{
    if (!m_namespaceEdited) {
        m_namespace->setText(namespaceNameFor(text));
    }
    validate();
}

QString ProjectDialog::problem() const
{
    const QString context = m_context->currentText();
    if (context.isEmpty()) {
        return ServicesTr::tr("choose a context");
    }
    if (m_guard.isReadOnly(context)) {
        return ServicesTr::tr("context %1 is read-only: projects cannot be created there").arg(context);
    }
    if (m_displayName->text().trimmed().isEmpty()) {
        return ServicesTr::tr("project name must not be empty");
    }
    return namespaceNameError(m_namespace->text());
}

void ProjectDialog::validate()
{
    const QString p = m_busy ? QString() : problem();
    if (!m_busy || !p.isEmpty()) {
        m_error->setText(p);
    }
    m_create->setEnabled(!m_busy && p.isEmpty());
    m_create->setToolTip(p);
}

void ProjectDialog::create()
{
    if (m_busy || !problem().isEmpty()) {
        return;
    }
    m_pendingContext = m_context->currentText();
    m_pendingNamespace = m_namespace->text();
    m_pendingDisplayName = m_displayName->text().trimmed();
    QString why;
    KubeClient *client = m_clients(m_pendingContext, &why);
    if (!client) {
        fail(false, ServicesTr::tr("namespace %1 could not be created: %2").arg(m_pendingNamespace, why));
        return;
    }
    m_busy = true;
    validate();
    m_error->setText(ServicesTr::tr("Checking permissions in %1…").arg(m_pendingContext));
    checkAccess(client, projectAccessChecks(m_pendingContext, m_pendingNamespace), 0);
}

void ProjectDialog::checkAccess(KubeClient *client, const QList<Cassandra::Ops::AccessCheck> &checks, int index)
{
    if (index >= checks.size()) {
        apply(client);
        return;
    }
    const Cassandra::Ops::AccessCheck check = checks.at(index);
    KubeRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
    request.body = QJsonDocument(check.reviewObject()).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    client->send(
        request, this,
        [this, client, checks, index, check](const KubeResponse &r) {
            const Cassandra::Ops::AccessDecision d = Cassandra::Ops::AccessDecision::fromReview(r.object);
            if (!d.allowed) {
                fail(true, Cassandra::Ops::permissionRefusal(check, d));
                return;
            }
            checkAccess(client, checks, index + 1);
        },
        [this, check](const KubeError &e) {
            fail(false, ServicesTr::tr("cannot check permissions (%1): %2").arg(check.toString(), e.toString()));
        });
}

void ProjectDialog::apply(KubeClient *client)
{
    const QString ns = m_pendingNamespace;
    m_error->setText(ServicesTr::tr("Creating namespace %1 in %2…").arg(ns, m_pendingContext));
    ApplyOptions options;
    options.fieldManager = QStringLiteral("ringside-project");
    const QByteArray manifest = QJsonDocument(projectNamespace(ns, m_pendingDisplayName)).toJson(QJsonDocument::Compact);
    client->apply(
        ResourceRef::core(QStringLiteral("namespaces"), {}, ns), manifest, options, this,
        [this, ns](const KubeResponse &) {
            m_busy = false;
            record(QStringLiteral("succeeded"), {});
            qCInfo(lcGuiServices) << "project namespace created" << ns << "in" << m_pendingContext;
            Q_EMIT projectCreated(m_pendingContext, ns);
            accept();
        },
        [this, ns](const KubeError &error) {
            fail(false, ServicesTr::tr("namespace %1 could not be created: %2").arg(ns, error.toString()));
        });
}

void ProjectDialog::fail(bool refused, const QString &message)
{
    m_busy = false;
    validate();
    m_error->setText(message);
    record(refused ? QStringLiteral("refused") : QStringLiteral("failed"), message);
    qCWarning(lcGuiServices) << "project namespace" << m_pendingNamespace << "not created:" << message;
    Q_EMIT projectFailed(m_pendingNamespace, refused, message);
}

void ProjectDialog::record(const QString &result, const QString &message) const
{
    Cassandra::Ops::HistoryEntry e;
    e.context = m_pendingContext;
    e.operation = projectOperationKey();
    e.target = m_pendingNamespace;
    e.summary = ServicesTr::tr("Create project \"%1\" (namespace %2)").arg(m_pendingDisplayName, m_pendingNamespace);
    e.result = result;
    e.message = message;
    QString error;
    if (!m_history.append(e, &error)) {
        qCWarning(lcGuiServices) << "cannot record the project creation in" << m_history.path() << ":" << error;
    }
}

} // namespace Ringside::Services
