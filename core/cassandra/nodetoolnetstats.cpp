#include "cassandra/nodetoolnetstats.h"

#include "coretr.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Ringside::Cassandra {

namespace {

std::optional<qint64> sizeOrCount(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u" bytes")) {
        text.chop(6);
    }
    if (const auto n = parseInteger(text)) {
        return n;
    }
    return parseByteSize(text);
}

} // namespace

QJsonObject StreamFile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("currentBytes"), jsonCount(currentBytes));
    o.insert(QStringLiteral("totalBytes"), jsonCount(totalBytes));
    o.insert(QStringLiteral("percent"), jsonCount(percent));
    o.insert(QStringLiteral("direction"), outgoing ? QStringLiteral("sent") : QStringLiteral("received"));
    o.insert(QStringLiteral("peer"), peer);
    o.insert(QStringLiteral("sessionIndex"), jsonCount(sessionIndex));
    return o;
}

QJsonObject StreamProgress::toJson() const
{
    QJsonArray f;
    for (const StreamFile &file : files) {
        f.append(file.toJson());
    }
    QJsonObject o;
    o.insert(QStringLiteral("totalFiles"), jsonCount(totalFiles));
    o.insert(QStringLiteral("totalBytes"), jsonCount(totalBytes));
    o.insert(QStringLiteral("doneFiles"), jsonCount(doneFiles));
    o.insert(QStringLiteral("doneBytes"), jsonCount(doneBytes));
    o.insert(QStringLiteral("files"), f);
    return o;
}

QJsonObject StreamSession::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("peer"), peer);
    if (!connecting.isEmpty()) {
        o.insert(QStringLiteral("connecting"), connecting);
    }
    if (receiving.present) {
        o.insert(QStringLiteral("receiving"), receiving.toJson());
    }
    if (sending.present) {
        o.insert(QStringLiteral("sending"), sending.toJson());
    }
    return o;
}

QJsonObject StreamPlan::toJson() const
{
    QJsonArray s;
    for (const StreamSession &session : sessions) {
        s.append(session.toJson());
    }
    return QJsonObject{
        {QStringLiteral("operation"), operation}, {QStringLiteral("planId"), planId}, {QStringLiteral("sessions"), s}};
}

QJsonObject MessagePoolStats::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("active"), jsonCount(active));
    o.insert(QStringLiteral("pending"), jsonCount(pending));
    o.insert(QStringLiteral("completed"), jsonCount(completed));
    o.insert(QStringLiteral("dropped"), jsonCount(dropped));
    return o;
}

QJsonObject NetStatsReport::toJson() const
{
    QJsonArray s;
    for (const StreamPlan &plan : streams) {
        s.append(plan.toJson());
    }
    QJsonArray p;
    for (const MessagePoolStats &pool : pools) {
        p.append(pool.toJson());
    }
    QJsonObject o;
    o.insert(QStringLiteral("mode"), mode);
    o.insert(QStringLiteral("streams"), s);
    o.insert(QStringLiteral("hasReadRepair"), hasReadRepair);
    if (hasReadRepair) {
        o.insert(QStringLiteral("readRepairAttempted"), jsonCount(readRepairAttempted));
        o.insert(QStringLiteral("readRepairMismatchBlocking"), jsonCount(readRepairMismatchBlocking));
        o.insert(QStringLiteral("readRepairMismatchBackground"), jsonCount(readRepairMismatchBackground));
    }
    o.insert(QStringLiteral("pools"), p);
    return o;
}

ParseResult<NetStatsReport> parseNetStats(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("nodetool netstats")); failure.isError()) {
        return failure;
    }
    static const QRegularExpression summaryRe(
        QStringLiteral("^(Receiving|Sending) (\\d+) files, (.+?) total\\. Already (?:received|sent) (\\d+) files(?: "
                       "\\([^)]*\\))?, (.+?) total(?: \\([^)]*\\))?\\s*$"));
    static const QRegularExpression fileRe(
        QStringLiteral("^(.+) (\\d+)/(\\d+) bytes ?\\((\\d+)%\\) (sent to|received from) idx:(\\d+)(.*)$"));

    NetStatsReport r;
    bool sawMode = false;
    bool inPools = false;
    StreamProgress *progress = nullptr;
    const QList<QStringView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QStringView raw = lines[i];
        const QStringView line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (line.startsWith(u"Mode:")) {
            r.mode = line.sliced(5).trimmed().toString();
            sawMode = true;
            continue;
        }
        if (!sawMode) {
            return unexpectedLine(lineNo, line, CoreTr::tr("\"Mode: <mode>\""));
        }
        if (line == u"Not sending any streams.") {
            continue;
        }
        if (line == u"Read Repair Statistics:") {
            r.hasReadRepair = true;
            continue;
        }
        if (line.startsWith(u"Attempted:") || line.startsWith(u"Mismatch (Blocking):")
            || line.startsWith(u"Mismatch (Background):")) {
            const auto n = parseInteger(line.sliced(line.indexOf(u':') + 1));
            if (!n) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a read repair count"));
            }
            (line.startsWith(u"Attempted:")             ? r.readRepairAttempted
             : line.startsWith(u"Mismatch (Blocking):") ? r.readRepairMismatchBlocking
                                                        : r.readRepairMismatchBackground)
                = *n;
            continue;
        }
        if (line.startsWith(u"Pool Name")) {
            inPools = true;
            continue;
        }
        if (inPools) {
            const QList<QStringView> f = splitFields(line);
            if (f.size() < 5) {
                return unexpectedLine(lineNo, line,
                                      CoreTr::tr("a message pool row (name, active, pending, completed, dropped)"));
            }
            MessagePoolStats pool;
            QStringList name;
            for (qsizetype k = 0; k < f.size() - 4; ++k) {
                name.append(f[k].toString());
            }
            pool.name = name.join(u' ');
            const qsizetype n = f.size();
            const auto pending = parseInteger(f[n - 3]);
            const auto completed = parseInteger(f[n - 2]);
            const auto dropped = parseInteger(f[n - 1]);
            const auto active = parseInteger(f[n - 4]);
            if (!pending || !completed || !dropped || (!active && f[n - 4] != u"n/a")) {
                return unexpectedLine(lineNo, line, CoreTr::tr("numbers (or n/a) in the message pool row"));
            }
            pool.active = active.value_or(-1);
            pool.pending = *pending;
            pool.completed = *completed;
            pool.dropped = *dropped;
            r.pools.append(pool);
            continue;
        }
        if (const QRegularExpressionMatch m = fileRe.matchView(line); m.hasMatch()) {
            if (!progress) {
                return unexpectedLine(lineNo, line,
                                      CoreTr::tr("a \"Receiving\" or \"Sending\" line before the file list"));
            }
            StreamFile f;
            f.path = m.captured(1);
            f.currentBytes = m.captured(2).toLongLong();
            f.totalBytes = m.captured(3).toLongLong();
            f.percent = m.captured(4).toInt();
            f.outgoing = m.captured(5) == u"sent to";
            f.sessionIndex = m.captured(6).toInt();
            f.peer = m.captured(7).trimmed();
            progress->files.append(f);
            continue;
        }
        if (const QRegularExpressionMatch m = summaryRe.matchView(line); m.hasMatch()) {
            if (r.streams.isEmpty() || r.streams.last().sessions.isEmpty()) {
                return unexpectedLine(lineNo, line,
                                      CoreTr::tr("a stream session peer before \"%1\"").arg(m.captured(1)));
            }
            StreamSession &session = r.streams.last().sessions.last();
            progress = m.captured(1) == u"Receiving" ? &session.receiving : &session.sending;
            progress->present = true;
            const auto totalBytes = sizeOrCount(m.captured(3));
            const auto doneBytes = sizeOrCount(m.captured(5));
            if (!totalBytes || !doneBytes) {
                return unexpectedLine(lineNo, line, CoreTr::tr("byte counts in the stream summary"));
            }
            progress->totalFiles = m.captured(2).toLongLong();
            progress->totalBytes = *totalBytes;
            progress->doneFiles = m.captured(4).toLongLong();
            progress->doneBytes = *doneBytes;
            continue;
        }
        const bool indented = raw.startsWith(u' ') || raw.startsWith(u'\t');
        if (indented) {
            if (r.streams.isEmpty()) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a stream plan line before its sessions"));
            }
            StreamSession session;
            const qsizetype using_ = line.indexOf(u" (using ");
            if (using_ > 0 && line.endsWith(u')')) {
                session.peer = line.first(using_).toString();
                session.connecting = line.sliced(using_ + 8, line.size() - using_ - 9).toString();
            } else {
                session.peer = line.toString();
            }
            r.streams.last().sessions.append(session);
            progress = nullptr;
            continue;
        }
        const qsizetype space = line.lastIndexOf(u' ');
        if (space <= 0 || !isUuid(line.sliced(space + 1))) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a stream plan such as \"Repair <uuid>\""));
        }
        StreamPlan plan;
        plan.operation = line.first(space).toString();
        plan.planId = line.sliced(space + 1).toString();
        r.streams.append(plan);
        progress = nullptr;
    }
    if (!sawMode) {
        ParseError e;
        e.message = CoreTr::tr("no \"Mode:\" line in nodetool netstats output");
        return e;
    }
    return r;
}

} // namespace Ringside::Cassandra
