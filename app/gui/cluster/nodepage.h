#pragma once

#include "models/cluster/nodetoolrows.h"

#include <QHash>
#include <QPointer>
#include <QTabWidget>

#include <functional>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Ringside {
class KubeClient;
}

namespace Ringside::Cluster {

class RowTableModel;
class TablePanel;

/*! A node's page: nodetool info, tablestats, compactionstats, netstats and tpstats run in the node's cassandra
    container and shown as tables (parsed off the GUI thread by the core's typed parsers, with Refresh), and a cqlsh
    console (statements run with `cqlsh -e` as the cluster's superuser, output below, Up/Down for history).
    \since 0.1 */
class NodePage : public QTabWidget
{
    Q_OBJECT
public:
    /*! The node \a pod of \a nameSpace. cqlsh logs in with the superuser Secret of the pod's CassandraDatacenter
        (its spec.superuserSecretName, else `<clusterName>-superuser`), found when the first statement runs. */
    NodePage(KubeClient *client, const QString &context, const QString &nameSpace, const QString &pod, QWidget *parent = nullptr);
    ~NodePage() override;

    QString pod() const { return m_pod; }
    RowTableModel *model(NodetoolReport report) const { return m_models.value(int(report)); }
    TablePanel *panel(NodetoolReport report) const { return m_panels.value(int(report)); }
    QLineEdit *cqlInput() const { return m_input; }
    QPlainTextEdit *cqlOutput() const { return m_output; }
    QStringList cqlHistory() const { return m_history; }

    /*! Runs nodetool \a report again. */
    void refresh(NodetoolReport report);
    /*! Runs \a statement with cqlsh and appends the output to the console. */
    void runCql(const QString &statement);

Q_SIGNALS:
    /*! A nodetool report was read (or failed: \a error). */
    void reportRefreshed(Ringside::Cluster::NodetoolReport report, const QString &error);
    /*! A cqlsh statement finished. */
    void cqlFinished(const QString &statement, bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createConsole();
    void resolveSecret(std::function<void(const QString &secret, const QString &error)> then);

    QPointer<KubeClient> m_client;
    QString m_context;
    QString m_ns;
    QString m_pod;
    QString m_secret;
    QHash<int, RowTableModel *> m_models;
    QHash<int, TablePanel *> m_panels;
    QHash<int, bool> m_running;
    QLineEdit *m_input = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPushButton *m_run = nullptr;
    QStringList m_history;
    int m_historyPos = 0;
};

} // namespace Ringside::Cluster
