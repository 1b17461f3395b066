#pragma once

// The Data API of a Mission Control cluster (workshop Lab 2, steps 5–6): enable or disable it (a guarded merge patch of
// spec.dataApi, sent like every operation: read-only check, permission check, dry run, history), see its service and
// pod, read the superuser's token (hidden unless asked, with Copy), port-forward to it (the local URL and the
// Swagger UI link) and create a keyspace through it.

#include "cassandra/ops/guard.h"
#include "cassandra/ops/history.h"
#include "cassandra/services/dataapi.h"

#include <QDialog>
#include <QNetworkAccessManager>
#include <QPointer>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkReply;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Ringside {
class KubeClient;
class PortForwarder;
} // namespace Ringside

namespace Ringside::Operations {
class OperationRunner;
}

namespace Ringside::Services {

/*! One cluster's Data API. \since 0.1 */
class DataApiDialog : public QDialog
{
    Q_OBJECT
public:
    using ClientResolver = std::function<KubeClient *(const QString &context, QString *why)>;

    struct Options
    {
        QString context;
        QString nameSpace;
        QString cluster;
        Cassandra::Ops::WriteGuard guard;
        Cassandra::Ops::OperationHistory history;
        int pollMs = 1000; //!< how often the service is looked for while it comes up
    };

    DataApiDialog(const Options &options, ClientResolver clients, QWidget *parent = nullptr);
    ~DataApiDialog() override;

    /*! What the dialog knows of the Data API now: no service (not enabled, or not deployed yet), a service without a
        running pod, or running. */
    enum class State { Unknown, NotDeployed, Starting, Running };
    Q_ENUM(State)
    State state() const { return m_state; }
    Cassandra::Services::DataApiEndpoint endpoint() const { return m_endpoint; }
    QString backendPod() const { return m_backend.pod; }
    bool hasToken() const { return m_token.isValid(); }
    bool isForwarding() const;
    quint16 localPort() const;
    /*! http://127.0.0.1:PORT/v1 while forwarding, else empty. */
    QString localUrl() const;

    QLabel *statusLabel() const { return m_status; }
    QPushButton *enableButton() const { return m_enable; }
    QPushButton *disableButton() const { return m_disable; }
    QPushButton *tokenButton() const { return m_tokenButton; }
    QLineEdit *tokenEdit() const { return m_tokenEdit; }
    QCheckBox *showTokenCheck() const { return m_showToken; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *forwardButton() const { return m_forward; }
    QLabel *urlLabel() const { return m_url; }
    QLineEdit *keyspaceEdit() const { return m_keyspace; }
    QPushButton *createKeyspaceButton() const { return m_createKeyspace; }
    QPlainTextEdit *responseView() const { return m_response; }

    /*! Reads the service and its pod now. */
    void refresh();

Q_SIGNALS:
    /*! refresh() finished (state() says what was found). */
    void refreshed();
    /*! Enabling or disabling finished. */
    void enableFinished(bool ok, const QString &message);
    void tokenRead(bool ok, const QString &error);
    void forwardChanged(bool running, const QString &message);
    /*! The Data API answered a request (\a ok: HTTP 2xx without "errors" in the body). */
    void requestFinished(bool ok, const QString &body);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setDataApiEnabled(bool enable);
    void readToken(std::function<void()> then = {});
    void toggleForward();
    void createKeyspace();
    void post(const QByteArray &body);
    void onReplyFinished();
    void updateUi();
    void showMessage(const QString &text, bool error);
    bool m_messageIsError = false;

    Options m_options;
    ClientResolver m_clients;
    State m_state = State::Unknown;
    Cassandra::Services::DataApiEndpoint m_endpoint;
    Cassandra::Services::ServiceBackend m_backend;
    Cassandra::Services::DataApiToken m_token;
    bool m_refreshing = false;
    bool m_busy = false;
    QPointer<Operations::OperationRunner> m_runner;
    std::unique_ptr<PortForwarder> m_forwarder;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QNetworkReply> m_reply; //!< the one request in flight (STYLE rule 5)
    QTimer *m_poll;
    State m_goal = State::Unknown; //!< while enabling or disabling: the state polled for
    qint64 m_goalDeadline = 0;

    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_enable;
    QPushButton *m_disable;
    QPushButton *m_tokenButton;
    QLineEdit *m_tokenEdit;
    QCheckBox *m_showToken;
    QPushButton *m_copy;
    QPushButton *m_forward;
    QLabel *m_url;
    QLineEdit *m_keyspace;
    QPushButton *m_createKeyspace;
    QPlainTextEdit *m_response;
};

} // namespace Ringside::Services
