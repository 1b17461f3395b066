#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Ringside {

/*! One event of a Kubernetes watch stream. \since 0.1 */
struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error, Unknown };
    Type type = Type::Unknown;
    QJsonObject object; //!< the object, or a Status for Error events

    /*! For Error events: the Status code (410 means the resourceVersion is too old: relist). */
    int errorCode() const { return object.value(QLatin1String("code")).toInt(); }
    /*! metadata.resourceVersion of the object (for Bookmark events too). */
    QString resourceVersion() const;
    static Type typeFromString(QByteArrayView type);
};

/*! Splits a watch response body into events incrementally, however the bytes arrive: an event split across
    many reads, or several events in one read. The stream is a sequence of JSON objects (the API server writes one
    per line; lines are not relied upon). A scanner tracks object boundaries, strings and escapes across reads so
    that each byte is looked at once. \since 0.1 */
class WatchParser
{
public:
    /*! Consumes \a data and appends the completed events to \a events. Returns false, with \a error set, when the
        stream is not a sequence of watch events; the parser must then be reset. */
    bool feed(QByteArrayView data, QList<WatchEvent> *events, QString *error);

    /*! Forgets a partial event (after the stream broke off). */
    void reset();

    /*! Bytes of an incomplete event held back. */
    qsizetype pendingBytes() const { return m_buffer.size(); }

    /*! Decodes one complete event object. */
    static bool decode(QByteArrayView json, WatchEvent *event, QString *error);

private:
    QByteArray m_buffer; //!< from the start of the current (incomplete) object
    qsizetype m_scan = 0; //!< how far m_buffer has been scanned
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
};

} // namespace Ringside

Q_DECLARE_METATYPE(Ringside::WatchEvent)
