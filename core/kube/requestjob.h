#pragma once

#include "kube/credentials.h"
#include "kube/kuberequest.h"
#include "kube/replyptr.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QNetworkAccessManager;

namespace Ringside {

class KubeClient;

/*! The one owner of one API request's QNetworkReply (STYLE rule 5), through its retries: waits for the rate
    limiter, fetches credentials, sends, maps failures to KubeError, retries what may be retried, and delivers
    exactly one result (or, for streams, data then one end) unless cancelled. Internal to KubeClient. \since 0.1 */
class RequestJob : public KubeJob
{
    Q_OBJECT
public:
    RequestJob(KubeClient *client, const KubeRequest &request, const QObject *context, bool stream);
    ~RequestJob() override;

    void setHandlers(ResponseHandler ok, ErrorHandler err);
    void setStreamHandlers(DataHandler data, StreamEndHandler done);
    void start();
    /*! Delivers \a error from the event loop (for requests refused before they are sent). */
    void failSoon(const KubeError &error);
    void cancel() override;

private:
    void attempt();
    void onCredentials(const Credentials &credentials);
    void onReadyRead();
    void onFinished();
    bool maybeRetry(const KubeError &error, bool allowed);
    void finishError(const KubeError &error);
    void finishOk(const KubeResponse &response);
    void finishStream(const std::optional<KubeError> &error);
    void teardown();
    KubeError networkError(QNetworkReply::NetworkError code, const QString &text) const;
    QStringList replyWarnings() const;

    QPointer<KubeClient> m_client;
    KubeRequest m_request;
    QPointer<const QObject> m_context;
    bool m_stream = false;
    ResponseHandler m_ok;
    ErrorHandler m_err;
    DataHandler m_data;
    StreamEndHandler m_done;

    ReplyPtr m_reply{nullptr, ReplyDeleter{this}};
    QNetworkAccessManager *m_streamNam = nullptr;
    Credentials m_credentials;
    bool m_authRetried = false;
    int m_retries = 0;
    bool m_streaming = false; //!< a 2xx stream whose bytes are being delivered
    bool m_statusKnown = false;
    bool m_timedOut = false;
    bool m_idledOut = false;
    QByteArray m_errorBody;
    QList<QSslError> m_sslErrors;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QTimer m_idleTimer;
};

} // namespace Ringside
