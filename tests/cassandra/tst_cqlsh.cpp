// cqlsh output parsers (DESCRIBE KEYSPACES, DESCRIBE KEYSPACE, SELECT tables), replication maps and the quoted
// ALTER KEYSPACE builder.
#include "cassandratestutil.h"

#include "cassandra/cqllexer.h"
#include "cassandra/cqlshoutput.h"
#include "cassandra/replication.h"

#include <QJsonArray>

using namespace Ringside;
using namespace Ringside::Cassandra;

class TestCqlsh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describeKeyspaces()
    {
        const auto r = parseDescribeKeyspaces(Test::readData(QStringLiteral("nodetool/cqlsh-describe-keyspaces.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().size(), 11);
        QCOMPARE(r.value().first(), QStringLiteral("Analytics_2024")); // quoted: case kept, quotes removed
        QVERIFY(r.value().contains(QStringLiteral("system_virtual_schema")));
        QCOMPARE(r.value().last(), QStringLiteral("system"));
    }
    void describeKeyspaceGolden()
    {
        const auto r = parseDescribeKeyspace(Test::readData(QStringLiteral("nodetool/cqlsh-describe-keyspace.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        RINGSIDE_COMPARE_GOLDEN(Test::dataPath(QStringLiteral("nodetool/expected/cqlsh-describe-keyspace.json")),
                                Test::jsonDump(r.value().toJson()));
    }
    void describeKeyspaceFacts()
    {
        const auto r = parseDescribeKeyspace(Test::readData(QStringLiteral("nodetool/cqlsh-describe-keyspace.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        const CqlKeyspaceDefinition &ks = r.value();
        QCOMPARE(ks.name, QStringLiteral("orders"));
        QVERIFY(ks.replication.isNetworkTopology());
        QCOMPARE(ks.replication.datacenters(), (QStringList{QStringLiteral("dc1"), QStringLiteral("dc2")}));
        QCOMPARE(ks.replication.replicationFactor(QStringLiteral("dc2")), 2);
        QVERIFY(ks.durableWrites);
        QCOMPARE(ks.types, QStringList{QStringLiteral("address")});
        QCOMPARE(ks.indexes, QStringList{QStringLiteral("orders_status_idx")});
        QCOMPARE(ks.functions, QStringList{QStringLiteral("total_with_tax")});
        QCOMPARE(ks.tables.size(), 2);
        QCOMPARE(ks.views.size(), 1);

        const CqlTableDefinition *t = ks.table(QStringLiteral("orders_by_customer"));
        QVERIFY(t);
        QCOMPARE(t->keyspace, QStringLiteral("orders"));
        QCOMPARE(t->gcGraceSeconds(), 10800);
        QCOMPARE(t->defaultTimeToLive(), 7776000);
        QCOMPARE(t->compactionStrategy(), QStringLiteral("TimeWindowCompactionStrategy"));
        QCOMPARE(t->partitionKey, QStringList{QStringLiteral("customer_id")});
        QCOMPARE(t->clusteringColumns, (QStringList{QStringLiteral("order_time"), QStringLiteral("order_id")}));
        QCOMPARE(t->columns.size(), 8);
        QCOMPARE(t->columns[3].type, QStringLiteral("frozen<list<frozen<map<text, int>>>>"));
        QCOMPARE(t->columns[4].kind, CqlColumn::Kind::Static);
        QCOMPARE(t->options.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Orders of one customer, newest first; it's the main read path"));
        QCOMPARE(t->options.value(QStringLiteral("bloom_filter_fp_chance")).toDouble(), 0.01);
        QCOMPARE(t->options.value(QStringLiteral("cdc")).toBool(), false);
        QCOMPARE(t->options.value(QStringLiteral("clustering_order")).toStringList(),
                 (QStringList{QStringLiteral("order_time DESC"), QStringLiteral("order_id ASC")}));
        QCOMPARE(t->options.value(QStringLiteral("caching")).toMap().value(QStringLiteral("keys")).toString(),
                 QStringLiteral("ALL"));

        const CqlTableDefinition *audit = ks.table(QStringLiteral("OrderAudit"));
        QVERIFY(audit);
        QCOMPARE(audit->partitionKey, QStringList{QStringLiteral("AuditId")});
        QCOMPARE(audit->compactionStrategy(), QStringLiteral("LeveledCompactionStrategy"));
        QCOMPARE(ks.views[0].baseTable, QStringLiteral("orders_by_customer"));
        QCOMPARE(ks.views[0].partitionKey, QStringList{QStringLiteral("status")});
    }
    void describeKeyspaceErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unterminated string") << QStringLiteral("CREATE KEYSPACE k WITH replication = {'class: 'x'};\n")
                                             << 1 << QStringLiteral("unterminated");
        QTest::newRow("no keyspace") << QStringLiteral("CREATE TABLE k.t (a int PRIMARY KEY);\n") << 0
                                     << QStringLiteral("no CREATE KEYSPACE");
        QTest::newRow("no replication") << QStringLiteral("\nCREATE KEYSPACE k WITH durable_writes = true;\n") << 2
                                        << QStringLiteral("no replication");
        QTest::newRow("prose") << QStringLiteral("Keyspace 'x' not found.\n") << 1
                               << QStringLiteral("CREATE statement");
        QTest::newRow("bad column list") << QStringLiteral(
            "CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};\n"
            "CREATE TABLE k.t (a int PRIMARY KEY b text);\n")
                                         << 2 << QStringLiteral("',' or ')'");
        QTest::newRow("cqlsh error") << QStringLiteral("<stdin>:1:InvalidRequest: Error from server: code=2200 "
                                                       "[Invalid query] message=\"Keyspace 'x' does not exist\"\n")
                                     << 1 << QStringLiteral("cqlsh reported a failure");
        QTest::newRow("odd character") << QStringLiteral(
            "CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy'} AND # = 1;\n")
                                       << 1 << QStringLiteral("unexpected character");
    }
    void describeKeyspaceErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const auto r = parseDescribeKeyspace(text);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().line, line);
        QVERIFY2(r.error().toString().contains(mentions), qPrintable(r.error().toString()));
    }
    void selectGolden()
    {
        const auto r = parseCqlTable(Test::readData(QStringLiteral("nodetool/cqlsh-select-keyspaces.txt")));
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        RINGSIDE_COMPARE_GOLDEN(Test::dataPath(QStringLiteral("nodetool/expected/cqlsh-select-keyspaces.json")),
                                Test::jsonDump(r.value().toJson()));
        QCOMPARE(r.value().columns, (QStringList{QStringLiteral("keyspace_name"), QStringLiteral("durable_writes"),
                                                 QStringLiteral("replication")}));
        QCOMPARE(r.value().rows.size(), 9);
        QCOMPARE(r.value().reportedRows, 9);
        QCOMPARE(r.value().value(8, QStringLiteral("keyspace_name")), QStringLiteral("Analytics_2024"));
        QCOMPARE(r.value().value(8, QStringLiteral("durable_writes")), QStringLiteral("False"));

        const auto replications = parseKeyspaceReplications(r.value());
        QVERIFY2(replications.isOk(), qPrintable(replications.error().toString()));
        QCOMPARE(replications.value().size(), 9);
        QCOMPARE(replications.value()[3].first, QStringLiteral("orders"));
        QCOMPARE(replications.value()[3].second.replicationFactor(QStringLiteral("dc1")), 3);
        QVERIFY(replications.value()[2].second.isLocalOrEverywhere());
        QCOMPARE(replications.value()[7].second.replicationFactor(), 2);

        const auto tables = parseCqlTable(Test::readData(QStringLiteral("nodetool/cqlsh-select-tables.txt")));
        QVERIFY2(tables.isOk(), qPrintable(tables.error().toString()));
        QCOMPARE(tables.value().value(3, QStringLiteral("gc_grace_seconds")), QStringLiteral("10800"));
    }
    void selectEdgeCases()
    {
        // One column (no '+'), no rows, a warning, ANSI colours, and a cell with " | " inside a string.
        const auto one
            = parseCqlTable(QStringLiteral("\n keyspace_name\n---------------\n        system\n\n(1 rows)\n"));
        QVERIFY2(one.isOk(), qPrintable(one.error().toString()));
        QCOMPARE(one.value().rows, QList<QStringList>{QStringList{QStringLiteral("system")}});

        const auto none = parseCqlTable(QStringLiteral("\n a | b\n---+---\n\n(0 rows)\n"));
        QVERIFY2(none.isOk(), qPrintable(none.error().toString()));
        QCOMPARE(none.value().columns.size(), 2);
        QVERIFY(none.value().rows.isEmpty());

        const auto colours
            = parseCqlTable(QStringLiteral("\n \x1b[0;1;35mk\x1b[0m | \x1b[0;1;35mv\x1b[0m\n---+--------\n "
                                           "\x1b[0;1;33mx\x1b[0m |  a | b \n\n(1 rows)\n"
                                           "Warnings :\nAggregation query used without partition key\n"));
        QVERIFY2(colours.isOk(), qPrintable(colours.error().toString()));
        QCOMPARE(colours.value().rows[0], (QStringList{QStringLiteral("x"), QStringLiteral("a | b")}));
        QCOMPARE(colours.value().warnings, QStringList{QStringLiteral("Aggregation query used without partition key")});

        const auto wrongCount = parseCqlTable(QStringLiteral("\n a | b\n---+---\n 1 | 2\n\n(2 rows)\n"));
        QVERIFY(!wrongCount.isOk());
        QVERIFY(wrongCount.error().message.contains(QLatin1String("2 rows")));

        const auto notATable = parseCqlTable(QStringLiteral("ALTER KEYSPACE done\n"));
        QVERIFY(!notATable.isOk());
        QVERIFY(notATable.error().message.contains(QLatin1String("no result table")));
    }

    void replicationMaps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shortClass");
        QTest::addColumn<QString>("dcs");
        QTest::newRow("nts") << QStringLiteral("{'class': 'NetworkTopologyStrategy', 'dc1': '3', 'dc2': '2'}")
                             << QStringLiteral("NetworkTopologyStrategy") << QStringLiteral("dc1,dc2");
        QTest::newRow("full class, numbers")
            << QStringLiteral("{'class':'org.apache.cassandra.locator.NetworkTopologyStrategy','us-east':3}")
            << QStringLiteral("NetworkTopologyStrategy") << QStringLiteral("us-east");
        QTest::newRow("zero factor excluded")
            << QStringLiteral("{'class': 'NetworkTopologyStrategy', 'dc1': '3', 'old': '0'}")
            << QStringLiteral("NetworkTopologyStrategy") << QStringLiteral("dc1");
        QTest::newRow("transient") << QStringLiteral("{'class': 'NetworkTopologyStrategy', 'dc1': '3/1'}")
                                   << QStringLiteral("NetworkTopologyStrategy") << QStringLiteral("dc1");
        QTest::newRow("simple") << QStringLiteral("{'class': 'SimpleStrategy', 'replication_factor': '1'}")
                                << QStringLiteral("SimpleStrategy") << QString();
    }
    void replicationMaps()
    {
        QFETCH(QString, text);
        QFETCH(QString, shortClass);
        QFETCH(QString, dcs);
        const auto r = ReplicationSettings::fromCqlMap(text);
        QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().shortClassName(), shortClass);
        QCOMPARE(r.value().datacenters().join(u','), dcs);
        // toCql() reads back to the same settings.
        const auto again = ReplicationSettings::fromCqlMap(r.value().toCql());
        QVERIFY(again.isOk());
        QVERIFY(again.value() == r.value());
    }
    void replicationMapErrors()
    {
        QVERIFY(!ReplicationSettings::fromCqlMap(QStringLiteral("{'dc1': '3'}")).isOk()); // no class
        QVERIFY(!ReplicationSettings::fromCqlMap(QStringLiteral("'class'")).isOk());
        QVERIFY(!ReplicationSettings::fromCqlMap(QStringLiteral("{'class': 'X', 'dc1': {'a': 1}}")).isOk());
        QVERIFY(!ReplicationSettings::fromCqlMap(QStringLiteral("{'class': 'X'} trailing")).isOk());
        QVERIFY(!ReplicationSettings::fromReplicationInfo(QStringLiteral("NetworkTopologyStrategy dc1=3")).isOk());
        QVERIFY(!ReplicationSettings::fromReplicationInfo(QStringLiteral("NetworkTopologyStrategy {dc1}")).isOk());
        const auto info
            = ReplicationSettings::fromReplicationInfo(QStringLiteral("NetworkTopologyStrategy {dc1=3, dc2=3}"));
        QVERIFY(info.isOk());
        QCOMPARE(info.value().datacenters().size(), 2);
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("orders") << QStringLiteral("orders");
        QTest::newRow("upper case") << QStringLiteral("Analytics_2024") << QStringLiteral("\"Analytics_2024\"");
        QTest::newRow("reserved") << QStringLiteral("table") << QStringLiteral("\"table\"");
        QTest::newRow("leading digit") << QStringLiteral("1ks") << QStringLiteral("\"1ks\"");
        QTest::newRow("embedded quote") << QStringLiteral("we\"ird") << QStringLiteral("\"we\"\"ird\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    }
    void quoting()
    {
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(quoteCqlIdentifier(name), quoted);
        // The lexer reads the quoted form back to the same name.
        if (!name.isEmpty()) {
            const auto tokens = tokenizeCql(quoted);
            QVERIFY(tokens.isOk());
            QCOMPARE(tokens.value().size(), 1);
            QCOMPARE(tokens.value()[0].text, name);
        }
        QCOMPARE(quoteCqlString(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    }
    void alterKeyspace()
    {
        ReplicationSettings s;
        s.strategyClass = QStringLiteral("NetworkTopologyStrategy");
        s.options.insert(QStringLiteral("dc1"), QStringLiteral("3"));
        const auto extended = withDatacenterFactor(s, QStringLiteral("dc-2'x"), 3);
        QVERIFY(extended.isOk());
        const auto cql = buildAlterKeyspaceReplication(QStringLiteral("Analytics_2024"), extended.value());
        QVERIFY2(cql.isOk(), qPrintable(cql.error().toString()));
        QCOMPARE(cql.value(), QStringLiteral("ALTER KEYSPACE \"Analytics_2024\" WITH replication = "
                                             "{'class': 'NetworkTopologyStrategy', 'dc-2''x': '3', 'dc1': '3'};"));
        const auto withDurable = buildAlterKeyspaceReplication(QStringLiteral("orders"), s, false);
        QCOMPARE(withDurable.value(),
                 QStringLiteral("ALTER KEYSPACE orders WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': "
                                "'3'} AND durable_writes = false;"));

        // Removing a DC writes an explicit 0.
        const auto removed = withDatacenterFactor(extended.value(), QStringLiteral("dc1"), 0);
        QVERIFY(removed.isOk());
        QCOMPARE(removed.value().options.value(QStringLiteral("dc1")), QStringLiteral("0"));
        QCOMPARE(removed.value().datacenters(), QStringList{QStringLiteral("dc-2'x")});

        // The generated statement tokenizes cleanly (every quote balanced).
        QVERIFY(tokenizeCql(cql.value()).isOk());
    }
    void alterKeyspaceRefused_data()
    {
        QTest::addColumn<QString>("keyspace");
        QTest::addColumn<QString>("map");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad name") << QStringLiteral("my-ks")
                                  << QStringLiteral("{'class': 'SimpleStrategy', 'replication_factor': '1'}")
                                  << QStringLiteral("letters, digits");
        QTest::newRow("long name") << QString(49, u'k')
                                   << QStringLiteral("{'class': 'SimpleStrategy', 'replication_factor': '1'}")
                                   << QStringLiteral("48");
        QTest::newRow("simple without factor") << QStringLiteral("ks") << QStringLiteral("{'class': 'SimpleStrategy'}")
                                               << QStringLiteral("replication_factor");
        QTest::newRow("factor not a number")
            << QStringLiteral("ks") << QStringLiteral("{'class': 'NetworkTopologyStrategy', 'dc1': 'three'}")
            << QStringLiteral("three");
        QTest::newRow("no dc") << QStringLiteral("ks")
                               << QStringLiteral("{'class': 'NetworkTopologyStrategy', 'dc1': '0'}")
                               << QStringLiteral("at least one");
        QTest::newRow("local strategy") << QStringLiteral("system") << QStringLiteral("{'class': 'LocalStrategy'}")
                                        << QStringLiteral("cannot be altered");
    }
    void alterKeyspaceRefused()
    {
        QFETCH(QString, keyspace);
        QFETCH(QString, map);
        QFETCH(QString, mentions);
        const auto settings = ReplicationSettings::fromCqlMap(map);
        QVERIFY2(settings.isOk(), qPrintable(settings.error().toString()));
        const auto cql = buildAlterKeyspaceReplication(keyspace, settings.value());
        QVERIFY(!cql.isOk());
        QVERIFY2(cql.error().message.contains(mentions), qPrintable(cql.error().message));
    }
    void withDatacenterRefusesSimple()
    {
        const auto simple
            = ReplicationSettings::fromCqlMap(QStringLiteral("{'class': 'SimpleStrategy', 'replication_factor': '1'}"));
        QVERIFY(!withDatacenterFactor(simple.value(), QStringLiteral("dc2"), 3).isOk());
    }
    void lexer()
    {
        const auto t = tokenizeCql(QStringLiteral("-- comment\nSELECT /* x\n y */ \"Q\"\"n\", 'a''b', $$ body; $$, "
                                                  "-1.5e-3, 123e4567-e89b-12d3-a456-426614174000, 0xCAFE // end\n;"));
        QVERIFY2(t.isOk(), qPrintable(t.error().toString()));
        const QList<CqlToken> &v = t.value();
        QCOMPARE(v.size(), 13);
        QCOMPARE(v[0].text, QStringLiteral("select"));
        QCOMPARE(v[0].line, 2);
        QCOMPARE(v[1].kind, CqlToken::Kind::QuotedName);
        QCOMPARE(v[1].text, QStringLiteral("Q\"n"));
        QCOMPARE(v[1].line, 3);
        QCOMPARE(v[3].text, QStringLiteral("a'b"));
        QCOMPARE(v[5].kind, CqlToken::Kind::DollarString);
        QCOMPARE(v[5].text, QStringLiteral(" body; "));
        QCOMPARE(v[7].kind, CqlToken::Kind::Number);
        QCOMPARE(v[7].text, QStringLiteral("-1.5e-3"));
        QCOMPARE(v[9].kind, CqlToken::Kind::Uuid);
        QCOMPARE(v[11].kind, CqlToken::Kind::Hex);
        QCOMPARE(v[11].text, QStringLiteral("0xCAFE"));
        QVERIFY(v[12].isSymbol(u';'));
        QVERIFY(!tokenizeCql(QStringLiteral("/* never closed")).isOk());
        QVERIFY(!tokenizeCql(QStringLiteral("$$ never closed")).isOk());
        QVERIFY(!tokenizeCql(QStringLiteral("\"never closed")).isOk());
    }
};

QTEST_GUILESS_MAIN(TestCqlsh)
#include "tst_cqlsh.moc"
