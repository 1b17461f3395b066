#pragma once

// "Export for GitOps…": the clean objects of one cluster (the core's collectGitOpsExport), previewed file by file,
// written into a directory with a kustomization.yaml; Secrets only as references, never their data.

#include "cassandra/services/gitopsexport.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Ringside {
class KubeClient;
}

namespace Ringside::Services {

/*! Exports one cluster for GitOps. \since 0.1 */
class GitOpsDialog : public QDialog
{
    Q_OBJECT
public:
    using ClientResolver = std::function<KubeClient *(const QString &context, QString *why)>;

    GitOpsDialog(const QString &context, const QString &nameSpace, const QString &cluster, ClientResolver clients,
                 QWidget *parent = nullptr);

    /*! The export read from the cluster, once read. */
    const std::optional<Cassandra::Services::GitOpsExport> &result() const { return m_export; }
    QListWidget *fileList() const { return m_files; }
    QPlainTextEdit *preview() const { return m_preview; }
    QLineEdit *directoryEdit() const { return m_directory; }
    QPushButton *exportButton() const { return m_write; }
    QLabel *statusLabel() const { return m_status; }

    /*! Reads the cluster's objects again. */
    void reload();
    /*! Writes the files into the directory (as the Export button); the names written, or empty with the error shown. */
    QStringList exportFiles();

Q_SIGNALS:
    /*! The objects were read (or not: \a error). */
    void loaded(const QString &error);
    void exported(const QStringList &files, const QString &error);

private:
    void showFile(int row);
    void updateButtons();

    QString m_context;
    QString m_ns;
    QString m_cluster;
    ClientResolver m_clients;
    std::optional<Cassandra::Services::GitOpsExport> m_export;
    QListWidget *m_files;
    QPlainTextEdit *m_preview;
    QLineEdit *m_directory;
    QPushButton *m_browse;
    QPushButton *m_write;
    QLabel *m_status;
};

} // namespace Ringside::Services
