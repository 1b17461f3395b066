#include "kube/watchparser.h"

#include "coretr.h"

#include <QJsonDocument>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Ringside {

QString WatchEvent::resourceVersion() const
{
    return object.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
}

WatchEvent::Type WatchEvent::typeFromString(QByteArrayView type)
{
    if (type == "ADDED") {
        return Type::Added;
    }
    if (type == "MODIFIED") {
        return Type::Modified;
    }
    if (type == "DELETED") {
        return Type::Deleted;
    }
    if (type == "BOOKMARK") {
        return Type::Bookmark;
    }
    if (type == "ERROR") {
        return Type::Error;
    }
    return Type::Unknown;
}

void WatchParser::reset()
{
    m_buffer.clear();
    m_scan = 0;
    m_depth = 0;
    m_inString = false;
    m_escape = false;
}

bool WatchParser::decode(QByteArrayView json, WatchEvent *event, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = CoreTr::tr("malformed watch event: %1 at byte %2").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    const QString type = o.value(u"type"_s).toString();
    event->type = WatchEvent::typeFromString(type.toLatin1());
    if (event->type == WatchEvent::Type::Unknown) {
        *error = CoreTr::tr("unknown watch event type \"%1\"").arg(type);
        return false;
    }
    event->object = o.value(u"object"_s).toObject();
    return true;
}

bool WatchParser::feed(QByteArrayView data, QList<WatchEvent> *events, QString *error)
{
    // Fast path: nothing pending, so scan the new bytes in place and copy only an incomplete tail.
    const bool inPlace = m_buffer.isEmpty();
    const char *base = inPlace ? data.data() : nullptr;
    qsizetype size = data.size();
    if (!inPlace) {
        m_buffer.append(data.data(), data.size());
        base = m_buffer.constData();
        size = m_buffer.size();
    }
    qsizetype i = inPlace ? 0 : m_scan;
    qsizetype start = inPlace ? -1 : 0; // start of the current object; the buffer always begins at one
    if (!inPlace && m_depth == 0) {
        start = -1;
    }
    qsizetype consumed = 0;
    int depth = m_depth;
    bool inString = m_inString;
    bool escape = m_escape;
    for (; i < size; ++i) {
        if (inString) {
            // Most of a watch stream is string content: jump to the next quote or backslash.
            if (escape) {
                escape = false;
                continue;
            }
            const char *p = base + i;
            const size_t left = size_t(size - i);
            const auto *quote = static_cast<const char *>(std::memchr(p, '"', left));
            const auto *backslash = static_cast<const char *>(std::memchr(p, '\\', quote ? size_t(quote - p) : left));
            if (backslash) {
                i = backslash - base;
                escape = true;
            } else if (quote) {
                i = quote - base;
                inString = false;
            } else {
                i = size;
                break;
            }
            continue;
        }
        const char c = base[i];
        switch (c) {
        case '"':
            if (depth == 0) {
                *error = CoreTr::tr("malformed watch stream: a string outside an event");
                return false;
            }
            inString = true;
            break;
        case '{':
        case '[':
            if (depth == 0) {
                if (c == '[') {
                    *error = CoreTr::tr("malformed watch stream: an array where an event was expected");
                    return false;
                }
                start = i;
            }
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == 0) {
                *error = CoreTr::tr("malformed watch stream: an unbalanced bracket");
                return false;
            }
            if (--depth == 0) {
                WatchEvent e;
                if (!decode(QByteArrayView(base + start, i + 1 - start), &e, error)) {
                    return false;
                }
                events->append(std::move(e));
                consumed = i + 1;
                start = -1;
            }
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            if (depth == 0) {
                consumed = i + 1;
            }
            break;
        default:
            if (depth == 0) {
                *error = CoreTr::tr("malformed watch stream: unexpected byte 0x%1 between events").arg(quint8(c), 2, 16, QLatin1Char('0'));
                return false;
            }
            break;
        }
    }
    m_depth = depth;
    m_inString = inString;
    m_escape = escape;
    if (inPlace) {
        if (consumed < size) {
            m_buffer = QByteArray(data.data() + consumed, size - consumed);
        }
        m_scan = m_buffer.size();
    } else {
        m_buffer.remove(0, consumed);
        m_scan = m_buffer.size();
    }
    return true;
}

} // namespace Ringside
