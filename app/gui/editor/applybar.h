#pragma once

#include "kube/manifestapplier.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Ringside {
class Discovery;
class KubeClient;
}

namespace Ringside::Editor {

/*! The bar under a YAML editor that sends its text to a cluster: a context and default namespace, "Dry Run"
    (server-side, nothing is changed), "Apply" (server-side apply as field manager `ringside`, after a
    confirmation naming the context), "Force conflicts", and the result of each document below, with conflicts
    naming the field manager that owns each field. Runs asynchronously; never blocks the window. \since 0.1 */
class ApplyBar : public QWidget
{
    Q_OBJECT
public:
    /*! Returns the connected client of a context (connecting it if needed), or nullptr with a reason. */
    using ClientProvider = std::function<KubeClient *(const QString &context, QString *why)>;

    explicit ApplyBar(QWidget *parent = nullptr);
    ~ApplyBar() override;

    void setClientProvider(ClientProvider provider) { m_provider = std::move(provider); }
    /*! Says why a context must not be written to (a read-only context), or returns an empty string. Apply is then
        refused with that reason; a dry run writes nothing and stays allowed. */
    using WriteCheck = std::function<QString(const QString &context)>;
    void setWriteCheck(WriteCheck check) { m_writeCheck = std::move(check); }
    /*! Where the text comes from (the editor's document). */
    void setTextSource(std::function<QByteArray()> source) { m_source = std::move(source); }
    void setContexts(const QStringList &contexts, const QString &current);
    void setTarget(const QString &context, const QString &nameSpace);
    QString context() const;
    QString nameSpace() const;
    /*! Skips the confirmation before Apply (tests). */
    void setConfirmApply(bool confirm) { m_confirm = confirm; }

    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *applyButton() const { return m_apply; }
    QCheckBox *forceBox() const { return m_force; }
    QListWidget *results() const { return m_results; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isRunning() const;

    /*! Starts a dry run (true) or an apply (false); returns false (and shows why) when it cannot start. */
    bool start(bool dryRun);

Q_SIGNALS:
    void finished(const QList<Ringside::AppliedObject> &results, bool ok, bool dryRun);

private:
    void onFinished(const QList<AppliedObject> &results, bool ok, const QString &error, bool dryRun);
    void showLine(const QString &text, bool error);
    Discovery *discoveryFor(KubeClient *client);

    ClientProvider m_provider;
    WriteCheck m_writeCheck;
    std::function<QByteArray()> m_source;
    QComboBox *m_context;
    QLineEdit *m_namespace;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QCheckBox *m_force;
    QLabel *m_summary;
    QListWidget *m_results;
    QPointer<ManifestApplier> m_applier;
    QHash<KubeClient *, QPointer<Discovery>> m_discoveries;
    bool m_confirm = true;
};

} // namespace Ringside::Editor
