#include "testsupport.h"
#include "yaml/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Ringside;

class TestYamlJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalars_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("json");
        QTest::newRow("plain string") << "v: hello" << "{\"v\":\"hello\"}";
        QTest::newRow("yaml 1.1 yes is true") << "v: yes" << "{\"v\":true}";
        QTest::newRow("yaml 1.1 Off is false") << "v: Off" << "{\"v\":false}";
        QTest::newRow("y is true (go-yaml v2)") << "v: y" << "{\"v\":true}";
        QTest::newRow("quoted yes stays text") << "v: \"yes\"" << "{\"v\":\"yes\"}";
        QTest::newRow("serverVersion 4.1 is a number") << "serverVersion: 4.1" << "{\"serverVersion\":4.1}";
        QTest::newRow("quoted version is text") << "serverVersion: \"4.1.5\"" << "{\"serverVersion\":\"4.1.5\"}";
        QTest::newRow("dotted version is text") << "v: 4.1.5" << "{\"v\":\"4.1.5\"}";
        QTest::newRow("octal") << "mode: 0644" << "{\"mode\":420}";
        QTest::newRow("hex") << "v: 0x1F" << "{\"v\":31}";
        QTest::newRow("negative") << "v: -3" << "{\"v\":-3}";
        QTest::newRow("exponent") << "v: 1e3" << "{\"v\":1000}";
        QTest::newRow("tilde null") << "v: ~" << "{\"v\":null}";
        QTest::newRow("empty null") << "v:" << "{\"v\":null}";
        QTest::newRow("quantity stays text") << "storage: 10Gi" << "{\"storage\":\"10Gi\"}";
        QTest::newRow("literal block") << "v: |\n  a\n  b\n" << "{\"v\":\"a\\nb\\n\"}";
        QTest::newRow("flow list") << "v: [1, two, \"3\"]" << "{\"v\":[1,\"two\",\"3\"]}";
        QTest::newRow("numeric key becomes text") << "1: a" << "{\"1\":\"a\"}";
        QTest::newRow(".inf stays text") << "v: .inf" << "{\"v\":\".inf\"}";
    }
    void scalars()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, json);
        const Yaml::ParseResult r = Yaml::parse(yaml.toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.documents.size(), 1);
        QCOMPARE(QString::fromUtf8(QJsonDocument(r.documents.first().toObject()).toJson(QJsonDocument::Compact)), json);
    }

    void errorHasLineAndColumn()
    {
        const Yaml::ParseResult r = Yaml::parse("a:\n  b: 1\n c: [\n");
        QVERIFY(!r.ok());
        QVERIFY(r.error->mark.line >= 3);
        QVERIFY(r.error->toString().startsWith(QLatin1String("line ")));
    }

    void multiDocument()
    {
        const Yaml::ParseResult r = Yaml::parse("a: 1\n---\nb: 2\n---\n");
        QVERIFY(r.ok());
        QCOMPARE(r.documents.size(), 3);
        QCOMPARE(r.documents.at(1).toObject().value(QLatin1String("b")).toInt(), 2);
        QVERIFY(r.documents.at(2).isNull());
    }

    void duplicateKeyWarns()
    {
        const Yaml::ParseResult r = Yaml::parse("a: 1\na: 2\n");
        QVERIFY(r.ok());
        QCOMPARE(r.documents.first().toObject().value(QLatin1String("a")).toInt(), 2);
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().mark.line, 2);
    }

    void emitKubectlStyle()
    {
        const QJsonObject o = QJsonDocument::fromJson("{\n"
            "            \"apiVersion\": \"v1\", \"kind\": \"Pod\",\n"
            "            \"metadata\": {\"name\": \"p\", \"labels\": {\"app\": \"x\"}, \"annotations\": {\"a\": \"true\", \"b\": \"10\", \"c\": \"\", \"d\": \"with: colon\", \"e\": \"- dash\"}},\n"
            "            \"spec\": {\"containers\": [{\"name\": \"c\", \"args\": [\"--x\", \"1\"], \"ports\": [{\"containerPort\": 9042}]}], \"empty\": [], \"obj\": {}},\n"
            "            \"status\": {\"ratio\": 0.5, \"ok\": true, \"none\": null, \"text\": \"line1\\nline2\"}\n"
            "        }").object();
        const QString expected = QStringLiteral(
            "apiVersion: v1\n"
            "kind: Pod\n"
            "metadata:\n"
            "  annotations:\n"
            "    a: \"true\"\n"
            "    b: \"10\"\n"
            "    c: \"\"\n"
            "    d: 'with: colon'\n"
            "    e: '- dash'\n"
            "  labels:\n"
            "    app: x\n"
            "  name: p\n"
            "spec:\n"
            "  containers:\n"
            "  - args:\n"
            "    - --x\n"
            "    - \"1\"\n"
            "    name: c\n"
            "    ports:\n"
            "    - containerPort: 9042\n"
            "  empty: []\n"
            "  obj: {}\n"
            "status:\n"
            "  none: null\n"
            "  ok: true\n"
            "  ratio: 0.5\n"
            "  text: |-\n"
            "    line1\n"
            "    line2\n");
        QCOMPARE(QString::fromUtf8(Yaml::emit(o)), expected);
    }

    // Expected texts are kubectl 1.32's (`kubectl create configmap x --from-literal=KEY=VALUE --dry-run=client -o yaml`):
    // go-yaml v2 quotes what reads back as a timestamp or a base-60 float and folds long flow scalars past column 80.
    void emitLikeGoYaml_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("timestamp") << QStringLiteral("ts") << QStringLiteral("2026-11-26T12:00:00Z") << QStringLiteral("\"2026-11-26T12:00:00Z\"");
        QTest::newRow("timestamp with fraction and zone") << QStringLiteral("tsfrac") << QStringLiteral("2026-11-26T12:00:00.123456+02:00") << QStringLiteral("\"2026-11-26T12:00:00.123456+02:00\"");
        QTest::newRow("short date") << QStringLiteral("date") << QStringLiteral("2026-1-2") << QStringLiteral("\"2026-1-2\"");
        QTest::newRow("space-separated time") << QStringLiteral("spaced") << QStringLiteral("2026-11-26 12:00:00") << QStringLiteral("\"2026-11-26 12:00:00\"");
        QTest::newRow("impossible date") << QStringLiteral("baddate") << QStringLiteral("2026-02-30") << QStringLiteral("2026-02-30");
        QTest::newRow("impossible hour") << QStringLiteral("notts") << QStringLiteral("2026-11-26T25:00:00Z") << QStringLiteral("2026-11-26T25:00:00Z");
        QTest::newRow("base 60") << QStringLiteral("b60") << QStringLiteral("1:20") << QStringLiteral("\"1:20\"");
        QTest::newRow("base 60 float") << QStringLiteral("time") << QStringLiteral("12:30:45.5") << QStringLiteral("\"12:30:45.5\"");
        QTest::newRow("tab") << QStringLiteral("tab") << QStringLiteral("a\tb") << QStringLiteral("\"a\\tb\"");
        QTest::newRow("folded plain") << QStringLiteral("long") << QStringLiteral("The quick brown fox jumps over the lazy dog; the quick brown fox jumps over the lazy dog again and again until the line is long enough to fold twice over, surely.") << QStringLiteral("The quick brown fox jumps over the lazy dog; the quick brown fox jumps over\n    the lazy dog again and again until the line is long enough to fold twice over,\n    surely.");
        QTest::newRow("folded single-quoted") << QStringLiteral("longcolon") << QStringLiteral("key: value pairs in a sentence that is long enough to need folding by the emitter of go-yaml version two, at eighty") << QStringLiteral("'key: value pairs in a sentence that is long enough to need folding by\n    the emitter of go-yaml version two, at eighty'");
        QTest::newRow("folded double-quoted") << QStringLiteral("longdq") << QStringLiteral("2026 \"quoted\" text\twith a tab, which makes the whole string double quoted and long enough to be folded by the emitter") << QStringLiteral("\"2026 \\\"quoted\\\" text\\twith a tab, which makes the whole string double quoted\n    and long enough to be folded by the emitter\"");
        QTest::newRow("double-quoted fold before a space") << QStringLiteral("dq2") << QStringLiteral("a  \"b\"  c  d  e  f  g  h  i  j  k  l  m  n  o  p  q  r  s  t  u  v  w  x  y  z  a  b\tc  d  e  f  g  h") << QStringLiteral("\"a  \\\"b\\\"  c  d  e  f  g  h  i  j  k  l  m  n  o  p  q  r  s  t  u  v  w  x\n    \\ y  z  a  b\\tc  d  e  f  g  h\"");
        QTest::newRow("double spaces never fold") << QStringLiteral("dspace") << QStringLiteral("double  spaces  everywhere  in  this  long  plain  scalar  that  goes  past  the  eighty  column  limit  of  go-yaml") << QStringLiteral("double  spaces  everywhere  in  this  long  plain  scalar  that  goes  past  the  eighty  column  limit  of  go-yaml");
        QTest::newRow("no space, no fold") << QStringLiteral("nofold") << QStringLiteral("aVeryLongTokenWithoutAnySpacesThatCannotBeFoldedAnywhereAtAllBecauseThereIsNoSpaceInItAnywhere") << QStringLiteral("aVeryLongTokenWithoutAnySpacesThatCannotBeFoldedAnywhereAtAllBecauseThereIsNoSpaceInItAnywhere");
        QTest::newRow("trailing spaces") << QStringLiteral("ml") << QStringLiteral("line one\nline two   ") << QStringLiteral("\"line one\\nline two   \"");
        QTest::newRow("leading newline") << QStringLiteral("lead") << QStringLiteral("\nstarts with a newline") << QStringLiteral("|2-\n\n    starts with a newline");
    }

    void emitLikeGoYaml()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QJsonObject o{{QStringLiteral("data"), QJsonObject{{key, value}}}};
        QCOMPARE(QString::fromUtf8(Yaml::emit(o)), QStringLiteral("data:\n  ") + key + QStringLiteral(": ") + expected + u'\n');
        const Yaml::ParseResult r = Yaml::parse(Yaml::emit(o));
        QVERIFY(r.ok());
        QCOMPARE(r.documents.first().toObject(), o);
    }

    void emitRoundTrips()
    {
        const QJsonObject o = QJsonDocument::fromJson("{\"a\": [\"x\", {\"b\": [1, 2, [3, 4]], \"c\": \"yes\"}], \"d\": \"'quoted'\", \"e\": \"#hash\",\n"
            "            \"f\": \"trailing \", \"g\": \"multi\\nline\\n\", \"h\": \"tab\\there\", \"i\": \"ünïcødé\", \"j\": 123456789012}").object();
        const Yaml::ParseResult r = Yaml::parse(Yaml::emit(o));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() + u'\n' + QString::fromUtf8(Yaml::emit(o)) : QString()));
        QCOMPARE(r.documents.first().toObject(), o);
    }
};

QTEST_GUILESS_MAIN(TestYamlJson)
#include "tst_yamljson.moc"
