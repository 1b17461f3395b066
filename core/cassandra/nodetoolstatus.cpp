#include "cassandra/nodetoolstatus.h"

#include "coretr.h"

#include <QJsonArray>

namespace Ringside::Cassandra {

namespace {

bool isSizeUnit(QStringView field)
{
    static constexpr const char16_t *units[]
        = {u"bytes", u"B", u"KB", u"KiB", u"MB", u"MiB", u"GB", u"GiB", u"TB", u"TiB", u"PB", u"PiB"};
    for (const char16_t *u : units) {
        if (field == QStringView(u)) {
            return true;
        }
    }
    return false;
}

// Reads the load at fields[index] ("?", "1.23 MiB" over two fields, or "123.4KB" in one); advances index.
bool takeLoad(const QList<QStringView> &fields, qsizetype &index, DataSize &load)
{
    if (index >= fields.size()) {
        return false;
    }
    QString text = fields[index].toString();
    ++index;
    if (index < fields.size() && isSizeUnit(fields[index])) {
        text += u' ' + fields[index].toString();
        ++index;
    }
    load = dataSize(text);
    return load.isKnown() || text == u"?";
}

bool takeOwns(QStringView field, std::optional<double> &owns)
{
    if (field == u"?") {
        owns.reset();
        return true;
    }
    if (!field.endsWith(u'%')) {
        return false;
    }
    owns = parsePercent(field);
    return owns.has_value();
}

QString hostIdText(QStringView field)
{
    return (field == u"null" || field == u"?") ? QString() : field.toString();
}

NodeStatus statusFromLetter(QChar c)
{
    if (c == u'U') {
        return NodeStatus::Up;
    }
    if (c == u'D') {
        return NodeStatus::Down;
    }
    return NodeStatus::Unknown;
}

NodeState stateFromLetter(QChar c)
{
    switch (c.unicode()) {
    case u'N': return NodeState::Normal;
    case u'L': return NodeState::Leaving;
    case u'J': return NodeState::Joining;
    case u'M': return NodeState::Moving;
    default: return NodeState::Unknown;
    }
}

bool isStatusCode(QStringView field)
{
    return field.size() == 2 && QStringView(u"UD?").contains(field[0]) && QStringView(u"NLJM?").contains(field[1]);
}

bool isLegendLine(QStringView line)
{
    return line.startsWith(u"Status=Up/Down") || line.startsWith(u"|/ State=")
           || (!line.isEmpty() && line.count(u'=') == line.size());
}

} // namespace

QString nodeStatusName(NodeStatus status)
{
    switch (status) {
    case NodeStatus::Up: return QStringLiteral("Up");
    case NodeStatus::Down: return QStringLiteral("Down");
    case NodeStatus::Unknown: break;
    }
    return QStringLiteral("?");
}

QString nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::Normal: return QStringLiteral("Normal");
    case NodeState::Leaving: return QStringLiteral("Leaving");
    case NodeState::Joining: return QStringLiteral("Joining");
    case NodeState::Moving: return QStringLiteral("Moving");
    case NodeState::Unknown: break;
    }
    return QStringLiteral("?");
}

QString StatusNode::code() const
{
    const QString s = status == NodeStatus::Unknown ? QStringLiteral("?") : nodeStatusName(status).left(1);
    const QString t = state == NodeState::Unknown ? QStringLiteral("?") : nodeStateName(state).left(1);
    return s + t;
}

QJsonObject StatusNode::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), nodeStatusName(status));
    o.insert(QStringLiteral("state"), nodeStateName(state));
    o.insert(QStringLiteral("code"), code());
    o.insert(QStringLiteral("address"), address);
    o.insert(QStringLiteral("load"), load.toJson());
    o.insert(QStringLiteral("tokens"), jsonCount(tokens));
    if (!token.isEmpty()) {
        o.insert(QStringLiteral("token"), token);
    }
    o.insert(QStringLiteral("owns"), jsonOptional(owns));
    o.insert(QStringLiteral("hostId"), hostId);
    o.insert(QStringLiteral("rack"), rack);
    return o;
}

QJsonObject StatusDatacenter::toJson() const
{
    QJsonArray n;
    for (const StatusNode &node : nodes) {
        n.append(node.toJson());
    }
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("nodes"), n}};
}

int StatusReport::nodeCount() const
{
    int n = 0;
    for (const StatusDatacenter &dc : datacenters) {
        n += int(dc.nodes.size());
    }
    return n;
}

int StatusReport::upNormalCount() const
{
    int n = 0;
    for (const StatusDatacenter &dc : datacenters) {
        for (const StatusNode &node : dc.nodes) {
            n += (node.status == NodeStatus::Up && node.state == NodeState::Normal) ? 1 : 0;
        }
    }
    return n;
}

const StatusNode *StatusReport::findNode(const QString &address) const
{
    for (const StatusDatacenter &dc : datacenters) {
        for (const StatusNode &node : dc.nodes) {
            if (node.address == address) {
                return &node;
            }
        }
    }
    return nullptr;
}

QJsonObject StatusReport::toJson() const
{
    QJsonArray dcs;
    for (const StatusDatacenter &dc : datacenters) {
        dcs.append(dc.toJson());
    }
    QJsonObject o;
    o.insert(QStringLiteral("datacenters"), dcs);
    o.insert(QStringLiteral("effectiveOwnership"), effectiveOwnership);
    o.insert(QStringLiteral("tokenPerNode"), tokenPerNode);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

ParseResult<StatusReport> parseStatus(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("nodetool status")); failure.isError()) {
        return failure;
    }
    StatusReport report;
    bool haveHeader = false;
    bool countLayout = true;
    const QList<QStringView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty() || isLegendLine(line)) {
            continue;
        }
        if (line.startsWith(u"Datacenter:")) {
            StatusDatacenter dc;
            dc.name = line.sliced(11).trimmed().toString();
            if (dc.name.isEmpty()) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a datacenter name after \"Datacenter:\""));
            }
            report.datacenters.append(dc);
            haveHeader = false;
            continue;
        }
        if (line.startsWith(u"Note:") || line.startsWith(u"Warning:")) {
            report.notes.append(line.sliced(line.indexOf(u':') + 1).trimmed().toString());
            continue;
        }
        if (line.startsWith(u"--")) {
            if (report.datacenters.isEmpty()) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a \"Datacenter:\" line before the column header"));
            }
            if (!line.contains(u"Address") || !line.contains(u"Host ID") || !line.contains(u"Owns")) {
                return unexpectedLine(lineNo, line,
                                      CoreTr::tr("the column header (Address, Load, Owns, Host ID, Rack)"));
            }
            countLayout = line.contains(u"Tokens");
            report.tokenPerNode = !countLayout;
            report.effectiveOwnership = line.contains(u"Owns (effective)");
            haveHeader = true;
            continue;
        }
        const QList<QStringView> fields = splitFields(line);
        if (fields.isEmpty() || !isStatusCode(fields[0])) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a node row starting with a status code such as UN or DN"));
        }
        if (!haveHeader) {
            return unexpectedLine(lineNo, line, CoreTr::tr("the column header before the first node row"));
        }
        StatusNode node;
        node.status = statusFromLetter(fields[0][0]);
        node.state = stateFromLetter(fields[0][1]);
        qsizetype f = 1;
        if (f >= fields.size()) {
            return unexpectedLine(lineNo, line, CoreTr::tr("an address after the status code"));
        }
        node.address = fields[f++].toString();
        if (!takeLoad(fields, f, node.load)) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a load such as \"1.5 MiB\" or \"?\""));
        }
        if (countLayout) {
            const std::optional<qint64> tokens = f < fields.size() ? parseInteger(fields[f]) : std::nullopt;
            if (!tokens || *tokens < 0) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a token count"));
            }
            node.tokens = int(*tokens);
            ++f;
        } else {
            node.tokens = 1;
        }
        if (f >= fields.size() || !takeOwns(fields[f], node.owns)) {
            return unexpectedLine(lineNo, line, CoreTr::tr("an ownership such as \"33.3%\" or \"?\""));
        }
        ++f;
        // Host ID, [token,] rack. A node without a host ID prints an empty cell (TableBuilder) or "null".
        const bool hasHostId = f < fields.size() && (isUuid(fields[f]) || fields[f] == u"null" || fields[f] == u"?");
        const qsizetype needed = (hasHostId ? 1 : 0) + (countLayout ? 1 : 2);
        if (fields.size() - f < needed) {
            return unexpectedLine(lineNo, line,
                                  countLayout ? CoreTr::tr("a host ID and a rack")
                                              : CoreTr::tr("a host ID, a token and a rack"));
        }
        if (hasHostId) {
            node.hostId = hostIdText(fields[f++]);
        }
        if (!countLayout) {
            node.token = fields[f++].toString();
        }
        QStringList rack;
        for (; f < fields.size(); ++f) {
            rack.append(fields[f].toString());
        }
        node.rack = rack.join(u' ');
        report.datacenters.last().nodes.append(node);
    }
    if (report.datacenters.isEmpty()) {
        ParseError e;
        e.message = CoreTr::tr("no \"Datacenter:\" section in nodetool status output");
        return e;
    }
    return report;
}

QJsonObject RingEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("address"), address);
    o.insert(QStringLiteral("rack"), rack);
    o.insert(QStringLiteral("status"), nodeStatusName(status));
    o.insert(QStringLiteral("state"), nodeStateName(state));
    o.insert(QStringLiteral("load"), load.toJson());
    o.insert(QStringLiteral("owns"), jsonOptional(owns));
    o.insert(QStringLiteral("token"), token);
    return o;
}

QJsonObject RingDatacenter::toJson() const
{
    QJsonArray e;
    for (const RingEntry &entry : entries) {
        e.append(entry.toJson());
    }
    return QJsonObject{
        {QStringLiteral("name"), name}, {QStringLiteral("wrapToken"), wrapToken}, {QStringLiteral("entries"), e}};
}

QJsonObject RingReport::toJson() const
{
    QJsonArray dcs;
    for (const RingDatacenter &dc : datacenters) {
        dcs.append(dc.toJson());
    }
    return QJsonObject{{QStringLiteral("datacenters"), dcs},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

ParseResult<RingReport> parseRing(QStringView text)
{
    if (const ParseError failure = detectToolFailure(text, QStringLiteral("nodetool ring")); failure.isError()) {
        return failure;
    }
    RingReport report;
    bool haveHeader = false;
    const QList<QStringView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty() || isLegendLine(line)) {
            continue;
        }
        if (line.startsWith(u"Datacenter:")) {
            RingDatacenter dc;
            dc.name = line.sliced(11).trimmed().toString();
            report.datacenters.append(dc);
            haveHeader = false;
            continue;
        }
        if (line.startsWith(u"Note:") || line.startsWith(u"Warning:")) {
            report.notes.append(line.sliced(line.indexOf(u':') + 1).trimmed().toString());
            continue;
        }
        if (line.startsWith(u"Address") && line.contains(u"Token")) {
            if (report.datacenters.isEmpty()) {
                return unexpectedLine(lineNo, line, CoreTr::tr("a \"Datacenter:\" line before the column header"));
            }
            haveHeader = true;
            continue;
        }
        if (!haveHeader) {
            return unexpectedLine(
                lineNo, line, CoreTr::tr("the ring column header (Address, Rack, Status, State, Load, Owns, Token)"));
        }
        const QList<QStringView> fields = splitFields(line);
        RingDatacenter &dc = report.datacenters.last();
        if (fields.size() == 1 && dc.entries.isEmpty() && dc.wrapToken.isEmpty()) {
            dc.wrapToken = fields[0].toString();
            continue;
        }
        if (fields.size() < 7) {
            return unexpectedLine(lineNo, line,
                                  CoreTr::tr("a ring row with address, rack, status, state, load, owns and token"));
        }
        RingEntry entry;
        qsizetype f = 0;
        entry.address = fields[f++].toString();
        entry.rack = fields[f++].toString();
        const QStringView status = fields[f++];
        entry.status = status == u"Up" ? NodeStatus::Up : status == u"Down" ? NodeStatus::Down : NodeStatus::Unknown;
        const QStringView state = fields[f++];
        entry.state = state == u"Normal"    ? NodeState::Normal
                      : state == u"Leaving" ? NodeState::Leaving
                      : state == u"Joining" ? NodeState::Joining
                      : state == u"Moving"  ? NodeState::Moving
                                            : NodeState::Unknown;
        if (entry.status == NodeStatus::Unknown && status != u"?") {
            return unexpectedLine(lineNo, line, CoreTr::tr("a status of Up, Down or ?"));
        }
        if (entry.state == NodeState::Unknown) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a state of Normal, Leaving, Joining or Moving"));
        }
        if (!takeLoad(fields, f, entry.load)) {
            return unexpectedLine(lineNo, line, CoreTr::tr("a load such as \"1.5 MiB\" or \"?\""));
        }
        if (f + 2 != fields.size() || !takeOwns(fields[f], entry.owns)) {
            return unexpectedLine(lineNo, line, CoreTr::tr("an ownership and a token at the end of the row"));
        }
        entry.token = fields[f + 1].toString();
        dc.entries.append(entry);
    }
    if (report.datacenters.isEmpty()) {
        ParseError e;
        e.message = CoreTr::tr("no \"Datacenter:\" section in nodetool ring output");
        return e;
    }
    return report;
}

} // namespace Ringside::Cassandra
