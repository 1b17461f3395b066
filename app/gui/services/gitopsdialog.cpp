#include "gitopsdialog.h"
#include "servicestr.h"

#include "kube/kubeclient.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Ringside::Services {

using namespace Cassandra::Services;

GitOpsDialog::GitOpsDialog(const QString &context, const QString &nameSpace, const QString &cluster,
                           ClientResolver clients, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_ns(nameSpace)
    , m_cluster(cluster)
    , m_clients(std::move(clients))
    , m_files(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_directory(new QLineEdit(this))
    , m_browse(new QPushButton(ServicesTr::tr("&Browse…"), this))
    , m_write(new QPushButton(ServicesTr::tr("&Export"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("gitOpsDialog"));
    setWindowTitle(ServicesTr::tr("Export %1 for GitOps").arg(cluster));
    m_files->setObjectName(QStringLiteral("files"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_directory->setObjectName(QStringLiteral("directory"));
    m_directory->setPlaceholderText(ServicesTr::tr("a directory of your Git repository"));
    m_write->setObjectName(QStringLiteral("export"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *intro = new QLabel(
        ServicesTr::tr(
            "The objects that recreate cluster %1 (%2, context %3), without what the server adds. Secrets are "
            "listed as references only: their values are never exported.")
            .arg(cluster, nameSpace, context),
        this);
    intro->setWordWrap(true);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);
    auto *dirRow = new QHBoxLayout;
    auto *dirLabel = new QLabel(ServicesTr::tr("&Directory:"), this);
    dirLabel->setBuddy(m_directory);
    dirRow->addWidget(dirLabel);
    dirRow->addWidget(m_directory, 1);
    dirRow->addWidget(m_browse);
    dirRow->addWidget(m_write);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(dirRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_files, &QListWidget::currentRowChanged, this, &GitOpsDialog::showFile);
    connect(m_directory, &QLineEdit::textChanged, this, &GitOpsDialog::updateButtons);
    connect(m_write, &QPushButton::clicked, this, &GitOpsDialog::exportFiles);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, ServicesTr::tr("Export Into"), m_directory->text());
        if (!dir.isEmpty()) {
            m_directory->setText(dir);
        }
    });
    updateButtons();
    reload();
}

void GitOpsDialog::reload()
{
    QString why;
    KubeClient *client = m_clients(m_context, &why);
    if (!client) {
        m_status->setText(why);
        Q_EMIT loaded(why);
        return;
    }
    m_status->setText(ServicesTr::tr("Reading the objects of %1…").arg(m_cluster));
    collectGitOpsExport(
        client, m_ns, m_cluster, this,
        [this](const GitOpsExport &e) {
            m_export = e;
            m_files->clear();
            for (const ExportedObject &o : e.objects) {
                m_files->addItem(o.fileName);
            }
            m_files->addItem(QStringLiteral("kustomization.yaml"));
            if (!e.secrets.isEmpty()) {
                m_files->addItem(QStringLiteral("secrets.yaml"));
            }
            m_files->setCurrentRow(0);
            QString text = ServicesTr::tr("%n object(s) to export.", nullptr, int(e.objects.size()));
            if (!e.secrets.isEmpty()) {
                text += u' '
                        + ServicesTr::tr("%n secret(s) referenced (names and keys only).", nullptr,
                                         int(e.secrets.size()));
            }
            for (const QString &note : e.notes) {
                text += u'\n' + note;
            }
            m_status->setText(text);
            updateButtons();
            Q_EMIT loaded({});
        },
        [this](const KubeError &error) {
            const QString text
                = ServicesTr::tr("The objects of %1 could not be read: %2").arg(m_cluster, error.toString());
            m_status->setText(text);
            updateButtons();
            Q_EMIT loaded(text);
        });
}

void GitOpsDialog::showFile(int row)
{
    if (!m_export || row < 0) {
        m_preview->clear();
        return;
    }
    if (row < m_export->objects.size()) {
        m_preview->setPlainText(QString::fromUtf8(m_export->objects.at(row).yaml));
    } else if (row == m_export->objects.size()) {
        m_preview->setPlainText(QString::fromUtf8(m_export->kustomization()));
    } else {
        m_preview->setPlainText(QString::fromUtf8(m_export->secretReferences()));
    }
}

QStringList GitOpsDialog::exportFiles()
{
    const QString dir = m_directory->text().trimmed();
    if (!m_export || dir.isEmpty()) {
        return {};
    }
    QString error;
    const QStringList written = m_export->write(QDir::cleanPath(dir), &error);
    if (written.isEmpty()) {
        m_status->setText(ServicesTr::tr("Nothing was written: %1").arg(error));
    } else {
        m_status->setText(ServicesTr::tr("Wrote %n file(s) into %1: %2", nullptr, int(written.size()))
                              .arg(dir, written.join(QLatin1String(", "))));
    }
    Q_EMIT exported(written, error);
    return written;
}

void GitOpsDialog::updateButtons()
{
    const bool ready = m_export.has_value() && !m_directory->text().trimmed().isEmpty();
    m_write->setEnabled(ready);
    m_write->setToolTip(m_export ? (ready ? QString() : ServicesTr::tr("Choose a directory first"))
                                 : ServicesTr::tr("The objects are not read yet"));
}

} // namespace Ringside::Services
