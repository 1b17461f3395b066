// Object lifecycles: the status and scale subresources with generation, finalizers, cascading deletion through
// ownerReferences, namespace termination, CRDs served at run time, generateName and the two Event shapes.
#include "crudhelpers.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

class TestSandboxLifecycle : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fixture;
    const QString cms = QStringLiteral("/api/v1/namespaces/default/configmaps");

    QJsonObject mustCreate(const QString &path, const QJsonObject &object)
    {
        const HttpResponse r = m_fixture.post(path, object);
        if (r.status != 201) {
            qWarning() << r.status << r.body;
        }
        return r.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error, [](Sandbox::Sandbox::Options &o) { o.watchHistory = 200; }),
                 qPrintable(error));
    }

    void statusSubresourceAndGeneration()
    {
        const QString path = QStringLiteral("/apis/apps/v1/namespaces/default/deployments/gen");
        QJsonObject d = mustCreate(QStringLiteral("/apis/apps/v1/namespaces/default/deployments"),
                                   deployment(QStringLiteral("gen"), 1));
        QCOMPARE(metaOf(d).value(QLatin1String("generation")).toInt(), 1);
        // status written through the main resource is ignored, and does not count as a spec change.
        d[QStringLiteral("status")] = QJsonObject{{QStringLiteral("replicas"), 5}};
        d = m_fixture.put(path, d).json();
        QVERIFY(!d.contains(QLatin1String("status"))
                || d.value(QLatin1String("status")).toObject().value(QLatin1String("replicas")).toInt() != 5);
        QCOMPARE(metaOf(d).value(QLatin1String("generation")).toInt(), 1);
        // a spec change bumps generation.
        QJsonObject spec = d.value(QLatin1String("spec")).toObject();
        spec[QStringLiteral("replicas")] = 3;
        d[QStringLiteral("spec")] = spec;
        d = m_fixture.put(path, d).json();
        QCOMPARE(metaOf(d).value(QLatin1String("generation")).toInt(), 2);
        // the status subresource writes status only: spec changes there are ignored, generation stays.
        QJsonObject viaStatus = d;
        viaStatus[QStringLiteral("status")] = QJsonObject{{QStringLiteral("replicas"), 3},
                                                          {QStringLiteral("readyReplicas"), 3},
                                                          {QStringLiteral("observedGeneration"), 2}};
        spec[QStringLiteral("replicas")] = 9;
        viaStatus[QStringLiteral("spec")] = spec;
        const QJsonObject afterStatus = m_fixture.put(path + QLatin1String("/status"), viaStatus).json();
        QCOMPARE(afterStatus.value(QLatin1String("status")).toObject().value(QLatin1String("readyReplicas")).toInt(),
                 3);
        QCOMPARE(afterStatus.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 3);
        QCOMPARE(metaOf(afterStatus).value(QLatin1String("generation")).toInt(), 2);
        QCOMPARE(m_fixture.get(path + QLatin1String("/status"))
                     .json()
                     .value(QLatin1String("status"))
                     .toObject()
                     .value(QLatin1String("replicas"))
                     .toInt(),
                 3);
        // the scale subresource reads and writes spec.replicas.
        const QJsonObject scale = m_fixture.get(path + QLatin1String("/scale")).json();
        QCOMPARE(scale.value(QLatin1String("kind")).toString(), QStringLiteral("Scale"));
        QCOMPARE(scale.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 3);
        QCOMPARE(scale.value(QLatin1String("status")).toObject().value(QLatin1String("selector")).toString(),
                 QStringLiteral("app=gen"));
        m_fixture.patch(path + QLatin1String("/scale"), "{\"spec\":{\"replicas\":4}}", "application/merge-patch+json");
        const QJsonObject scaled = m_fixture.get(path).json();
        QCOMPARE(scaled.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 4);
        QCOMPARE(metaOf(scaled).value(QLatin1String("generation")).toInt(), 3);
    }

    void finalizersHoldDeletion()
    {
        const QJsonObject created = mustCreate(
            cms, configMap(QStringLiteral("fin"), {},
                           {{QStringLiteral("finalizers"), QJsonArray{QStringLiteral("example.com/hold")}}}));
        const HttpResponse deleting = m_fixture.del(cms + QLatin1String("/fin"));
        QCOMPARE(deleting.status, 200);
        QVERIFY(!metaOf(deleting.json()).value(QLatin1String("deletionTimestamp")).toString().isEmpty());
        QJsonObject current = m_fixture.get(cms + QLatin1String("/fin")).json();
        QVERIFY(!metaOf(current).value(QLatin1String("deletionTimestamp")).toString().isEmpty());
        // no new finalizers while deleting
        QJsonObject more = current;
        QJsonObject m = metaOf(more);
        m[QStringLiteral("finalizers")]
            = QJsonArray{QStringLiteral("example.com/hold"), QStringLiteral("example.com/more")};
        more[QStringLiteral("metadata")] = m;
        QCOMPARE(m_fixture.put(cms + QLatin1String("/fin"), more).status, 422);
        m[QStringLiteral("finalizers")] = QJsonArray();
        current[QStringLiteral("metadata")] = m;
        QCOMPARE(m_fixture.put(cms + QLatin1String("/fin"), current).status, 200);
        QCOMPARE(m_fixture.get(cms + QLatin1String("/fin")).status, 404);
        Q_UNUSED(created)
    }

    void cascadingDeletion_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("dependentSurvives");
        QTest::newRow("background") << QStringLiteral("Background") << false;
        QTest::newRow("foreground") << QStringLiteral("Foreground") << false;
        QTest::newRow("orphan") << QStringLiteral("Orphan") << true;
    }

    void cascadingDeletion()
    {
        QFETCH(QString, policy);
        QFETCH(bool, dependentSurvives);
        const QString deployments = QStringLiteral("/apis/apps/v1/namespaces/default/deployments/");
        const QString owner = QStringLiteral("owner-") + policy.toLower();
        const QJsonObject d
            = mustCreate(QStringLiteral("/apis/apps/v1/namespaces/default/deployments"), deployment(owner, 1));
        const QJsonObject ref{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                              {QStringLiteral("kind"), QStringLiteral("Deployment")},
                              {QStringLiteral("name"), owner},
                              {QStringLiteral("uid"), metaOf(d).value(QLatin1String("uid"))},
                              {QStringLiteral("blockOwnerDeletion"), true}};
        const QString dependent = owner + QLatin1String("-cm");
        mustCreate(cms, configMap(dependent, {}, {{QStringLiteral("ownerReferences"), QJsonArray{ref}}}));
        const QByteArray body
            = "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"" + policy.toLatin1() + "\"}";
        const HttpResponse deleted = m_fixture.request("DELETE", deployments + owner, body, "application/json");
        QCOMPARE(deleted.status, 200);
        if (policy == QLatin1String("Background")) {
            // Deleted at once; the Status names what went.
            QCOMPARE(deleted.json().value(QLatin1String("status")).toString(), QStringLiteral("Success"));
        } else {
            QVERIFY(metaOf(deleted.json())
                        .value(QLatin1String("finalizers"))
                        .toArray()
                        .contains(policy == QLatin1String("Orphan") ? QStringLiteral("orphan")
                                                                    : QStringLiteral("foregroundDeletion")));
            QVERIFY(!metaOf(deleted.json()).value(QLatin1String("deletionTimestamp")).toString().isEmpty());
        }
        QTRY_COMPARE(m_fixture.get(deployments + owner).status, 404);
        if (dependentSurvives) {
            const QJsonObject kept = m_fixture.get(cms + u'/' + dependent).json();
            QCOMPARE(metaOf(kept).value(QLatin1String("name")).toString(), dependent);
            QVERIFY(!metaOf(kept).contains(QLatin1String("ownerReferences")));
        } else {
            QTRY_COMPARE(m_fixture.get(cms + u'/' + dependent).status, 404);
        }
    }

    void namespaceDeletionTakesItsContent()
    {
        QCOMPARE(m_fixture
                     .post(QStringLiteral("/api/v1/namespaces"),
                           QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                       {QStringLiteral("kind"), QStringLiteral("Namespace")},
                                       {QStringLiteral("metadata"), meta(QStringLiteral("doomed"))}})
                     .status,
                 201);
        QTRY_COMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/doomed/serviceaccounts/default")).status, 200);
        QCOMPARE(
            m_fixture.post(QStringLiteral("/api/v1/namespaces/doomed/configmaps"), configMap(QStringLiteral("inside")))
                .status,
            201);
        const HttpResponse deleting = m_fixture.del(QStringLiteral("/api/v1/namespaces/doomed"));
        QCOMPARE(deleting.status, 200);
        QCOMPARE(deleting.json().value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString(),
                 QStringLiteral("Terminating"));
        QTRY_COMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/doomed")).status, 404);
        QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/namespaces/doomed/configmaps/inside")).status, 404);
    }

    void crdsAreServedAtRunTime()
    {
        const QJsonObject schema{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("spec"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                              {QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("size"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}}}}}}};
        const QJsonObject crd{
            {QStringLiteral("apiVersion"), QStringLiteral("apiextensions.k8s.io/v1")},
            {QStringLiteral("kind"), QStringLiteral("CustomResourceDefinition")},
            {QStringLiteral("metadata"), meta(QStringLiteral("widgets.example.com"))},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("group"), QStringLiteral("example.com")},
                         {QStringLiteral("scope"), QStringLiteral("Namespaced")},
                         {QStringLiteral("names"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Widget")},
                                                               {QStringLiteral("plural"), QStringLiteral("widgets")}}},
                         {QStringLiteral("versions"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("v1")},
                                                 {QStringLiteral("served"), true},
                                                 {QStringLiteral("storage"), true},
                                                 {QStringLiteral("schema"),
                                                  QJsonObject{{QStringLiteral("openAPIV3Schema"), schema}}}}}}}}};
        QCOMPARE(m_fixture.post(QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions"), crd).status,
                 201);
        QTRY_VERIFY(
            m_fixture.get(QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com"))
                .json()
                .value(QLatin1String("status"))
                .toObject()
                .value(QLatin1String("conditions"))
                .toArray()
                .size()
            == 2);
        QCOMPARE(m_fixture.get(QStringLiteral("/apis/example.com/v1"))
                     .json()
                     .value(QLatin1String("resources"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("Widget"));
        const QJsonObject widget{
            {QStringLiteral("apiVersion"), QStringLiteral("example.com/v1")},
            {QStringLiteral("kind"), QStringLiteral("Widget")},
            {QStringLiteral("metadata"), meta(QStringLiteral("w1"))},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("size"), 2}, {QStringLiteral("extra"), 1}}}};
        const HttpResponse created
            = m_fixture.post(QStringLiteral("/apis/example.com/v1/namespaces/default/widgets"), widget);
        QCOMPARE(created.status, 201);
        QVERIFY(!created.json().value(QLatin1String("spec")).toObject().contains(QLatin1String("extra"))); // pruned
        QCOMPARE(
            m_fixture.del(QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com"))
                .status,
            200);
        QTRY_COMPARE(
            m_fixture.get(QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com"))
                .status,
            404);
        QCOMPARE(m_fixture.get(QStringLiteral("/apis/example.com/v1/namespaces/default/widgets")).body,
                 QByteArray("404 page not found\n"));
        QVERIFY(m_fixture.sandbox()->store()->list(QStringLiteral("example.com/widgets")).isEmpty());
    }

    void generateNameAndEventsInTwoShapes()
    {
        QJsonObject cm = configMap(QString());
        cm[QStringLiteral("metadata")] = QJsonObject{{QStringLiteral("generateName"), QStringLiteral("gen-")}};
        const QJsonObject created = mustCreate(cms, cm);
        QVERIFY(metaOf(created).value(QLatin1String("name")).toString().startsWith(QLatin1String("gen-")));
        QCOMPARE(metaOf(created).value(QLatin1String("name")).toString().size(), 9);

        const QJsonObject event{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Event")},
            {QStringLiteral("metadata"), meta(QStringLiteral("e1"))},
            {QStringLiteral("involvedObject"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Pod")},
                                                           {QStringLiteral("name"), QStringLiteral("p")}}},
            {QStringLiteral("reason"), QStringLiteral("Started")},
            {QStringLiteral("message"), QStringLiteral("hello")},
            {QStringLiteral("type"), QStringLiteral("Normal")}};
        QCOMPARE(m_fixture.post(QStringLiteral("/api/v1/namespaces/default/events"), event).status, 201);
        const QJsonObject v1
            = m_fixture.get(QStringLiteral("/apis/events.k8s.io/v1/namespaces/default/events/e1")).json();
        QCOMPARE(v1.value(QLatin1String("apiVersion")).toString(), QStringLiteral("events.k8s.io/v1"));
        QCOMPARE(v1.value(QLatin1String("note")).toString(), QStringLiteral("hello"));
        QCOMPARE(v1.value(QLatin1String("regarding")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("p"));
        QVERIFY(!v1.contains(QLatin1String("message")));
        QCOMPARE(
            m_fixture.get(QStringLiteral("/api/v1/namespaces/default/events?fieldSelector=involvedObject.name%3Dp"))
                .json()
                .value(QLatin1String("items"))
                .toArray()
                .size(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_sandbox_lifecycle.moc"
