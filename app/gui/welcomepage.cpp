#include "welcomepage.h"

#include "guitr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ringside {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_body(new QLabel)
    , m_issues(new QLabel)
    , m_newCluster(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), GuiTr::tr("New Cluster…")))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_issues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setObjectName(QStringLiteral("kubeconfigIssues"));
    m_issues->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_body);
    m_newCluster->setObjectName(QStringLiteral("newClusterButton"));
    m_newCluster->setToolTip(GuiTr::tr("Create a Cassandra, DSE or HCD cluster in the active context (Ctrl+Shift+N)"));
    connect(m_newCluster, &QPushButton::clicked, this, &WelcomePage::newClusterRequested);
    m_buttons->addWidget(m_newCluster);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    layout->addSpacing(12);
    layout->addWidget(m_issues);
    layout->addStretch(1);
}

void WelcomePage::setKubeconfig(const Kubeconfig &config, const QString &activeContext)
{
    m_title->setText(GuiTr::tr("Welcome to Ringside"));
    QString body;
    if (config.contexts.isEmpty()) {
        body = GuiTr::tr("<p>No kubeconfig context was found.</p>"
                         "<p>Ringside reads the files in <code>KUBECONFIG</code>, or <code>~/.kube/config</code>, exactly as kubectl does. "
                         "Add a context with your cloud's CLI (for example <code>aws eks update-kubeconfig</code>), "
                         "then choose File &gt; Reload Kubeconfig.</p>");
    } else {
        body = GuiTr::tr("<p>%n context(s) found in your kubeconfig.</p>", nullptr, int(config.contexts.size()));
        if (!activeContext.isEmpty()) {
            body += GuiTr::tr("<p>Working in <b>%1</b>. Double-click another context in the <b>Projects</b> tree, or use the "
                              "<b>Context</b> menu, to switch.</p>")
                        .arg(activeContext.toHtmlEscaped());
        } else {
            body += GuiTr::tr("<p>Choose a context in the <b>Projects</b> tree on the left (double-click or Enter) to start.</p>");
        }
        body += GuiTr::tr("<p>Right-click a context to make it the kubeconfig's current context, as "
                          "<code>kubectl config use-context</code> does.</p>");
        if (activeContext == QLatin1String("ringside-sandbox")) {
            body += GuiTr::tr("<p><b>This is the sandbox</b>: a local, simulated Kubernetes with Cassandra operators and the "
                              "<b>demo</b> cluster (project <code>ringside-demo</code>). Nothing done here reaches a real cluster, so "
                              "try everything: double-click <b>demo</b> in the tree for its page, right-click it for "
                              "<b>Operations</b> (upgrade, scale, backup, repair…), <b>Metrics</b> and <b>Logs</b>.</p>");
        }
        body += GuiTr::tr("<p>Ctrl+K finds any command; Ctrl+Shift+N creates a cluster.</p>");
    }
    if (!config.files.isEmpty()) {
        QStringList files;
        for (const QString &f : config.files) {
            files.append(u"<code>" + f.toHtmlEscaped() + u"</code>");
        }
        body += GuiTr::tr("<p>Read from: %1</p>").arg(files.join(QLatin1String(", ")));
    }
    m_body->setText(body);
    m_newCluster->setVisible(!config.contexts.isEmpty());

    if (config.issues.isEmpty()) {
        m_issues->hide();
        m_issues->clear();
    } else {
        QString text = u"<b>" + GuiTr::tr("Problems in the kubeconfig:") + u"</b><ul>";
        for (const KubeconfigIssue &issue : config.issues) {
            text += u"<li>" + issue.toString().toHtmlEscaped() + u"</li>";
        }
        text += u"</ul>";
        m_issues->setText(text);
        m_issues->show();
    }
}

void WelcomePage::addQuickAction(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

QString WelcomePage::text() const
{
    return m_title->text() + u'\n' + m_body->text() + u'\n' + m_issues->text();
}

} // namespace Ringside
