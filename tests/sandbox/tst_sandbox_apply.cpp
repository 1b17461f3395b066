// Patches (JSON merge, JSON patch, strategic merge) and server-side apply with managed fields, conflicts and force.
#include "crudhelpers.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

static const QByteArray Merge = "application/merge-patch+json";
static const QByteArray JsonPatch = "application/json-patch+json";
static const QByteArray Strategic = "application/strategic-merge-patch+json";
static const QByteArray Apply = "application/apply-patch+yaml";

class TestSandboxApply : public QObject
{
    Q_OBJECT
private:
    SandboxFixture m_fixture;
    const QString cms = QStringLiteral("/api/v1/namespaces/default/configmaps");
    const QString deployments = QStringLiteral("/apis/apps/v1/namespaces/default/deployments");

    static QJsonObject managerEntry(const QJsonObject &object, const QString &manager, const QString &operation)
    {
        for (const QJsonValue &e : metaOf(object).value(QLatin1String("managedFields")).toArray()) {
            if (e.toObject().value(QLatin1String("manager")) == manager
                && e.toObject().value(QLatin1String("operation")) == operation) {
                return e.toObject();
            }
        }
        return {};
    }

    static QStringList containerNames(const QJsonObject &d)
    {
        QStringList names;
        for (const QJsonValue &c : d.value(QLatin1String("spec"))
                                       .toObject()
                                       .value(QLatin1String("template"))
                                       .toObject()
                                       .value(QLatin1String("spec"))
                                       .toObject()
                                       .value(QLatin1String("containers"))
                                       .toArray()) {
            names.append(c.toObject().value(QLatin1String("name")).toString());
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void mergePatch()
    {
        QCOMPARE(m_fixture
                     .post(cms, configMap(QStringLiteral("m"), {{QStringLiteral("a"), QStringLiteral("1")},
                                                                {QStringLiteral("b"), QStringLiteral("2")}}))
                     .status,
                 201);
        const HttpResponse r = m_fixture.patch(cms + QLatin1String("/m"), "{\"data\":{\"a\":null,\"c\":\"3\"}}", Merge);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("data")).toObject(),
                 (QJsonObject{{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("c"), QStringLiteral("3")}}));
        QCOMPARE(managerEntry(r.json(), QStringLiteral("tst_sandbox"), QStringLiteral("Update")).isEmpty(), false);
        QCOMPARE(m_fixture.patch(cms + QLatin1String("/missing"), "{}", Merge).status, 404);
        QCOMPARE(m_fixture.patch(cms + QLatin1String("/m"), "{broken", Merge).status, 400);
        // A patch that names a stale resourceVersion is a precondition.
        QCOMPARE(m_fixture
                     .patch(cms + QLatin1String("/m"),
                            "{\"metadata\":{\"resourceVersion\":\"1\"},\"data\":{\"x\":\"y\"}}", Merge)
                     .status,
                 409);
    }

    void jsonPatch()
    {
        QCOMPARE(
            m_fixture.post(cms, configMap(QStringLiteral("j"), {{QStringLiteral("k"), QStringLiteral("v")}})).status,
            201);
        const HttpResponse ok
            = m_fixture.patch(cms + QLatin1String("/j"),
                              "[{\"op\":\"test\",\"path\":\"/data/k\",\"value\":\"v\"},{\"op\":\"replace\",\"path\":\"/"
                              "data/k\",\"value\":\"w\"},"
                              "{\"op\":\"add\",\"path\":\"/data/n\",\"value\":\"1\"}]",
                              JsonPatch);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QLatin1String("data")).toObject(),
                 (QJsonObject{{QStringLiteral("k"), QStringLiteral("w")}, {QStringLiteral("n"), QStringLiteral("1")}}));
        const HttpResponse failed = m_fixture.patch(
            cms + QLatin1String("/j"), "[{\"op\":\"test\",\"path\":\"/data/k\",\"value\":\"v\"}]", JsonPatch);
        QCOMPARE(failed.status, 422);
        QCOMPARE(failed.body, QByteArray("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":"
                                         "\"Failure\",\"message\":\"the server "
                                         "rejected our request due to an error in our "
                                         "request\",\"reason\":\"Invalid\",\"details\":{\"causes\":[{\"reason\":"
                                         "\"UnexpectedServerResponse\",\"message\":\"testing value /data/k failed: "
                                         "test failed\"}]},\"code\":422}\n"));
        QCOMPARE(
            m_fixture.patch(cms + QLatin1String("/j"), "[{\"op\":\"remove\",\"path\":\"/data/absent\"}]", JsonPatch)
                .status,
            422);
        QCOMPARE(m_fixture.patch(cms + QLatin1String("/j"), "{\"not\":\"a list\"}", JsonPatch).status, 400);
        QCOMPARE(m_fixture.get(cms + QLatin1String("/j"))
                     .json()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("k"))
                     .toString(),
                 QStringLiteral("w"));
    }

    void strategicMergeUsesMergeKeys()
    {
        QJsonObject d = deployment(QStringLiteral("smp"), 1);
        QJsonObject spec = d.value(QLatin1String("spec")).toObject();
        QJsonObject tpl = spec.value(QLatin1String("template")).toObject();
        QJsonObject podSpec = tpl.value(QLatin1String("spec")).toObject();
        QJsonObject web = container(QStringLiteral("web"), QStringLiteral("nginx:1.27"));
        web.insert(QStringLiteral("env"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                                                 {QStringLiteral("value"), QStringLiteral("1")}}});
        web.insert(QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("containerPort"), 80}}});
        podSpec[QStringLiteral("containers")]
            = QJsonArray{web, container(QStringLiteral("sidecar"), QStringLiteral("busybox"))};
        tpl[QStringLiteral("spec")] = podSpec;
        spec[QStringLiteral("template")] = tpl;
        d[QStringLiteral("spec")] = spec;
        QCOMPARE(m_fixture.post(deployments, d).status, 201);

        // Change one container's image and add an env var: the other container and env var stay.
        const HttpResponse r = m_fixture.patch(
            deployments + QLatin1String("/smp"),
            "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.28\","
            "\"env\":[{\"name\":\"B\",\"value\":\"2\"}],\"ports\":[{\"containerPort\":443}]}]}}}}",
            Strategic);
        QCOMPARE(r.status, 200);
        QCOMPARE(containerNames(r.json()), (QStringList{QStringLiteral("web"), QStringLiteral("sidecar")}));
        const QJsonObject patchedWeb = r.json()
                                           .value(QLatin1String("spec"))
                                           .toObject()
                                           .value(QLatin1String("template"))
                                           .toObject()
                                           .value(QLatin1String("spec"))
                                           .toObject()
                                           .value(QLatin1String("containers"))
                                           .toArray()
                                           .first()
                                           .toObject();
        QCOMPARE(patchedWeb.value(QLatin1String("image")).toString(), QStringLiteral("nginx:1.28"));
        QCOMPARE(patchedWeb.value(QLatin1String("env")).toArray().size(), 2);
        QCOMPARE(patchedWeb.value(QLatin1String("ports")).toArray().size(), 2);
        QCOMPARE(metaOf(r.json()).value(QLatin1String("generation")).toInt(), 2);

        // $patch: delete removes one element; $setElementOrder reorders.
        const HttpResponse deleted = m_fixture.patch(
            deployments + QLatin1String("/smp"),
            "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"sidecar\",\"$patch\":\"delete\"}]}}}}",
            Strategic);
        QCOMPARE(containerNames(deleted.json()), QStringList{QStringLiteral("web")});
        const HttpResponse added = m_fixture.patch(deployments + QLatin1String("/smp"),
                                                   "{\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/"
                                                   "containers\":[{\"name\":\"extra\"},{\"name\":\"web\"}],"
                                                   "\"containers\":[{\"name\":\"extra\",\"image\":\"busybox\"}]}}}}",
                                                   Strategic);
        QCOMPARE(containerNames(added.json()), (QStringList{QStringLiteral("extra"), QStringLiteral("web")}));
        // Labels are maps: null deletes a key; finalizers merge as a set.
        const HttpResponse meta
            = m_fixture.patch(deployments + QLatin1String("/smp"),
                              "{\"metadata\":{\"labels\":{\"a\":\"1\"},\"finalizers\":[\"x.io/one\"]}}", Strategic);
        QCOMPARE(metaOf(meta.json()).value(QLatin1String("finalizers")).toArray(),
                 QJsonArray{QStringLiteral("x.io/one")});
        const HttpResponse more
            = m_fixture.patch(deployments + QLatin1String("/smp"),
                              "{\"metadata\":{\"labels\":{\"a\":null},\"finalizers\":[\"x.io/two\"],"
                              "\"$deleteFromPrimitiveList/finalizers\":[\"x.io/one\"]}}",
                              Strategic);
        QVERIFY(!metaOf(more.json()).value(QLatin1String("labels")).toObject().contains(QLatin1String("a")));
        QCOMPARE(metaOf(more.json()).value(QLatin1String("finalizers")).toArray(),
                 QJsonArray{QStringLiteral("x.io/two")});
        m_fixture.patch(deployments + QLatin1String("/smp"), "{\"metadata\":{\"finalizers\":null}}", Merge);

        // Custom resources have no strategic merge patch.
        const HttpResponse crd = m_fixture.patch(
            QStringLiteral("/apis/cassandra.datastax.com/v1beta1/namespaces/default/cassandradatacenters/x"), "{}",
            Strategic);
        QCOMPARE(crd.status, 415);
        QCOMPARE(crd.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                "application/json-patch+json, "
                                "application/merge-patch+json, application/apply-patch+yaml"));
    }

    void serverSideApplyConflictsAndForce()
    {
        const QByteArray alice
            = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ssa\n  labels:\n    owner: alice\nspec:\n"
              "  replicas: 2\n  selector:\n    matchLabels:\n      app: ssa\n  template:\n    metadata:\n      "
              "labels:\n"
              "        app: ssa\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n";
        const HttpResponse created
            = m_fixture.patch(deployments + QLatin1String("/ssa?fieldManager=alice"), alice, Apply);
        QVERIFY2(created.status == 201, created.body.constData());
        const QJsonObject aliceEntry = managerEntry(created.json(), QStringLiteral("alice"), QStringLiteral("Apply"));
        QCOMPARE(aliceEntry.value(QLatin1String("apiVersion")).toString(), QStringLiteral("apps/v1"));
        QCOMPARE(aliceEntry.value(QLatin1String("fieldsType")).toString(), QStringLiteral("FieldsV1"));
        QVERIFY(aliceEntry.value(QLatin1String("fieldsV1"))
                    .toObject()
                    .value(QLatin1String("f:spec"))
                    .toObject()
                    .contains(QLatin1String("f:replicas")));
        QVERIFY(aliceEntry.value(QLatin1String("fieldsV1"))
                    .toObject()
                    .value(QLatin1String("f:spec"))
                    .toObject()
                    .value(QLatin1String("f:template"))
                    .toObject()
                    .value(QLatin1String("f:spec"))
                    .toObject()
                    .value(QLatin1String("f:containers"))
                    .toObject()
                    .contains(QLatin1String("k:{\"name\":\"web\"}")));
        // Re-applying the same configuration changes nothing.
        const HttpResponse again
            = m_fixture.patch(deployments + QLatin1String("/ssa?fieldManager=alice"), alice, Apply);
        QCOMPARE(rvOf(again.json()), rvOf(created.json()));

        const QByteArray bob = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ssa\nspec:\n  replicas: 5\n";
        const HttpResponse conflict = m_fixture.patch(deployments + QLatin1String("/ssa?fieldManager=bob"), bob, Apply);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.body, QByteArray("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":"
                                           "\"Failure\",\"message\":\"Apply failed "
                                           "with 1 conflict: conflict with \\\"alice\\\": "
                                           ".spec.replicas\",\"reason\":\"Conflict\",\"details\":{\"causes\":"
                                           "[{\"reason\":\"FieldManagerConflict\",\"message\":\"conflict with "
                                           "\\\"alice\\\"\",\"field\":\".spec.replicas\"}]},"
                                           "\"code\":409}\n"));
        // Applying the same value is shared ownership, not a conflict.
        const QByteArray bobSame
            = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ssa\nspec:\n  replicas: 2\n";
        QCOMPARE(m_fixture.patch(deployments + QLatin1String("/ssa?fieldManager=carol"), bobSame, Apply).status, 200);

        const HttpResponse forced
            = m_fixture.patch(deployments + QLatin1String("/ssa?fieldManager=bob&force=true"), bob, Apply);
        QCOMPARE(forced.status, 200);
        QCOMPARE(forced.json().value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(), 5);
        QVERIFY(managerEntry(forced.json(), QStringLiteral("bob"), QStringLiteral("Apply"))
                    .value(QLatin1String("fieldsV1"))
                    .toObject()
                    .value(QLatin1String("f:spec"))
                    .toObject()
                    .contains(QLatin1String("f:replicas")));
        QVERIFY(!managerEntry(forced.json(), QStringLiteral("alice"), QStringLiteral("Apply"))
                     .value(QLatin1String("fieldsV1"))
                     .toObject()
                     .value(QLatin1String("f:spec"))
                     .toObject()
                     .contains(QLatin1String("f:replicas")));
        QVERIFY(!managerEntry(forced.json(), QStringLiteral("carol"), QStringLiteral("Apply"))
                     .value(QLatin1String("fieldsV1"))
                     .toObject()
                     .value(QLatin1String("f:spec"))
                     .toObject()
                     .contains(QLatin1String("f:replicas")));
        QCOMPARE(metaOf(forced.json()).value(QLatin1String("generation")).toInt(), 2);

        // A field changed by an Update manager conflicts, naming the manager's API version.
        const HttpResponse updated = m_fixture.patch(deployments + QLatin1String("/ssa?fieldManager=editor"),
                                                     "{\"spec\":{\"minReadySeconds\":7}}", Merge);
        QCOMPARE(updated.status, 200);
        const HttpResponse second = m_fixture.patch(deployments + QLatin1String("/ssa?fieldManager=bob"),
                                                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "
                                                    "ssa\nspec:\n  replicas: 5\n  minReadySeconds: 1\n",
                                                    Apply);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.json().value(QLatin1String("message")).toString(),
                 QStringLiteral(
                     "Apply failed with 1 conflict: conflict with \"editor\" using apps/v1: .spec.minReadySeconds"));
    }

    void applyMergesListMapsAndRemovesWhatIsNoLongerApplied()
    {
        const QByteArray one = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: lists\n  labels:\n    keep: "
                               "me\n    drop: me\nspec:\n"
                               "  selector:\n    matchLabels:\n      app: lists\n  template:\n    metadata:\n      "
                               "labels:\n        app: lists\n"
                               "    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n";
        QCOMPARE(m_fixture.patch(deployments + QLatin1String("/lists?fieldManager=alice"), one, Apply).status, 201);
        const QByteArray sidecar
            = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: lists\nspec:\n  template:\n    spec:\n"
              "      containers:\n      - name: sidecar\n        image: busybox\n";
        const HttpResponse merged
            = m_fixture.patch(deployments + QLatin1String("/lists?fieldManager=bob"), sidecar, Apply);
        QCOMPARE(merged.status, 200);
        QCOMPARE(containerNames(merged.json()), (QStringList{QStringLiteral("web"), QStringLiteral("sidecar")}));
        // alice stops applying the "drop" label: it goes; bob's container stays.
        const QByteArray two = QByteArray(one).replace("    drop: me\n", "");
        const HttpResponse reapplied
            = m_fixture.patch(deployments + QLatin1String("/lists?fieldManager=alice"), two, Apply);
        QCOMPARE(reapplied.status, 200);
        QVERIFY(!metaOf(reapplied.json()).value(QLatin1String("labels")).toObject().contains(QLatin1String("drop")));
        QVERIFY(metaOf(reapplied.json()).value(QLatin1String("labels")).toObject().contains(QLatin1String("keep")));
        QCOMPARE(containerNames(reapplied.json()), (QStringList{QStringLiteral("web"), QStringLiteral("sidecar")}));
    }

    void applyErrors()
    {
        const QByteArray cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\ndata:\n  a: b\n";
        const HttpResponse noManager = m_fixture.patch(cms + QLatin1String("/applied"), cm, Apply);
        QCOMPARE(noManager.status, 422);
        QCOMPARE(
            noManager.json().value(QLatin1String("message")).toString(),
            QStringLiteral(
                "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch"));
        QCOMPARE(m_fixture.patch(cms + QLatin1String("/other?fieldManager=x"), cm, Apply)
                     .json()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral("the name of the object (applied) does not match the name on the URL (other)"));
        QCOMPARE(m_fixture.patch(cms + QLatin1String("/applied?fieldManager=x&dryRun=All"), cm, Apply).status, 201);
        QCOMPARE(m_fixture.get(cms + QLatin1String("/applied")).status, 404);
        QCOMPARE(m_fixture.patch(cms + QLatin1String("/applied?fieldManager=x"), cm, Apply).status, 201);
        QCOMPARE(
            m_fixture.patch(cms + QLatin1String("/applied?fieldManager=x&force=true"), "{\"data\":{}}", Merge).status,
            422);
    }
};

QTEST_GUILESS_MAIN(TestSandboxApply)
#include "tst_sandbox_apply.moc"
