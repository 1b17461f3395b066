#include "applybar.h"

#include "editortr.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Ringside::Editor {

ApplyBar::ApplyBar(QWidget *parent)
    : QWidget(parent)
    , m_context(new QComboBox)
    , m_namespace(new QLineEdit)
    , m_dryRun(new QPushButton(QIcon::fromTheme(QStringLiteral("system-run")), Tr::tr("&Dry Run")))
    , m_apply(new QPushButton(QIcon::fromTheme(QStringLiteral("document-send")), Tr::tr("&Apply")))
    , m_force(new QCheckBox(Tr::tr("Force &conflicts")))
    , m_summary(new QLabel)
    , m_results(new QListWidget)
{
    setObjectName(QStringLiteral("applyBar"));
    m_context->setObjectName(QStringLiteral("applyContext"));
    m_context->setToolTip(Tr::tr("The kubeconfig context to send the YAML to"));
    m_context->setMinimumContentsLength(16);
    m_namespace->setObjectName(QStringLiteral("applyNamespace"));
    m_namespace->setPlaceholderText(QStringLiteral("default"));
    m_namespace->setToolTip(Tr::tr("The namespace of objects that do not name one"));
    m_namespace->setMaximumWidth(180);
    m_force->setToolTip(Tr::tr("Take over fields that other field managers own, instead of stopping at the conflict"));
    m_dryRun->setToolTip(Tr::tr("Send to the server with dryRun=All: validated and defaulted, nothing is changed"));
    m_apply->setToolTip(Tr::tr("Server-side apply, as field manager \"ringside\""));
    m_results->setObjectName(QStringLiteral("applyResults"));
    m_results->setMaximumHeight(110);
    m_results->setVisible(false);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(Tr::tr("Context:")));
    row->addWidget(m_context, 1);
    row->addWidget(new QLabel(Tr::tr("Namespace:")));
    row->addWidget(m_namespace);
    row->addWidget(m_force);
    row->addWidget(m_dryRun);
    row->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_results);

    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_apply, &QPushButton::clicked, this, [this] { start(false); });
}

ApplyBar::~ApplyBar() = default;

void ApplyBar::setContexts(const QStringList &contexts, const QString &current)
{
    const QString keep = m_context->currentText().isEmpty() ? current : m_context->currentText();
    m_context->clear();
    m_context->addItems(contexts);
    const int i = m_context->findText(keep);
    m_context->setCurrentIndex(i >= 0 ? i : m_context->findText(current));
}

void ApplyBar::setTarget(const QString &context, const QString &nameSpace)
{
    const int i = m_context->findText(context);
    if (i >= 0) {
        m_context->setCurrentIndex(i);
    }
    m_namespace->setText(nameSpace);
}

QString ApplyBar::context() const
{
    return m_context->currentText();
}

QString ApplyBar::nameSpace() const
{
    return m_namespace->text().trimmed().isEmpty() ? QStringLiteral("default") : m_namespace->text().trimmed();
}

bool ApplyBar::isRunning() const
{
    return m_applier && m_applier->isRunning();
}

Discovery *ApplyBar::discoveryFor(KubeClient *client)
{
    QPointer<Discovery> &d = m_discoveries[client];
    if (!d) {
        d = new Discovery(client, client); // goes with its client when the context disconnects
        d->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/discovery"));
    }
    return d;
}

bool ApplyBar::start(bool dryRun)
{
    if (isRunning()) {
        return false;
    }
    const QString ctx = context();
    if (ctx.isEmpty()) {
        showLine(Tr::tr("Choose a context first."), true);
        return false;
    }
    if (!dryRun && m_writeCheck) {
        if (const QString refusal = m_writeCheck(ctx); !refusal.isEmpty()) {
            showLine(refusal, true);
            return false;
        }
    }
    QString why;
    KubeClient *client = m_provider ? m_provider(ctx, &why) : nullptr;
    if (!client) {
        showLine(why.isEmpty() ? Tr::tr("%1 is not connected.").arg(ctx) : why, true);
        return false;
    }
    const QByteArray text = m_source ? m_source() : QByteArray();
    if (text.trimmed().isEmpty()) {
        showLine(Tr::tr("There is nothing to send: the document is empty."), true);
        return false;
    }
    if (!dryRun && m_confirm) {
        const auto answer = QMessageBox::question(
            this, Tr::tr("Apply to %1?").arg(ctx),
            Tr::tr("Apply this YAML to context <b>%1</b> (default namespace %2)%3?")
                .arg(ctx.toHtmlEscaped(), nameSpace().toHtmlEscaped(),
                     m_force->isChecked() ? Tr::tr(", taking over conflicting fields") : QString()));
        if (answer != QMessageBox::Yes) {
            return false;
        }
    }
    delete m_applier;
    m_applier = new ManifestApplier(client, discoveryFor(client), this);
    connect(m_applier, &ManifestApplier::finished, this,
            [this, dryRun](const QList<AppliedObject> &results, bool ok, const QString &error) { onFinished(results, ok, error, dryRun); });
    ApplyOptions options;
    // The editor's own manager: with the default ("ringside", the manager that created the cluster) a partial
    // manifest would drop every field the creation set and this apply does not repeat (server-side apply semantics).
    options.fieldManager = QStringLiteral("ringside-editor");
    options.dryRun = dryRun;
    options.force = m_force->isChecked();
    options.fieldValidation = QStringLiteral("Strict");
    m_dryRun->setEnabled(false);
    m_apply->setEnabled(false);
    m_summary->setText(dryRun ? Tr::tr("Dry run on %1…").arg(ctx) : Tr::tr("Applying to %1…").arg(ctx));
    m_applier->apply(text, nameSpace(), options);
    return true;
}

void ApplyBar::showLine(const QString &text, bool error)
{
    m_summary->setText(text);
    m_summary->setStyleSheet(error ? QStringLiteral("color: palette(highlighted-text); background: #c0392b; padding: 2px")
                                   : QString());
}

void ApplyBar::onFinished(const QList<AppliedObject> &results, bool ok, const QString &error, bool dryRun)
{
    m_dryRun->setEnabled(true);
    m_apply->setEnabled(true);
    m_results->clear();
    if (!error.isEmpty()) {
        showLine(error, true);
        m_results->setVisible(false);
        Q_EMIT finished(results, false, dryRun);
        return;
    }
    int failed = 0;
    for (const AppliedObject &r : results) {
        auto *item = new QListWidgetItem(r.summary());
        if (!r.ok()) {
            ++failed;
            item->setIcon(QIcon::fromTheme(QStringLiteral("dialog-error")));
            QString tip = r.error ? r.error->toString() : QString();
            if (r.error) {
                for (const auto &c : r.error->fieldConflicts()) {
                    tip += u'\n' + Tr::tr("%1 is owned by %2").arg(c.field, c.manager);
                }
            }
            item->setToolTip(tip);
        } else {
            item->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok")));
        }
        m_results->addItem(item);
        for (const QString &w : r.warnings) {
            m_results->addItem(new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), Tr::tr("Warning: %1").arg(w)));
        }
    }
    m_results->setVisible(!results.isEmpty());
    const int n = int(results.size());
    if (ok) {
        showLine(dryRun ? Tr::tr("Dry run passed: %n object(s) would be applied; nothing was changed.", nullptr, n)
                        : Tr::tr("Applied %n object(s).", nullptr, n),
                 false);
    } else {
        showLine(dryRun ? Tr::tr("Dry run: %1 of %2 object(s) failed; nothing was changed.").arg(failed).arg(n)
                        : Tr::tr("%1 of %2 object(s) failed; the others were applied.").arg(failed).arg(n),
                 true);
    }
    Q_EMIT finished(results, ok, dryRun);
}

} // namespace Ringside::Editor
