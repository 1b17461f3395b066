#pragma once

// "New Project…": a Mission Control project is a Namespace labelled mission-control.datastax.com/is-project=true with
// its display name in the mission-control.datastax.com/project-name annotation. The dialog server-side applies it.

#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ringside {
class KubeClient;
}

namespace Ringside::Services {

/*! The Namespace object of project \a displayName in namespace \a name, as Mission Control labels it. \since 0.1 */
QJsonObject projectNamespace(const QString &name, const QString &displayName);

/*! A namespace name for \a displayName: lower case, runs of other characters as one '-', at most 63 characters
    (DNS-1123 label). Empty when nothing usable is left. \since 0.1 */
QString namespaceNameFor(const QString &displayName);

/*! Why \a name is not a valid namespace name (translated), or empty. \since 0.1 */
QString namespaceNameError(const QString &name);

/*! The permissions creating project namespace \a name in \a context needs: create namespaces (cluster-scoped) and
    patch the namespace (server-side apply). \since 0.1 */
QList<Cassandra::Ops::AccessCheck> projectAccessChecks(const QString &context, const QString &name);

/*! The operation key of project creation in the operation history. \since 0.1 */
QString projectOperationKey();

/*! Creates a project (a labelled Namespace) in a context with server-side apply, after asking the server
    (SelfSubjectAccessReview) whether the user may; every outcome is recorded in the operation history. \since 0.1 */
class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    using ClientResolver = std::function<KubeClient *(const QString &context, QString *why)>;

    ProjectDialog(const QStringList &contexts, const QString &context, const Cassandra::Ops::WriteGuard &guard,
                  ClientResolver clients, QWidget *parent = nullptr);

    QComboBox *contextCombo() const { return m_context; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *namespaceEdit() const { return m_namespace; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *createButton() const { return m_create; }
    /*! What is wrong with the fields now (translated), or empty. */
    QString problem() const;
    /*! Where outcomes are recorded (default: the user's operation history). */
    void setHistory(const Cassandra::Ops::OperationHistory &history) { m_history = history; }
    const Cassandra::Ops::OperationHistory &history() const { return m_history; }

Q_SIGNALS:
    /*! The Namespace was applied in \a context. */
    void projectCreated(const QString &context, const QString &nameSpace);
    /*! Creating \a nameSpace ended without a namespace: \a refused when the server said the user may not
        (nothing was sent), else it failed; \a message says why (translated). */
    void projectFailed(const QString &nameSpace, bool refused, const QString &message);

private:
    void onDisplayNameEdited(const QString &text);
    void validate();
    void create();
    void checkAccess(KubeClient *client, const QList<Cassandra::Ops::AccessCheck> &checks, int index);
    void apply(KubeClient *client);
    void fail(bool refused, const QString &message);
    void record(const QString &result, const QString &message) const;

    Cassandra::Ops::WriteGuard m_guard;
    Cassandra::Ops::OperationHistory m_history;
    QString m_pendingContext;
    QString m_pendingNamespace;
    QString m_pendingDisplayName;
    ClientResolver m_clients;
    QComboBox *m_context;
    QLineEdit *m_displayName;
    QLineEdit *m_namespace;
    QLabel *m_error;
    QPushButton *m_create;
    QDialogButtonBox *m_buttons;
    bool m_namespaceEdited = false;
    bool m_busy = false;
};

} // namespace Ringside::Services
