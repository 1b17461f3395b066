#pragma once

#include "kube/credentials.h"
#include "kube/kuberequest.h"

#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <functional>

class QWebSocket;

namespace Ringside {

class KubeClient;

/*! Opens one WebSocket to the API server (exec, attach, port-forward) with the client's TLS configuration,
    proxy and credentials, offering \a subprotocols in order of preference. A 401 fetches credentials again and
    retries once. tls-server-name is honoured by verifying the certificate against that name. On success the
    socket is handed over (the receiver owns it). Internal to KubeClient::openWebSocket. \since 0.1 */
class WebSocketJob : public KubeJob
{
    Q_OBJECT
public:
    using Connected = std::function<void(QWebSocket *)>;
    WebSocketJob(KubeClient *client, const KubeRequest &request, const QStringList &subprotocols, const QObject *context,
                 Connected connected, ErrorHandler err);
    ~WebSocketJob() override;
    void start();
    void cancel() override;

    /*! True when \a certificate names \a host (DNS SANs, wildcards, or the CN when there are none). */
    static bool certificateMatches(const QSslCertificate &certificate, const QString &host);

private:
    void attempt();
    void open(const Credentials &credentials);
    void onError();
    void fail(const KubeError &error);

    QPointer<KubeClient> m_client;
    KubeRequest m_request;
    QStringList m_subprotocols;
    QPointer<const QObject> m_context;
    Connected m_connected;
    ErrorHandler m_err;
    QWebSocket *m_socket = nullptr;
    Credentials m_credentials;
    bool m_authRetried = false;
    bool m_unauthorized = false;
    QList<QSslError> m_sslErrors;
    QTimer m_deadline;
};

} // namespace Ringside
