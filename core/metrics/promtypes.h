#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Ringside::Metrics {

/*! A set of Prometheus labels, `__name__` included when the server sent it. Sorted by name. \since 0.1 */
using Labels = QMap<QString, QString>;

/*! One time series of a result: its labels and its samples. A sample is a QPointF whose x is the Unix time in
    seconds (with the millisecond fraction Prometheus sends) and whose y is the value; NaN, +Inf and -Inf are kept
    as such. An instant vector element has exactly one sample. A cheap value type. \since 0.1 */
struct Series
{
    Labels labels;
    QList<QPointF> samples;
    /*! Native histogram samples were present and skipped (only float samples are read). */
    bool hadHistograms = false;

    /*! The value of the last sample, or NaN when there is none. */
    double lastValue() const;
    /*! The metric name (`__name__`), possibly empty. */
    QString name() const { return labels.value(QStringLiteral("__name__")); }
};

/*! The `resultType` of a query response. \since 0.1 */
enum class ResultType {
    Vector, //!< instant vector: one sample per series
    Matrix, //!< range vector: many samples per series
    Scalar, //!< a single number
    String, //!< a single string
};

/*! A parsed `/api/v1/query` or `/api/v1/query_range` answer. \since 0.1 */
struct QueryResult
{
    ResultType type = ResultType::Vector;
    QList<Series> series;  //!< for Vector and Matrix
    QPointF scalar;        //!< for Scalar (x: time, y: value)
    double stringTime = 0; //!< for String
    QString string;        //!< for String
    QStringList warnings;  //!< Prometheus' `warnings` (e.g. partial results from Thanos)
    QStringList infos;     //!< Prometheus' `infos` (annotations, Prometheus >= 2.46)

    /*! True when the result holds no series (vector/matrix) – the "empty result" a dashboard must explain. */
    bool isEmpty() const { return (type == ResultType::Vector || type == ResultType::Matrix) && series.isEmpty(); }
};

/*! An error of the Prometheus client. It always says which query (or API call) failed, where (the URL without
    credentials and without the query string), and why: the HTTP status, Prometheus' `errorType` and `error`, or
    the network/TLS/timeout failure. A cheap value type. \since 0.1 */
struct PromError
{
    enum class Kind {
        None,
        InvalidRequest, //!< rejected before sending (bad time range, too many points, empty query...)
        Network,        //!< connection refused, host not found, reset...
        Tls,            //!< certificate verification or handshake failure
        Timeout,        //!< no complete answer within the timeout
        Http,           //!< a non-2xx status without a Prometheus error body (proxy errors, 401, 404...)
        Server,         //!< Prometheus answered `"status":"error"` (bad_data, execution, timeout, ...)
        Protocol,       //!< the answer could not be read (not JSON, unexpected shape)
    };

    Kind kind = Kind::None;
    QString endpoint;      //!< the API call, e.g. "query_range", "series", "label/__name__/values"
    QString query;         //!< the PromQL (or the series matchers) that failed
    QUrl url;              //!< scheme, host, port and path; no user info, no query string
    QByteArray method;     //!< GET or POST
    int httpStatus = 0;    //!< 0 when no HTTP answer was received
    QString errorType;     //!< Prometheus' `errorType` (bad_data, execution, timeout, canceled, internal...)
    QString message;       //!< Prometheus' `error`, or the client-side/transport reason (translated)
    QStringList warnings;  //!< warnings that came with the failed answer

    bool isError() const { return kind != Kind::None; }
    /*! A one-paragraph, translated description naming the query, the endpoint and the cause. */
    QString toString() const;
};

/*! Helpers to read the Prometheus HTTP API's JSON. \since 0.1 */
namespace Json {

/*! Parses a sample value as Prometheus writes it: a decimal string, "NaN", "+Inf" or "-Inf". Sets \a ok. */
double parseValue(const QString &text, bool *ok);

/*! Parses a successful `query`/`query_range` body (`{"status":"success","data":{"resultType":...}}`). Returns
    nothing and sets \a error (translated) when the body is not such an answer. */
std::optional<QueryResult> parseQueryResponse(const QByteArray &body, QString *error);

/*! Parses a `series` body: a list of label sets. */
std::optional<QList<Labels>> parseSeriesResponse(const QByteArray &body, QString *error, QStringList *warnings = nullptr);

/*! Parses a `labels` or `label/NAME/values` body: a list of strings. */
std::optional<QStringList> parseStringListResponse(const QByteArray &body, QString *error, QStringList *warnings = nullptr);

/*! Reads Prometheus' error envelope (`{"status":"error","errorType":...,"error":...}`). Returns false when
    \a body is not one. */
bool parseErrorEnvelope(const QByteArray &body, QString *errorType, QString *message, QStringList *warnings);

} // namespace Json

} // namespace Ringside::Metrics

Q_DECLARE_METATYPE(Ringside::Metrics::Series)
Q_DECLARE_METATYPE(Ringside::Metrics::QueryResult)
Q_DECLARE_METATYPE(Ringside::Metrics::PromError)
