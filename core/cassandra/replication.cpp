#include "cassandra/replication.h"

#include "cassandra/cqllexer.h"
#include "coretr.h"

#include <QJsonArray>
#include <QSet>

namespace Ringside::Cassandra {

namespace {

ParseError settingsError(int line, const QString &message)
{
    ParseError e;
    e.line = line;
    e.message = message;
    return e;
}

// Cassandra's reserved CQL keywords (cannot be used as unquoted identifiers).
const QSet<QString> &reservedKeywords()
{
    static const QSet<QString> words = {
        QStringLiteral("add"),          QStringLiteral("allow"),        QStringLiteral("alter"),
        QStringLiteral("and"),          QStringLiteral("apply"),        QStringLiteral("asc"),
        QStringLiteral("authorize"),    QStringLiteral("batch"),        QStringLiteral("begin"),
        QStringLiteral("by"),           QStringLiteral("columnfamily"), QStringLiteral("create"),
        QStringLiteral("delete"),       QStringLiteral("desc"),         QStringLiteral("describe"),
        QStringLiteral("drop"),         QStringLiteral("entries"),      QStringLiteral("execute"),
        QStringLiteral("from"),         QStringLiteral("full"),         QStringLiteral("grant"),
        QStringLiteral("if"),           QStringLiteral("in"),           QStringLiteral("index"),
        QStringLiteral("infinity"),     QStringLiteral("insert"),       QStringLiteral("into"),
        QStringLiteral("is"),           QStringLiteral("keyspace"),     QStringLiteral("limit"),
        QStringLiteral("materialized"), QStringLiteral("mbean"),        QStringLiteral("mbeans"),
        QStringLiteral("modify"),       QStringLiteral("nan"),          QStringLiteral("norecursive"),
        QStringLiteral("not"),          QStringLiteral("null"),         QStringLiteral("of"),
        QStringLiteral("on"),           QStringLiteral("or"),           QStringLiteral("order"),
        QStringLiteral("primary"),      QStringLiteral("rename"),       QStringLiteral("replace"),
        QStringLiteral("revoke"),       QStringLiteral("schema"),       QStringLiteral("select"),
        QStringLiteral("set"),          QStringLiteral("table"),        QStringLiteral("to"),
        QStringLiteral("token"),        QStringLiteral("truncate"),     QStringLiteral("unlogged"),
        QStringLiteral("unset"),        QStringLiteral("update"),       QStringLiteral("use"),
        QStringLiteral("using"),        QStringLiteral("view"),         QStringLiteral("where"),
        QStringLiteral("with"),
    };
    return words;
}

// "3" or "3/1" (transient replication, 4.0+): the number of full replicas, or nullopt.
std::optional<int> fullReplicas(const QString &factor)
{
    const qsizetype slash = factor.indexOf(u'/');
    const QString full = slash < 0 ? factor.trimmed() : factor.left(slash).trimmed();
    bool ok = false;
    const int n = full.toInt(&ok);
    if (!ok || n < 0) {
        return std::nullopt;
    }
    if (slash >= 0) {
        bool transientOk = false;
        const int t = factor.mid(slash + 1).trimmed().toInt(&transientOk);
        if (!transientOk || t < 0 || t > n) {
            return std::nullopt;
        }
    }
    return n;
}

} // namespace

QString ReplicationSettings::shortClassName() const
{
    const qsizetype dot = strategyClass.lastIndexOf(u'.');
    return dot < 0 ? strategyClass : strategyClass.mid(dot + 1);
}

bool ReplicationSettings::isNetworkTopology() const
{
    return shortClassName() == u"NetworkTopologyStrategy";
}

bool ReplicationSettings::isSimple() const
{
    return shortClassName() == u"SimpleStrategy";
}

bool ReplicationSettings::isLocalOrEverywhere() const
{
    const QString c = shortClassName();
    return c == u"LocalStrategy" || c == u"EverywhereStrategy";
}

QStringList ReplicationSettings::datacenters() const
{
    QStringList dcs;
    if (!isNetworkTopology()) {
        return dcs;
    }
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() != u"replication_factor" && fullReplicas(it.value()).value_or(0) > 0) {
            dcs.append(it.key());
        }
    }
    return dcs; // QMap keeps keys sorted
}

int ReplicationSettings::replicationFactor(const QString &datacenter) const
{
    if (isSimple()) {
        return fullReplicas(options.value(QStringLiteral("replication_factor"))).value_or(0);
    }
    if (isNetworkTopology() && !datacenter.isEmpty()) {
        return fullReplicas(options.value(datacenter)).value_or(0);
    }
    return 0;
}

QString ReplicationSettings::toCql() const
{
    QStringList parts;
    parts.append(quoteCqlString(QStringLiteral("class")) + QStringLiteral(": ") + quoteCqlString(strategyClass));
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        parts.append(quoteCqlString(it.key()) + QStringLiteral(": ") + quoteCqlString(it.value()));
    }
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QJsonObject ReplicationSettings::toJson() const
{
    QJsonObject opts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        opts.insert(it.key(), it.value());
    }
    QJsonObject o;
    o.insert(QStringLiteral("class"), strategyClass);
    o.insert(QStringLiteral("options"), opts);
    o.insert(QStringLiteral("datacenters"), QJsonArray::fromStringList(datacenters()));
    return o;
}

ParseResult<ReplicationSettings> ReplicationSettings::fromVariantMap(const QVariantMap &map, int line)
{
    ReplicationSettings s;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantMap || it.value().typeId() == QMetaType::QVariantList) {
            return settingsError(line, CoreTr::tr("replication option '%1' is not a single value").arg(it.key()));
        }
        if (it.key() == u"class") {
            s.strategyClass = it.value().toString();
        } else {
            s.options.insert(it.key(), it.value().toString());
        }
    }
    if (s.strategyClass.isEmpty()) {
        return settingsError(line, CoreTr::tr("the replication map has no 'class'"));
    }
    return s;
}

ParseResult<ReplicationSettings> ReplicationSettings::fromCqlMap(QStringView text)
{
    ParseResult<QList<CqlToken>> tokens = tokenizeCql(text);
    if (!tokens.isOk()) {
        return tokens.error();
    }
    CqlTokenStream stream(tokens.value());
    if (!stream.peek().isSymbol(u'{')) {
        return settingsError(stream.line(), CoreTr::tr("a replication map starts with '{'"));
    }
    ParseResult<QVariant> literal = stream.readLiteral();
    if (!literal.isOk()) {
        return literal.error();
    }
    if (!stream.atEnd()) {
        return settingsError(stream.line(),
                             CoreTr::tr("unexpected text after the replication map: \"%1\"").arg(stream.peek().raw));
    }
    return fromVariantMap(literal.value().toMap(), 1);
}

ParseResult<ReplicationSettings> ReplicationSettings::fromReplicationInfo(QStringView text)
{
    text = text.trimmed();
    const qsizetype brace = text.indexOf(u'{');
    if (brace <= 0 || !text.endsWith(u'}')) {
        return settingsError(0,
                             CoreTr::tr("expected \"Strategy {dc=factor, ...}\", found \"%1\"").arg(text.toString()));
    }
    ReplicationSettings s;
    s.strategyClass = text.first(brace).trimmed().toString();
    const QStringView inner = text.sliced(brace + 1, text.size() - brace - 2).trimmed();
    if (!inner.isEmpty()) {
        for (QStringView part : inner.split(u',')) {
            const qsizetype eq = part.indexOf(u'=');
            if (eq <= 0) {
                return settingsError(0, CoreTr::tr("expected \"name=value\" in the replication options, found \"%1\"")
                                            .arg(part.trimmed().toString()));
            }
            s.options.insert(part.first(eq).trimmed().toString(), part.sliced(eq + 1).trimmed().toString());
        }
    }
    if (s.strategyClass.contains(u' ')) {
        return settingsError(0, CoreTr::tr("\"%1\" is not a replication strategy class").arg(s.strategyClass));
    }
    return s;
}

bool operator==(const ReplicationSettings &a, const ReplicationSettings &b)
{
    return a.shortClassName() == b.shortClassName() && a.options == b.options;
}

bool isUnquotedCqlIdentifier(const QString &name)
{
    if (name.isEmpty() || !(name[0] >= u'a' && name[0] <= u'z')) {
        return false;
    }
    for (const QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_')) {
            return false;
        }
    }
    return !reservedKeywords().contains(name);
}

QString quoteCqlIdentifier(const QString &name)
{
    if (isUnquotedCqlIdentifier(name)) {
        return name;
    }
    QString escaped = name;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString quoteCqlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString validateSchemaName(const QString &name)
{
    if (name.isEmpty()) {
        return CoreTr::tr("the name is empty");
    }
    if (name.size() > 48) {
        return CoreTr::tr("\"%1\" is longer than 48 characters").arg(name);
    }
    for (const QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_')) {
            return CoreTr::tr("\"%1\" may only contain letters, digits and '_'").arg(name);
        }
    }
    return {};
}

QString validateReplication(const ReplicationSettings &settings)
{
    if (settings.strategyClass.trimmed().isEmpty()) {
        return CoreTr::tr("the replication strategy class is missing");
    }
    if (settings.isLocalOrEverywhere()) {
        return CoreTr::tr("%1 keyspaces are managed by Cassandra and cannot be altered").arg(settings.shortClassName());
    }
    if (settings.isSimple() && !settings.options.contains(QStringLiteral("replication_factor"))) {
        return CoreTr::tr("SimpleStrategy needs a replication_factor");
    }
    for (auto it = settings.options.cbegin(); it != settings.options.cend(); ++it) {
        if (it.key().trimmed().isEmpty()) {
            return CoreTr::tr("a replication option has an empty name");
        }
        if ((settings.isSimple() || settings.isNetworkTopology()) && !fullReplicas(it.value())) {
            return CoreTr::tr("the replication factor for '%1' is \"%2\", not a number of replicas")
                .arg(it.key(), it.value());
        }
    }
    if (settings.isNetworkTopology() && settings.datacenters().isEmpty()
        && !settings.options.contains(QStringLiteral("replication_factor"))) {
        return CoreTr::tr("NetworkTopologyStrategy needs at least one datacenter with a factor above 0");
    }
    return {};
}

ParseResult<QString> buildAlterKeyspaceReplication(const QString &keyspace, const ReplicationSettings &settings,
                                                   std::optional<bool> durableWrites)
{
    if (const QString problem = validateSchemaName(keyspace); !problem.isEmpty()) {
        return settingsError(0, CoreTr::tr("invalid keyspace name: %1").arg(problem));
    }
    if (const QString problem = validateReplication(settings); !problem.isEmpty()) {
        return settingsError(0, problem);
    }
    QString cql = QStringLiteral("ALTER KEYSPACE ") + quoteCqlIdentifier(keyspace)
                  + QStringLiteral(" WITH replication = ") + settings.toCql();
    if (durableWrites) {
        cql += QStringLiteral(" AND durable_writes = ")
               + (*durableWrites ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return QString(cql + u';');
}

ParseResult<ReplicationSettings> withDatacenterFactor(const ReplicationSettings &current, const QString &datacenter,
                                                      int factor)
{
    if (!current.isNetworkTopology()) {
        return settingsError(
            0, CoreTr::tr("only NetworkTopologyStrategy keyspaces replicate per datacenter; this one uses %1")
                   .arg(current.shortClassName()));
    }
    if (datacenter.trimmed().isEmpty() || datacenter == u"replication_factor") {
        return settingsError(0, CoreTr::tr("\"%1\" is not a datacenter name").arg(datacenter));
    }
    if (factor < 0) {
        return settingsError(0, CoreTr::tr("a replication factor cannot be negative"));
    }
    ReplicationSettings next = current;
    // An explicit 0 (rather than dropping the entry) removes the DC on every Cassandra version, including those
    // that keep unmentioned DCs on ALTER.
    next.options.insert(datacenter, QString::number(factor));
    return next;
}

} // namespace Ringside::Cassandra
