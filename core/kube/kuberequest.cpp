#include "kube/kuberequest.h"

namespace Ringside {

bool KubeRequest::isIdempotent() const
{
    if (idempotent) {
        return *idempotent;
    }
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

QStringList parseWarningHeaders(const QList<QByteArray> &values)
{
    QStringList out;
    for (const QByteArray &value : values) {
        // Split on commas outside quoted strings, then take each element's quoted text.
        qsizetype i = 0;
        const qsizetype n = value.size();
        while (i < n) {
            QByteArray text;
            bool haveText = false;
            bool inQuotes = false;
            qsizetype start = i;
            int quoted = 0; // how many quoted strings this element had; only the first (the text) is kept
            for (; i < n; ++i) {
                const char c = value.at(i);
                if (inQuotes) {
                    if (c == '\\' && i + 1 < n) {
                        ++i;
                        if (quoted == 1) {
                            text += value.at(i);
                        }
                    } else if (c == '"') {
                        inQuotes = false;
                    } else if (quoted == 1) {
                        text += c;
                    }
                } else if (c == '"') {
                    inQuotes = true;
                    haveText = true;
                    ++quoted;
                } else if (c == ',') {
                    break;
                }
            }
            if (haveText) {
                out.append(QString::fromUtf8(text));
            } else {
                const QByteArray raw = value.mid(start, i - start).trimmed();
                if (!raw.isEmpty()) {
                    out.append(QString::fromUtf8(raw));
                }
            }
            ++i; // skip the comma
        }
    }
    return out;
}

} // namespace Ringside
