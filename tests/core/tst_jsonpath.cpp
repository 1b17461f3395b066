#include "testsupport.h"

#include "util/jsonpath.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Ringside;

namespace {
const char *podList = "{\"kind\":\"List\",\"items\":["
                      "{\"metadata\":{\"name\":\"a\",\"labels\":{\"app\":\"x\",\"app.kubernetes.io/name\":\"cass\"}},\"status\":{\"phase\":\"Running\",\"restarts\":2}},"
                      "{\"metadata\":{\"name\":\"b\",\"labels\":{\"app\":\"y\"}},\"status\":{\"phase\":\"Pending\",\"restarts\":0}},"
                      "{\"metadata\":{\"name\":\"c\"},\"status\":{\"phase\":\"Running\",\"restarts\":7,\"ratio\":0.25,\"ok\":true}}]}";
}

class TestJsonPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templates_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("names") << "{.items[*].metadata.name}" << "a b c";
        QTest::newRow("index") << "{.items[0].metadata.name}" << "a";
        QTest::newRow("negative index") << "{.items[-1].metadata.name}" << "c";
        QTest::newRow("slice") << "{.items[0:2].metadata.name}" << "a b";
        QTest::newRow("slice step") << "{.items[::2].metadata.name}" << "a c";
        QTest::newRow("union of indexes") << "{.items[0,2].metadata.name}" << "a c";
        QTest::newRow("filter equals") << "{.items[?(@.status.phase==\"Running\")].metadata.name}" << "a c";
        QTest::newRow("filter single quotes") << "{.items[?(@.status.phase=='Pending')].metadata.name}" << "b";
        QTest::newRow("filter number") << "{.items[?(@.status.restarts>1)].metadata.name}" << "a c";
        QTest::newRow("filter exists") << "{.items[?(@.metadata.labels)].metadata.name}" << "a b";
        QTest::newRow("range") << "{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}" << "a\tRunning\nb\tPending\nc\tRunning\n";
        QTest::newRow("literal text") << "names: {.items[*].metadata.name}!" << "names: a b c!";
        QTest::newRow("escaped dots in key") << "{.items[0].metadata.labels.app\\.kubernetes\\.io/name}" << "cass";
        QTest::newRow("bracket field") << "{.items[0].metadata.labels['app.kubernetes.io/name']}" << "cass";
        QTest::newRow("object prints as JSON") << "{.items[1].metadata}" << "{\"labels\":{\"app\":\"y\"},\"name\":\"b\"}";
        QTest::newRow("number and bool") << "{.items[2].status.ratio} {.items[2].status.ok} {.items[2].status.restarts}" << "0.25 true 7";
        QTest::newRow("recursive") << "{..phase}" << "Running Pending Running";
        QTest::newRow("missing key prints nothing") << "{.items[0].spec.nodeName}" << "";
        QTest::newRow("wildcard on object") << "{.items[0].metadata.labels.*}" << "x cass";
        QTest::newRow("nested range") << "{range .items[*]}{.metadata.name}:{range .metadata.labels.*}[{@}]{end};{end}" << "a:[x][cass];b:[y];c:;";
    }
    void templates()
    {
        QFETCH(QString, tmpl);
        QFETCH(QString, expected);
        JsonPathTemplate t;
        QVERIFY2(t.parse(tmpl), qPrintable(t.errorString()));
        QString out;
        QVERIFY2(t.execute(QJsonDocument::fromJson(podList).object(), &out), qPrintable(t.errorString()));
        QCOMPARE(out, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::newRow("unclosed action") << "{.items";
        QTest::newRow("unclosed range") << "{range .items[*]}{.a}";
        QTest::newRow("stray end") << "{end}";
        QTest::newRow("bad index") << "{.items[x]}";
        QTest::newRow("bad filter") << "{.items[?(@.a==)]}";
        QTest::newRow("unterminated string") << "{.items['a]}";
    }
    void errors()
    {
        QFETCH(QString, tmpl);
        JsonPathTemplate t;
        QVERIFY(!t.parse(tmpl));
        QVERIFY(!t.errorString().isEmpty());
    }

    void outOfBoundsAndStrictMissing()
    {
        JsonPathTemplate t;
        QVERIFY(t.parse(QStringLiteral("{.items[7].metadata.name}")));
        QString out;
        QVERIFY(!t.execute(QJsonDocument::fromJson(podList).object(), &out));
        QVERIFY(t.errorString().contains(QLatin1String("out of bounds")));
        QVERIFY(t.parse(QStringLiteral("{.nope}")));
        QVERIFY(!t.execute(QJsonDocument::fromJson(podList).object(), &out, false));
        QCOMPARE(t.errorString(), QStringLiteral("nope is not found"));
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
