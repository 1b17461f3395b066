// Unit tests of the sandbox's building blocks: HTTP parsing, selectors, patches, field sets, PKI, the registry,
// the store's history and the protobuf decoder.
#include "sandboxfixture.h"

#include "api/jsonutil.h"
#include "api/protobuf.h"
#include "api/registry.h"
#include "api/tables.h"
#include "apply/fieldset.h"
#include "apply/patches.h"
#include "http/httpparser.h"
#include "store/selectors.h"
#include "tls/pki.h"

#include <QJsonArray>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Sandbox;

static QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        quint8 b = v & 0x7F;
        v >>= 7;
        if (v) {
            b |= 0x80;
        }
        out.append(char(b));
    } while (v);
    return out;
}

static QByteArray field(int number, const QByteArray &bytes)
{
    return varint(quint64(number) << 3 | 2) + varint(quint64(bytes.size())) + bytes;
}

class TestSandboxUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void httpParserHandlesPipelinedAndChunkedRequests()
    {
        HttpParser parser;
        QByteArray buffer
            = "GET /api/v1/pods?labelSelector=app+in+%28a%2Cb%29&watch HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\r\n"
              "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n"
              "PUT /y HTTP/1.1\r\nContent-Length: 4\r\n\r\nwx";
        QCOMPARE(parser.parse(buffer), HttpParser::Result::Request);
        HttpRequest first = parser.takeRequest();
        QCOMPARE(first.method, QByteArray("GET"));
        QCOMPARE(first.path, QStringLiteral("/api/v1/pods"));
        QCOMPARE(first.queryValue(u"labelSelector"), QStringLiteral("app in (a,b)"));
        QVERIFY(first.hasQuery(u"watch"));
        QCOMPARE(first.header("x-a"), QByteArray("1"));
        QCOMPARE(parser.parse(buffer), HttpParser::Result::Request);
        QCOMPARE(parser.takeRequest().body, QByteArray("abcde"));
        QCOMPARE(parser.parse(buffer), HttpParser::Result::NeedMore);
        buffer += "yz";
        QCOMPARE(parser.parse(buffer), HttpParser::Result::Request);
        QCOMPARE(parser.takeRequest().body, QByteArray("wxyz"));
        QVERIFY(buffer.isEmpty());

        HttpParser bad;
        QByteArray garbage = "NONSENSE\r\n\r\n";
        QCOMPARE(bad.parse(garbage), HttpParser::Result::Error);
        QCOMPARE(bad.errorStatus(), 400);
        HttpParser big;
        QByteArray huge = "POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n";
        QCOMPARE(big.parse(huge), HttpParser::Result::Error);
        QCOMPARE(big.errorStatus(), 413);
    }

    void labelSelectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("matches");
        QTest::newRow("equals") << QStringLiteral("app=web") << true;
        QTest::newRow("double equals") << QStringLiteral("app==web") << true;
        QTest::newRow("not equals") << QStringLiteral("app!=web") << false;
        QTest::newRow("in") << QStringLiteral("tier in (front, back)") << true;
        QTest::newRow("notin") << QStringLiteral("tier notin (front)") << false;
        QTest::newRow("exists") << QStringLiteral("app") << true;
        QTest::newRow("not exists") << QStringLiteral("!missing") << true;
        QTest::newRow("and") << QStringLiteral("app=web,!tier") << false;
        QTest::newRow("gt") << QStringLiteral("rank>3") << true;
        QTest::newRow("lt") << QStringLiteral("rank<3") << false;
        QTest::newRow("empty") << QString() << true;
    }

    void labelSelectors()
    {
        QFETCH(QString, selector);
        QFETCH(bool, matches);
        QString error;
        const auto s = LabelSelector::parse(selector, &error);
        QVERIFY2(s, qPrintable(error));
        const QJsonObject labels{{QStringLiteral("app"), QStringLiteral("web")},
                                 {QStringLiteral("tier"), QStringLiteral("front")},
                                 {QStringLiteral("rank"), QStringLiteral("5")}};
        QCOMPARE(s->matches(labels), matches);
    }

    void labelSelectorErrors()
    {
        QString error;
        QVERIFY(!LabelSelector::parse(QStringLiteral("app in a,b"), &error));
        QVERIFY(!LabelSelector::parse(QStringLiteral("-bad=x"), &error));
        QVERIFY(error.contains(QLatin1String("name part must consist of alphanumeric characters")));
        QVERIFY(!LabelSelector::parse(QStringLiteral("a=b c"), &error));
    }

    void fieldSelectors()
    {
        QString error;
        const auto s = FieldSelector::parse(QStringLiteral("metadata.name=a\\,b,status.phase!=Running"), &error);
        QVERIFY(s);
        QCOMPARE(s->requirements().size(), 2);
        QCOMPARE(s->requirements().first().value, QStringLiteral("a,b"));
        QCOMPARE(*s->exactValue(QStringLiteral("metadata.name")), QStringLiteral("a,b"));
        QVERIFY(s->matches([](const QString &f) {
            return f == QLatin1String("metadata.name") ? QStringLiteral("a,b") : QStringLiteral("Pending");
        }));
        QVERIFY(!FieldSelector::parse(QStringLiteral("justaword"), &error));
    }

    void jsonPatchOperations()
    {
        const QJsonObject doc{{QStringLiteral("a"), QJsonObject{{QStringLiteral("b/c"), 1}}},
                              {QStringLiteral("list"), QJsonArray{1, 2, 3}}};
        const PatchOutcome r = applyJsonPatch(doc, "[{\"op\":\"move\",\"from\":\"/a/b~1c\",\"path\":\"/moved\"},"
                                                   "{\"op\":\"copy\",\"from\":\"/list/0\",\"path\":\"/list/-\"},"
                                                   "{\"op\":\"remove\",\"path\":\"/list/1\"},"
                                                   "{\"op\":\"add\",\"path\":\"/list/0\",\"value\":0}]");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value.toObject().value(QLatin1String("moved")).toInt(), 1);
        QCOMPARE(r.value.toObject().value(QLatin1String("list")).toArray(), (QJsonArray{0, 1, 3, 1}));
        QCOMPARE(applyJsonPatch(doc, "[{\"op\":\"replace\",\"path\":\"/nope\",\"value\":1}]").error,
                 QStringLiteral("replace operation does not apply: doc is missing key: /nope"));
        QVERIFY(applyJsonPatch(doc, "not json").badRequest);
    }

    void mergePatch()
    {
        const QJsonObject doc{{QStringLiteral("a"), 1},
                              {QStringLiteral("b"), QJsonObject{{QStringLiteral("c"), 2}, {QStringLiteral("d"), 3}}}};
        const QJsonObject patch{{QStringLiteral("a"), QJsonValue()},
                                {QStringLiteral("b"), QJsonObject{{QStringLiteral("d"), QJsonValue()}}},
                                {QStringLiteral("e"), QJsonArray{1}}};
        QCOMPARE(applyMergePatch(doc, patch).toObject(),
                 (QJsonObject{{QStringLiteral("b"), QJsonObject{{QStringLiteral("c"), 2}}},
                              {QStringLiteral("e"), QJsonArray{1}}}));
    }

    void fieldSetsRoundTripFieldsV1()
    {
        const QJsonObject fields{
            {QStringLiteral("f:metadata"),
             QJsonObject{{QStringLiteral("f:labels"), QJsonObject{{QStringLiteral("f:app"), QJsonObject()}}}}},
            {QStringLiteral("f:spec"),
             QJsonObject{{QStringLiteral("f:containers"),
                          QJsonObject{{QStringLiteral("k:{\"name\":\"web\"}"),
                                       QJsonObject{{QStringLiteral("."), QJsonObject()},
                                                   {QStringLiteral("f:image"), QJsonObject()}}}}},
                         {QStringLiteral("f:finalizers"), QJsonObject{{QStringLiteral("v:\"x\""), QJsonObject()}}}}}};
        const FieldSet set = FieldSet::fromFieldsV1(fields);
        QCOMPARE(set.size(), 4);
        QCOMPARE(set.toFieldsV1(), fields);
        QVERIFY(set.containsKey(QStringLiteral("f:spec\nf:containers\nk:{\"name\":\"web\"}\nf:image")));
        QCOMPARE(FieldSet::displayPath(QStringLiteral("f:spec\nf:containers\nk:{\"name\":\"web\"}\nf:image")),
                 QStringLiteral(".spec.containers[name=\"web\"].image"));
        QCOMPARE(FieldSet::displayPath(QStringLiteral("f:metadata\nf:finalizers\nv:\"x\"")),
                 QStringLiteral(".metadata.finalizers[=\"x\"]"));
        QCOMPARE(
            FieldSet::displayPath(QStringLiteral("f:spec\nf:ports\nk:{\"containerPort\":80,\"protocol\":\"TCP\"}")),
            QStringLiteral(".spec.ports[containerPort=80,protocol=\"TCP\"]"));
    }

    void pkiIssuesAndVerifies()
    {
        QString error;
        const CertifiedKey ca = Pki::createCertificateAuthority(QStringLiteral("test-ca"), 1, &error);
        QVERIFY2(ca.isValid(), qPrintable(error));
        CertificateRequest r;
        r.commonName = QStringLiteral("jane");
        r.organizations = {QStringLiteral("dbas"), QStringLiteral("oncall")};
        r.clientAuth = true;
        const CertifiedKey client = Pki::issue(ca, r, &error);
        QVERIFY(client.isValid());
        const QSslCertificate cert = QSslCertificate::fromData(client.certificatePem).value(0);
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("jane")});
        QCOMPARE(cert.subjectInfo(QSslCertificate::Organization).size(), 2);
        ClientCertificateVerifier verifier(ca.certificatePem);
        QString reason;
        QVERIFY(verifier.verify({cert}, &reason));
        const CertifiedKey other = Pki::createCertificateAuthority(QStringLiteral("other"), 1, &error);
        const CertifiedKey stranger = Pki::issue(other, r, &error);
        QVERIFY(!verifier.verify(QSslCertificate::fromData(stranger.certificatePem), &reason));
        QVERIFY(!reason.isEmpty());
        CertificateRequest server;
        server.commonName = QStringLiteral("srv");
        server.serverAuth = true;
        server.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
        const QSslCertificate serverCert
            = QSslCertificate::fromData(Pki::issue(ca, server, &error).certificatePem).value(0);
        QVERIFY(!verifier.verify({serverCert}, &reason)); // not for client authentication
        QCOMPARE(serverCert.subjectAlternativeNames().value(QSsl::IpAddressEntry), QStringLiteral("127.0.0.1"));
    }

    void registryOrdersVersionsAndServesCrds()
    {
        Registry registry;
        QJsonObject crd{
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("things.example.com")}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("group"), QStringLiteral("example.com")},
                         {QStringLiteral("scope"), QStringLiteral("Cluster")},
                         {QStringLiteral("names"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Thing")},
                                                               {QStringLiteral("plural"), QStringLiteral("things")}}},
                         {QStringLiteral("versions"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("v1alpha1")},
                                                 {QStringLiteral("served"), true}},
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("v2")},
                                                 {QStringLiteral("served"), true},
                                                 {QStringLiteral("storage"), true}},
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("v1beta2")},
                                                 {QStringLiteral("served"), true}},
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("v1")},
                                                 {QStringLiteral("served"), false}}}}}}};
        registry.applyCrd(crd);
        QCOMPARE(registry.versions(QStringLiteral("example.com")),
                 (QStringList{QStringLiteral("v2"), QStringLiteral("v1beta2"), QStringLiteral("v1alpha1")}));
        const ResourceType *t = registry.find(u"example.com", u"v1beta2", u"things");
        QVERIFY(t);
        QVERIFY(!t->namespaced);
        QCOMPARE(t->listKind, QStringLiteral("ThingList"));
        QVERIFY(!registry.find(u"example.com", u"v1", u"things"));
        registry.removeCrd(QStringLiteral("things.example.com"));
        QVERIFY(!registry.find(u"example.com", u"v2", u"things"));
        QVERIFY(registry.find(u"apps", u"v1", u"deployments"));
    }

    void storeSnapshotsAndHistory()
    {
        ObjectStore store;
        store.setHistoryLimit(3);
        const auto obj = [](const QString &name, int v) {
            return QJsonObject{
                {QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), QStringLiteral("n")}}},
                {QStringLiteral("v"), v}};
        };
        store.create(QStringLiteral("/x"), QStringLiteral("n/a"), obj(QStringLiteral("a"), 1));
        const quint64 afterA = store.currentResourceVersion();
        store.create(QStringLiteral("/x"), QStringLiteral("n/b"), obj(QStringLiteral("b"), 1));
        store.update(QStringLiteral("/x"), QStringLiteral("n/a"), obj(QStringLiteral("a"), 2));
        const auto snap = store.snapshot(QStringLiteral("/x"), QString(), afterA);
        QVERIFY(snap);
        QCOMPARE(snap->size(), 1);
        QCOMPARE(snap->first().value(QLatin1String("v")).toInt(), 1);
        store.remove(QStringLiteral("/x"), QStringLiteral("n/b"));
        QVERIFY(!store.changesSince(QStringLiteral("/x"), afterA - 1)); // beyond the three retained changes
        QCOMPARE(store.changesSince(QStringLiteral("/x"), afterA + 1)->size(), 2);
    }

    void humanAges()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(humanAge(Json::timestamp(now.addSecs(-30))), QStringLiteral("30s"));
        QCOMPARE(humanAge(Json::timestamp(now.addSecs(-(5 * 60 + 7)))), QStringLiteral("5m7s"));
        QCOMPARE(humanAge(Json::timestamp(now.addSecs(-(3 * 3600 + 10 * 60)))), QStringLiteral("3h10m"));
        QCOMPARE(humanAge(Json::timestamp(now.addDays(-3).addSecs(-3600 * 5))), QStringLiteral("3d5h"));
        QCOMPARE(humanAge(QString()), QStringLiteral("<unknown>"));
    }

    void protobufEnvelopeDecodes()
    {
        // A ConfigMap as kubectl's typed client sends it.
        const QByteArray objectMeta = field(1, "pb") + field(11, field(1, "app") + field(2, "demo"));
        const QByteArray configMap = field(1, objectMeta) + field(2, field(1, "key") + field(2, "value"))
                                     + field(3, field(1, "bin") + field(2, QByteArray("\x00\x01", 2)));
        const QByteArray unknown = field(1, field(1, "v1") + field(2, "ConfigMap")) + field(2, configMap)
                                   + field(4, "application/vnd.kubernetes.protobuf");
        QString error;
        bool unsupported = false;
        const QJsonObject decoded = Protobuf::decode(QByteArray("k8s\0", 4) + unknown, &error, &unsupported);
        QVERIFY2(!decoded.isEmpty(), qPrintable(error));
        QCOMPARE(decoded.value(QLatin1String("kind")).toString(), QStringLiteral("ConfigMap"));
        QCOMPARE(
            decoded.value(QLatin1String("metadata")).toObject(),
            (QJsonObject{{QStringLiteral("name"), QStringLiteral("pb")},
                         {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), QStringLiteral("demo")}}}}));
        QCOMPARE(decoded.value(QLatin1String("data")).toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("value"));
        QCOMPARE(decoded.value(QLatin1String("binaryData")).toObject().value(QLatin1String("bin")).toString(),
                 QStringLiteral("AAE="));
        const QByteArray lease
            = field(1, field(1, "coordination.k8s.io/v1") + field(2, "Lease")) + field(2, QByteArray());
        QVERIFY(Protobuf::decode(QByteArray("k8s\0", 4) + lease, &error, &unsupported).isEmpty());
        QVERIFY(unsupported);
        QVERIFY(Protobuf::decode(QByteArray("k8s\0", 4) + QByteArray("\x0a\x7f", 2), &error, &unsupported).isEmpty());
        QVERIFY(!unsupported);
    }
};

QTEST_GUILESS_MAIN(TestSandboxUnits)
#include "tst_sandbox_units.moc"
