#include "models/logs/logrecord.h"

namespace Ringside::Logs {

namespace {

qsizetype utf8Length(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            n += 1;
        } else if (c < 0x800) {
            n += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            n += 4;
            ++i;
        } else {
            n += 3;
        }
    }
    return n;
}

} // namespace

QByteArrayView LogRecord::firstLine() const
{
    const qsizetype nl = text.indexOf('\n');
    return nl < 0 ? QByteArrayView(text) : QByteArrayView(text).first(nl);
}

QByteArrayView LogRecord::lineAt(int index) const
{
    qsizetype start = 0;
    for (int i = 0; i < index; ++i) {
        const qsizetype nl = text.indexOf('\n', start);
        if (nl < 0) {
            return {};
        }
        start = nl + 1;
    }
    const qsizetype nl = text.indexOf('\n', start);
    return QByteArrayView(text).sliced(start, (nl < 0 ? text.size() : nl) - start);
}

QByteArrayView LogRecord::message() const
{
    const QByteArrayView first = firstLine();
    return first.sliced(std::min<qsizetype>(messageOffset, first.size()));
}

LogRecord toRecord(const Cassandra::LogEntry &entry, quint16 source)
{
    LogRecord r;
    r.text = entry.text.toUtf8();
    r.thread = entry.thread;
    r.file = entry.file;
    const QDateTime t = entry.effectiveTime();
    r.time = t.isValid() ? t.toMSecsSinceEpoch() : LogRecord::NoTime;
    r.line = entry.line;
    r.lineCount = entry.lineCount;
    const qsizetype offset = std::min<qsizetype>(entry.messageOffset, entry.text.size());
    r.messageOffset = r.text.size() == entry.text.size() ? qint32(offset)
                                                          : qint32(utf8Length(QStringView(entry.text).first(offset)));
    r.source = source;
    r.level = entry.level;
    return r;
}

LogRecord markerRecord(const QString &text, qint64 msecs, quint16 source)
{
    LogRecord r;
    r.text = text.toUtf8();
    r.time = msecs;
    r.source = source;
    r.kind = RecordKind::Marker;
    return r;
}

qsizetype utf16Length(QByteArrayView utf8)
{
    qsizetype n = 0;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80) {
            n += b >= 0xF0 ? 2 : 1; // a 4-byte sequence is a surrogate pair
        }
    }
    return n;
}

} // namespace Ringside::Logs
