// The line-based YAML outline: field paths per line, documents, locating findings, cursor contexts, folding.
#include "testsupport.h"

#include "models/editor/yamloutline.h"

using namespace Ringside;
using namespace Ringside::Editor;

namespace {

QString join(std::initializer_list<const char *> lines)
{
    QString out;
    for (const char *line : lines) {
        out += QString::fromUtf8(line) + u'\n';
    }
    return out;
}

const QString kCluster = join({
    "apiVersion: k8ssandra.io/v1alpha1",       // 1
    "kind: K8ssandraCluster",                  // 2
    "metadata:",                               // 3
    "  name: demo   # the name",               // 4
    "spec:",                                   // 5
    "  cassandra:",                            // 6
    "    serverVersion: \"4.1.5\"",            // 7
    "    datacenters:",                        // 8
    "    - metadata:",                         // 9
    "        name: dc1",                       // 10
    "      size: 3",                           // 11
    "      racks:",                            // 12
    "        - name: r1",                      // 13
    "        - name: r2",                      // 14
    "          nodeAffinityLabels: {zone: a}", // 15
    "    - metadata: {name: dc2}",             // 16
    "      config:",                           // 17
    "        cassandraYaml:",                  // 18
    "          script: |",                     // 19
    "            key: not a key",              // 20
    "            - not an item",               // 21
    "          num_tokens: 16",                // 22
    "  reaper:",                               // 23
    "    keyspace: reaper_db",                 // 24
});

QString pathAt(const YamlOutline &outline, int line)
{
    for (const OutlineDocument &doc : outline.documents()) {
        for (const OutlineNode &node : doc.nodes) {
            if (node.line == line) {
                return node.path; // the first (outermost) node on the line
            }
        }
    }
    return QStringLiteral("<none>");
}

QStringList allPathsAt(const YamlOutline &outline, int line)
{
    QStringList out;
    for (const OutlineDocument &doc : outline.documents()) {
        for (const OutlineNode &node : doc.nodes) {
            if (node.line == line) {
                out.append(node.path);
            }
        }
    }
    return out;
}

} // namespace

class TestYamlOutline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paths_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QStringList>("paths");
        const auto row = [](const char *name, int line, QStringList paths) { QTest::newRow(name) << line << paths; };
        row("top key", 1, {QStringLiteral("apiVersion")});
        row("nested key with comment", 4, {QStringLiteral("metadata.name")});
        row("deep key", 7, {QStringLiteral("spec.cassandra.serverVersion")});
        row("item with key on its line", 9,
            {QStringLiteral("spec.cassandra.datacenters[0]"),
             QStringLiteral("spec.cassandra.datacenters[0].metadata")});
        row("key under item key", 10, {QStringLiteral("spec.cassandra.datacenters[0].metadata.name")});
        row("sibling of item's first key", 11, {QStringLiteral("spec.cassandra.datacenters[0].size")});
        row("indented sequence", 13,
            {QStringLiteral("spec.cassandra.datacenters[0].racks[0]"),
             QStringLiteral("spec.cassandra.datacenters[0].racks[0].name")});
        row("second item", 14,
            {QStringLiteral("spec.cassandra.datacenters[0].racks[1]"),
             QStringLiteral("spec.cassandra.datacenters[0].racks[1].name")});
        row("flow value", 15, {QStringLiteral("spec.cassandra.datacenters[0].racks[1].nodeAffinityLabels")});
        row("next outer item", 16,
            {QStringLiteral("spec.cassandra.datacenters[1]"),
             QStringLiteral("spec.cassandra.datacenters[1].metadata")});
        row("block scalar key", 19, {QStringLiteral("spec.cassandra.datacenters[1].config.cassandraYaml.script")});
        row("block scalar content is no key", 20, {});
        row("block scalar content is no item", 21, {});
        row("key after block scalar", 22,
            {QStringLiteral("spec.cassandra.datacenters[1].config.cassandraYaml.num_tokens")});
        row("back at spec", 23, {QStringLiteral("spec.reaper")});
    }

    void paths()
    {
        QFETCH(int, line);
        QFETCH(QStringList, paths);
        const YamlOutline outline = YamlOutline::build(kCluster);
        QCOMPARE(outline.documents().size(), 1);
        QCOMPARE(allPathsAt(outline, line), paths);
    }

    void nodeColumnsAndValues()
    {
        const YamlOutline outline = YamlOutline::build(kCluster);
        const OutlineDocument doc = outline.documents().constFirst();
        QCOMPARE(doc.topLevelValue(QStringLiteral("kind")), QStringLiteral("K8ssandraCluster"));
        QCOMPARE(doc.topLevelValue(QStringLiteral("apiVersion")), QStringLiteral("k8ssandra.io/v1alpha1"));
        const OutlineLocation name = outline.locate(1, QStringLiteral("metadata.name"));
        QCOMPARE(name.line, 4);
        QCOMPARE(name.column, 3);
        QCOMPARE(name.length, int(qstrlen("name: demo"))); // the comment is not part of it
        QVERIFY(name.exact);
        const OutlineLocation version = outline.locate(1, QStringLiteral("spec.cassandra.serverVersion"));
        QCOMPARE(version.column, 5);
        QCOMPARE(version.length, int(qstrlen("serverVersion: \"4.1.5\"")));
    }

    void locateFallsBackToAncestor()
    {
        const YamlOutline outline = YamlOutline::build(kCluster);
        // A required field that is missing points at its parent's key.
        OutlineLocation missing = outline.locate(1, QStringLiteral("spec.cassandra.datacenters[0].stopped"));
        QVERIFY(!missing.exact);
        QCOMPARE(missing.line, 9);
        QCOMPARE(missing.column, 5);
        QCOMPARE(missing.length, 1); // the dash
        // Inside a flow mapping: the key that holds it.
        missing = outline.locate(1, QStringLiteral("spec.cassandra.datacenters[1].metadata.name"));
        QCOMPARE(missing.line, 16);
        QCOMPARE(missing.column, 7);
        QCOMPARE(missing.length, int(qstrlen("metadata")));
        // The whole object: the first key.
        const OutlineLocation root = outline.locate(1, QString());
        QCOMPARE(root.line, 1);
        QCOMPARE(outline.locate(2, QStringLiteral("spec")).line, 0); // no such document
    }

    void documents()
    {
        const QString text = join({
            "# leading comment", // 1
            "---",               // 2
            "apiVersion: v1",    // 3
            "kind: Namespace",   // 4
            "---",               // 5
            "# only a comment",  // 6
            "---",               // 7
            "apiVersion: v1",    // 8
            "kind: Secret",      // 9
            "...",               // 10
            "---",               // 11
            "kind: ConfigMap",   // 12
        });
        const YamlOutline outline = YamlOutline::build(text);
        const QList<OutlineDocument> docs = outline.documents();
        QCOMPARE(docs.size(), 3);
        QCOMPARE(docs.at(0).number, 1);
        QCOMPARE(docs.at(0).firstLine, 2);
        QCOMPARE(docs.at(0).lastLine, 4);
        QCOMPARE(docs.at(1).firstLine, 7);
        QCOMPARE(docs.at(1).lastLine, 10);
        QCOMPARE(docs.at(1).topLevelValue(QStringLiteral("kind")), QStringLiteral("Secret"));
        QCOMPARE(docs.at(2).firstLine, 11);
        QCOMPARE(docs.at(2).number, 3);
        QCOMPARE(outline.documentAtLine(9)->number, 2);
        QCOMPARE(outline.documentAtLine(6), nullptr);
        QCOMPARE(outline.documentText(2), QStringLiteral("---\napiVersion: v1\nkind: Secret\n...\n"));
        QCOMPARE(outline.locate(3, QStringLiteral("kind")).line, 12);
    }

    void crlfAndQuotedKeys()
    {
        const QString text
            = QStringLiteral("metadata:\r\n  annotations:\r\n    \"k8ssandra.io/autoupdate-spec\": once\r\n"
                             "    'a b': \"multi\r\n      line: not a key\"\r\n  name: x\r\n");
        const YamlOutline outline = YamlOutline::build(text);
        QCOMPARE(pathAt(outline, 3), QStringLiteral("metadata.annotations.k8ssandra.io/autoupdate-spec"));
        QCOMPARE(pathAt(outline, 4), QStringLiteral("metadata.annotations.a b"));
        QCOMPARE(allPathsAt(outline, 5), QStringList());
        QCOMPARE(pathAt(outline, 6), QStringLiteral("metadata.name"));
    }

    void cursorContexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("siblings");
        const auto key = int(CursorContext::Mode::Key);
        const auto value = int(CursorContext::Mode::Value);
        const auto none = int(CursorContext::Mode::None);
        const QString doc = join({
            "apiVersion: cassandra.datastax.com/v1beta1", // 1
            "kind: CassandraDatacenter",                  // 2
            "spec:",                                      // 3
            "  size: 3",                                  // 4
            "  serv",                                     // 5
            "  serverType: ",                             // 6
            "  racks:",                                   // 7
            "  - name: r1",                               // 8
            "    nod",                                    // 9
            "  - ",                                       // 10
            "  config:  # free form",                     // 11
            "",                                           // 12
        });
        QTest::newRow("typing a key") << doc << 5 << 6 << key << QStringLiteral("spec") << QStringLiteral("serv")
                                      << QStringList{QStringLiteral("size"), QStringLiteral("serverType"),
                                                     QStringLiteral("racks"), QStringLiteral("config")};
        QTest::newRow("value after key") << doc << 6 << 14 << value << QStringLiteral("spec.serverType") << QString()
                                         << QStringList();
        QTest::newRow("key in item") << doc << 9 << 7 << key << QStringLiteral("spec.racks[0]") << QStringLiteral("nod")
                                     << QStringList{QStringLiteral("name")};
        QTest::newRow("after a new dash")
            << doc << 10 << 4 << key << QStringLiteral("spec.racks[1]") << QString() << QStringList();
        QTest::newRow("in a comment") << doc << 11 << 20 << none << QString() << QString() << QStringList();
        QTest::newRow("top level on empty line")
            << doc << 12 << 0 << key << QString() << QString()
            << QStringList{QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("spec")};
        QTest::newRow("value with prefix")
            << QStringLiteral("spec:\n  serverType: hc\n") << 2 << 16 << value << QStringLiteral("spec.serverType")
            << QStringLiteral("hc") << QStringList();
        QTest::newRow("nested under key without value")
            << QStringLiteral("spec:\n  storageConfig:\n    \n") << 3 << 4 << key
            << QStringLiteral("spec.storageConfig") << QString() << QStringList();
        QTest::newRow("inside block scalar")
            << QStringLiteral("data:\n  s: |\n    abc\n") << 3 << 5 << none << QString() << QString() << QStringList();
        QTest::newRow("second document") << QStringLiteral("kind: A\n---\nkind: B\nsp\n") << 4 << 2 << key << QString()
                                         << QStringLiteral("sp") << QStringList{QStringLiteral("kind")};
    }

    void cursorContexts()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, mode);
        QFETCH(QString, path);
        QFETCH(QString, prefix);
        QFETCH(QStringList, siblings);
        const CursorContext context = YamlOutline::build(text).contextAt(line, column);
        QCOMPARE(int(context.mode), mode);
        if (context.mode == CursorContext::Mode::Key) {
            QCOMPARE(context.parentPath, path);
            QCOMPARE(context.siblingKeys, siblings);
        } else if (context.mode == CursorContext::Mode::Value) {
            QCOMPARE(context.path, path);
        }
        QCOMPARE(context.prefix, prefix);
        if (context.mode != CursorContext::Mode::None) {
            QCOMPARE(context.prefixColumn, column - int(prefix.size()));
        }
    }

    void folding()
    {
        const QStringList lines = kCluster.split(u'\n');
        const QList<FoldRange> ranges = foldRanges(lines);
        const auto has = [&ranges](int start, int end) { return ranges.contains(FoldRange{start, end}); };
        QVERIFY(has(3, 4));   // metadata
        QVERIFY(has(5, 24));  // spec
        QVERIFY(has(6, 22));  // cassandra
        QVERIFY(has(8, 22));  // datacenters: the sequence at the key's own indentation belongs to it
        QVERIFY(has(9, 15));  // first datacenter item
        QVERIFY(has(12, 15)); // racks
        QVERIFY(has(14, 15)); // second rack
        QVERIFY(has(19, 21)); // block scalar
        QVERIFY(!has(1, 2));
        for (const FoldRange &r : ranges) {
            QVERIFY2(r.endLine > r.startLine, qPrintable(QString::number(r.startLine)));
        }
        // Blank and comment lines inside a block do not end it; trailing ones are not part of it.
        const QList<FoldRange> withComments = foldRanges(
            QStringList{QStringLiteral("a:"), QStringLiteral("  b: 1"), QString(), QStringLiteral("# note"),
                        QStringLiteral("  c: 2"), QString(), QStringLiteral("d: 3")});
        QCOMPARE(withComments, (QList<FoldRange>{{1, 5}}));
        // A document marker ends every block.
        QCOMPARE(foldRanges(QStringList{QStringLiteral("a:"), QStringLiteral("  b: 1"), QStringLiteral("---"),
                                        QStringLiteral("  c: 1")}),
                 (QList<FoldRange>{{1, 2}}));
    }
};

QTEST_GUILESS_MAIN(TestYamlOutline)
#include "tst_yamloutline.moc"
