// Create, read, update, delete and their errors, pinned to the kube-apiserver's Status bodies; pagination,
// selectors, tables, dry runs, field validation, the status subresource, finalizers, cascading deletion,
// namespaces and CRDs served at run time.
#include "crudhelpers.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;

static QJsonObject status(const QString &message, const QString &reason, const QJsonObject &details, int code)
{
    QJsonObject s{{QStringLiteral("kind"), QStringLiteral("Status")},
                  {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                  {QStringLiteral("metadata"), QJsonObject()},
                  {QStringLiteral("status"), QStringLiteral("Failure")},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("code"), code}};
    if (!details.isEmpty()) {
        s.insert(QStringLiteral("details"), details);
    }
    return s;
}

class TestSandboxCrud : public QObject
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

    void createGetUpdateDelete()
    {
        const HttpResponse created
            = m_fixture.post(cms, configMap(QStringLiteral("c1"), {{QStringLiteral("k"), QStringLiteral("v")}}));
        QCOMPARE(created.status, 201);
        const QJsonObject object = created.json();
        QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("ConfigMap"));
        QVERIFY(!metaOf(object).value(QLatin1String("uid")).toString().isEmpty());
        QVERIFY(!metaOf(object).value(QLatin1String("creationTimestamp")).toString().isEmpty());
        QVERIFY(rvOf(object).toULongLong() > 0);
        QCOMPARE(metaOf(object)
                     .value(QLatin1String("managedFields"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("manager"))
                     .toString(),
                 QStringLiteral("tst_sandbox"));

        QJsonObject changed = object;
        changed[QStringLiteral("data")] = QJsonObject{{QStringLiteral("k"), QStringLiteral("v2")}};
        const HttpResponse updated = m_fixture.put(cms + QLatin1String("/c1"), changed);
        QCOMPARE(updated.status, 200);
        QVERIFY(rvOf(updated.json()).toULongLong() > rvOf(object).toULongLong());
        QCOMPARE(metaOf(updated.json()).value(QLatin1String("uid")), metaOf(object).value(QLatin1String("uid")));

        // An update that changes nothing writes nothing: the resourceVersion stays.
        const HttpResponse same = m_fixture.put(cms + QLatin1String("/c1"), updated.json());
        QCOMPARE(rvOf(same.json()), rvOf(updated.json()));

        const HttpResponse deleted = m_fixture.del(cms + QLatin1String("/c1"));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json(),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                              {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                              {QStringLiteral("metadata"), QJsonObject()},
                              {QStringLiteral("status"), QStringLiteral("Success")},
                              {QStringLiteral("details"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("c1")},
                                           {QStringLiteral("kind"), QStringLiteral("configmaps")},
                                           {QStringLiteral("uid"), metaOf(object).value(QLatin1String("uid"))}}}}));
        QCOMPARE(m_fixture.get(cms + QLatin1String("/c1")).status, 404);
    }

    void errorStatuses()
    {
        const HttpResponse missing = m_fixture.get(cms + QLatin1String("/missing"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(
            missing.body,
            QByteArray("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":"
                       "\"configmaps \\\"missing\\\" not found\",\"reason\":\"NotFound\",\"details\":{\"name\":"
                       "\"missing\",\"kind\":\"configmaps\"},\"code\":404}\n"));
        const HttpResponse missingDeployment
            = m_fixture.get(QStringLiteral("/apis/apps/v1/namespaces/default/deployments/nope"));
        QCOMPARE(missingDeployment.json(),
                 status(QStringLiteral("deployments.apps \"nope\" not found"), QStringLiteral("NotFound"),
                        {{QStringLiteral("name"), QStringLiteral("nope")},
                         {QStringLiteral("group"), QStringLiteral("apps")},
                         {QStringLiteral("kind"), QStringLiteral("deployments")}},
                        404));

        mustCreate(cms, configMap(QStringLiteral("dup")));
        QCOMPARE(m_fixture.post(cms, configMap(QStringLiteral("dup"))).json(),
                 status(QStringLiteral("configmaps \"dup\" already exists"), QStringLiteral("AlreadyExists"),
                        {{QStringLiteral("name"), QStringLiteral("dup")},
                         {QStringLiteral("kind"), QStringLiteral("configmaps")}},
                        409));

        QJsonObject stale = m_fixture.get(cms + QLatin1String("/dup")).json();
        QJsonObject fresh = stale;
        fresh[QStringLiteral("data")] = QJsonObject{{QStringLiteral("a"), QStringLiteral("1")}};
        QCOMPARE(m_fixture.put(cms + QLatin1String("/dup"), fresh).status, 200);
        stale[QStringLiteral("data")] = QJsonObject{{QStringLiteral("a"), QStringLiteral("2")}};
        QCOMPARE(
            m_fixture.put(cms + QLatin1String("/dup"), stale).json(),
            status(
                QStringLiteral(
                    "Operation cannot be fulfilled on configmaps \"dup\": the object has been modified; please apply "
                    "your changes to the latest version and try again"),
                QStringLiteral("Conflict"),
                {{QStringLiteral("name"), QStringLiteral("dup")},
                 {QStringLiteral("kind"), QStringLiteral("configmaps")}},
                409));

        const HttpResponse invalid
            = m_fixture.post(QStringLiteral("/api/v1/namespaces/default/pods"),
                             pod(QStringLiteral("bad"), {QJsonObject{{QStringLiteral("name"), QStringLiteral("c")}}}));
        QCOMPARE(
            invalid.json(),
            status(QStringLiteral("Pod \"bad\" is invalid: spec.containers[0].image: Required value"),
                   QStringLiteral("Invalid"),
                   {{QStringLiteral("name"), QStringLiteral("bad")},
                    {QStringLiteral("kind"), QStringLiteral("Pod")},
                    {QStringLiteral("causes"),
                     QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("FieldValueRequired")},
                                            {QStringLiteral("message"), QStringLiteral("Required value")},
                                            {QStringLiteral("field"), QStringLiteral("spec.containers[0].image")}}}}},
                   422));

        QJsonObject elsewhere = configMap(QStringLiteral("x"));
        elsewhere[QStringLiteral("metadata")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                            {QStringLiteral("namespace"), QStringLiteral("other")}};
        QCOMPARE(m_fixture.post(cms, elsewhere).json(),
                 status(QStringLiteral(
                            "the namespace of the provided object does not match the namespace sent on the request"),
                        QStringLiteral("BadRequest"), {}, 400));
        QCOMPARE(
            m_fixture.post(QStringLiteral("/api/v1/namespaces/nope/configmaps"), configMap(QStringLiteral("x"))).json(),
            status(QStringLiteral("namespaces \"nope\" not found"), QStringLiteral("NotFound"),
                   {{QStringLiteral("name"), QStringLiteral("nope")},
                    {QStringLiteral("kind"), QStringLiteral("namespaces")}},
                   404));
        const HttpResponse badJson = m_fixture.request("POST", cms, "{not json");
        QCOMPARE(badJson.status, 400);
        QCOMPARE(badJson.json().value(QLatin1String("reason")).toString(), QStringLiteral("BadRequest"));
        QCOMPARE(m_fixture.request("POST", cms, "x", "text/plain").json().value(QLatin1String("reason")).toString(),
                 QStringLiteral("UnsupportedMediaType"));
    }

    void customResourcesAreValidatedByTheirSchema()
    {
        const QString path
            = QStringLiteral("/apis/cassandra.datastax.com/v1beta1/namespaces/default/cassandradatacenters");
        const HttpResponse wrongType
            = m_fixture.post(path, cassandraDatacenter(QStringLiteral("dc1"), QStringLiteral("three")));
        QCOMPARE(wrongType.status, 422);
        const QJsonObject details = wrongType.json().value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("group")).toString(), QStringLiteral("cassandra.datastax.com"));
        QCOMPARE(details.value(QLatin1String("kind")).toString(), QStringLiteral("CassandraDatacenter"));
        QCOMPARE(details.value(QLatin1String("causes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("field"))
                     .toString(),
                 QStringLiteral("spec.size"));
        QCOMPARE(details.value(QLatin1String("causes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("reason"))
                     .toString(),
                 QStringLiteral("FieldValueTypeInvalid"));
        QVERIFY(wrongType.json()
                    .value(QLatin1String("message"))
                    .toString()
                    .startsWith(QLatin1String("CassandraDatacenter.cassandra.datastax.com \"dc1\" is invalid: "
                                              "spec.size: Invalid value: \"string\"")));
        QCOMPARE(m_fixture.post(path, cassandraDatacenter(QStringLiteral("dc0"), 0))
                     .json()
                     .value(QLatin1String("details"))
                     .toObject()
                     .value(QLatin1String("causes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral("Invalid value: 0: spec.size in body should be greater than or equal to 1"));
        const HttpResponse ok = m_fixture.post(path, cassandraDatacenter(QStringLiteral("dc1"), 3));
        QCOMPARE(ok.status, 201);
        QCOMPARE(metaOf(ok.json()).value(QLatin1String("generation")).toInt(), 1);
        // Custom resources need a resourceVersion on update.
        QJsonObject noRv = ok.json();
        QJsonObject m = metaOf(noRv);
        m.remove(QStringLiteral("resourceVersion"));
        noRv[QStringLiteral("metadata")] = m;
        const HttpResponse unconditional = m_fixture.put(path + QLatin1String("/dc1"), noRv);
        QCOMPARE(unconditional.status, 422);
        QCOMPARE(unconditional.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("CassandraDatacenter.cassandra.datastax.com \"dc1\" is invalid: "
                                "metadata.resourceVersion: Invalid value: 0x0: must be specified for an update"));
    }

    // cass-operator's spec.config is a json.RawMessage: type string, format byte and
    // x-kubernetes-preserve-unknown-fields. The kube-apiserver keeps any JSON value there as sent.
    void rawJsonFieldsKeepAnyValue_data()
    {
        QTest::addColumn<QJsonValue>("config");
        QTest::newRow("object") << QJsonValue(QJsonObject{
            {QStringLiteral("cassandra-yaml"), QJsonObject{{QStringLiteral("num_tokens"), 16},
                                                           {QStringLiteral("unknown_knob"), QJsonArray{1, 2}}}},
            {QStringLiteral("jvm-server-options"), QJsonObject{{QStringLiteral("max_heap_size"), QStringLiteral("1G")}}}});
        QTest::newRow("string") << QJsonValue(QStringLiteral("{\"cassandra-yaml\":{}}"));
        QTest::newRow("array") << QJsonValue(QJsonArray{QStringLiteral("a"), 1});
    }

    void rawJsonFieldsKeepAnyValue()
    {
        QFETCH(QJsonValue, config);
        const QString path
            = QStringLiteral("/apis/cassandra.datastax.com/v1beta1/namespaces/default/cassandradatacenters");
        const QString name = QStringLiteral("raw-") + QString::fromLatin1(QTest::currentDataTag());
        QJsonObject dc = cassandraDatacenter(name, 1);
        QJsonObject spec = dc.value(QLatin1String("spec")).toObject();
        spec.insert(QStringLiteral("config"), config);
        dc.insert(QStringLiteral("spec"), spec);
        const HttpResponse created = m_fixture.post(path, dc);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QLatin1String("spec")).toObject().value(QLatin1String("config")), config);
        const HttpResponse got = m_fixture.get(path + u'/' + name);
        QCOMPARE(got.json().value(QLatin1String("spec")).toObject().value(QLatin1String("config")), config);
        // Other string fields keep their type check.
        spec.insert(QStringLiteral("serverVersion"), QJsonObject{{QStringLiteral("x"), 1}});
        dc.insert(QStringLiteral("spec"), spec);
        dc.insert(QStringLiteral("metadata"), meta(name + QLatin1String("-bad")));
        QCOMPARE(m_fixture.post(path, dc).status, 422);
    }

    void dryRunLeavesNothingBehind()
    {
        const quint64 before = m_fixture.sandbox()->store()->currentResourceVersion();
        const HttpResponse r = m_fixture.post(cms + QLatin1String("?dryRun=All"), configMap(QStringLiteral("dry")));
        QCOMPARE(r.status, 201);
        QCOMPARE(metaOf(r.json()).value(QLatin1String("name")).toString(), QStringLiteral("dry"));
        QCOMPARE(m_fixture.get(cms + QLatin1String("/dry")).status, 404);
        QCOMPARE(m_fixture.sandbox()->store()->currentResourceVersion(), before);
        mustCreate(cms, configMap(QStringLiteral("kept")));
        QCOMPARE(m_fixture.request("DELETE", cms + QLatin1String("/kept?dryRun=All")).status, 200);
        QCOMPARE(m_fixture.get(cms + QLatin1String("/kept")).status, 200);
        QCOMPARE(m_fixture.post(cms + QLatin1String("?dryRun=Some"), configMap(QStringLiteral("x")))
                     .json()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral("CreateOptions.meta.k8s.io \"\" is invalid: dryRun: Unsupported value: \"Some\": "
                                "supported values: \"All\""));
    }

    void fieldValidation()
    {
        QJsonObject object = deployment(QStringLiteral("fv"), 1);
        QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        spec.insert(QStringLiteral("bogus"), true);
        object[QStringLiteral("spec")] = spec;
        const QString path = QStringLiteral("/apis/apps/v1/namespaces/default/deployments");
        const HttpResponse strict = m_fixture.post(path + QLatin1String("?fieldValidation=Strict"), object);
        QCOMPARE(strict.json(), status(QStringLiteral("strict decoding error: unknown field \"spec.bogus\""),
                                       QStringLiteral("BadRequest"), {}, 400));
        const HttpResponse warn = m_fixture.post(path + QLatin1String("?fieldValidation=Warn"), object);
        QCOMPARE(warn.status, 201);
        QCOMPARE(warn.headerValues("warning"), QList<QByteArray>{"299 - \"unknown field \\\"spec.bogus\\\"\""});
        QVERIFY(!warn.json().value(QLatin1String("spec")).toObject().contains(QLatin1String("bogus")));
        object[QStringLiteral("metadata")] = meta(QStringLiteral("fv2"));
        const HttpResponse ignore = m_fixture.post(path + QLatin1String("?fieldValidation=Ignore"), object);
        QCOMPARE(ignore.status, 201);
        QVERIFY(ignore.headerValues("warning").isEmpty());
    }

    void paginationAndExpiredContinue()
    {
        for (int i = 0; i < 7; ++i) {
            mustCreate(cms, configMap(QStringLiteral("page-%1").arg(i), {},
                                      {{QStringLiteral("labels"),
                                        QJsonObject{{QStringLiteral("batch"), QStringLiteral("p")}}}}));
        }
        QStringList names;
        QString token;
        int pages = 0;
        do {
            QString path = cms + QLatin1String("?labelSelector=batch%3Dp&limit=3");
            if (!token.isEmpty()) {
                path += QLatin1String("&continue=") + token;
            }
            const QJsonObject page = m_fixture.get(path).json();
            QVERIFY(page.value(QLatin1String("items")).toArray().size() <= 3);
            for (const QJsonValue &item : page.value(QLatin1String("items")).toArray()) {
                names.append(metaOf(item.toObject()).value(QLatin1String("name")).toString());
            }
            token = metaOf(page).value(QLatin1String("continue")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(names, (QStringList{QStringLiteral("page-0"), QStringLiteral("page-1"), QStringLiteral("page-2"),
                                     QStringLiteral("page-3"), QStringLiteral("page-4"), QStringLiteral("page-5"),
                                     QStringLiteral("page-6")}));
        // Without selectors the server says how many remain.
        const QJsonObject first = m_fixture.get(QStringLiteral("/api/v1/namespaces?limit=1")).json();
        QVERIFY(metaOf(first).value(QLatin1String("remainingItemCount")).toInt() >= 3);
        // A continue token older than the retained history expires with 410.
        const QString old
            = metaOf(m_fixture.get(cms + QLatin1String("?limit=2")).json()).value(QLatin1String("continue")).toString();
        for (int i = 0; i < 210; ++i) {
            m_fixture.sandbox()->store()->update(
                QStringLiteral("/configmaps"), QStringLiteral("default/page-0"),
                m_fixture.sandbox()
                    ->store()
                    ->get(QStringLiteral("/configmaps"), QStringLiteral("default/page-0"))
                    ->object);
        }
        const HttpResponse expired = m_fixture.get(cms + QLatin1String("?limit=2&continue=") + old);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.json().value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
        QVERIFY(expired.json()
                    .value(QLatin1String("message"))
                    .toString()
                    .startsWith(QLatin1String(
                        "The provided continue parameter is too old to display a consistent list result.")));
        QVERIFY(!metaOf(expired.json()).value(QLatin1String("continue")).toString().isEmpty());
        QCOMPARE(m_fixture.get(cms + QLatin1String("?continue=garbage")).status, 400);
    }

    void listResourceVersionSemantics()
    {
        const HttpResponse r = m_fixture.get(cms + QLatin1String("?resourceVersionMatch=NotOlderThan"));
        QCOMPARE(r.json(),
                 status(QStringLiteral("ListOptions.meta.k8s.io \"\" is invalid: resourceVersionMatch: Forbidden: "
                                       "resourceVersionMatch is forbidden unless resourceVersion is provided"),
                        QStringLiteral("Invalid"),
                        {{QStringLiteral("kind"), QStringLiteral("ListOptions")},
                         {QStringLiteral("group"), QStringLiteral("meta.k8s.io")},
                         {QStringLiteral("causes"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("reason"), QStringLiteral("FieldValueForbidden")},
                              {QStringLiteral("message"),
                               QStringLiteral(
                                   "Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided")},
                              {QStringLiteral("field"), QStringLiteral("resourceVersionMatch")}}}}},
                        422));
        // An exact list at an older version shows the state of then.
        const QJsonObject created = mustCreate(cms, configMap(QStringLiteral("exact")));
        const QString rv = rvOf(created);
        QJsonObject changed = created;
        changed[QStringLiteral("data")] = QJsonObject{{QStringLiteral("v"), QStringLiteral("2")}};
        m_fixture.put(cms + QLatin1String("/exact"), changed);
        const QJsonObject then = m_fixture
                                     .get(cms + QLatin1String("?fieldSelector=metadata.name%3Dexact&resourceVersion=")
                                          + rv + QLatin1String("&resourceVersionMatch=Exact"))
                                     .json();
        QCOMPARE(metaOf(then).value(QLatin1String("resourceVersion")).toString(), rv);
        QVERIFY(then.value(QLatin1String("items"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("data"))
                    .toObject()
                    .isEmpty());
        const HttpResponse tooLarge = m_fixture.get(cms + QLatin1String("?resourceVersion=999999999"));
        QCOMPARE(tooLarge.status, 504);
        QCOMPARE(tooLarge.json().value(QLatin1String("reason")).toString(), QStringLiteral("Timeout"));
    }

    void selectors()
    {
        mustCreate(cms,
                   configMap(QStringLiteral("sel-a"), {},
                             {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("a")}}}}));
        mustCreate(cms,
                   configMap(QStringLiteral("sel-b"), {},
                             {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("b")}}}}));
        const auto names = [&](const QString &query) {
            QStringList out;
            for (const QJsonValue &item :
                 m_fixture.get(cms + u'?' + query).json().value(QLatin1String("items")).toArray()) {
                out.append(metaOf(item.toObject()).value(QLatin1String("name")).toString());
            }
            return out;
        };
        QCOMPARE(names(QStringLiteral("labelSelector=tier%3Da")), QStringList{QStringLiteral("sel-a")});
        QCOMPARE(names(QStringLiteral("labelSelector=tier+in+(a,b)")),
                 (QStringList{QStringLiteral("sel-a"), QStringLiteral("sel-b")}));
        QCOMPARE(names(QStringLiteral("labelSelector=tier,tier!%3Da")), QStringList{QStringLiteral("sel-b")});
        QCOMPARE(names(QStringLiteral("fieldSelector=metadata.name%3Dsel-b")), QStringList{QStringLiteral("sel-b")});
        QVERIFY(!names(QStringLiteral("labelSelector=!tier")).contains(QStringLiteral("sel-a")));
        QCOMPARE(
            m_fixture.get(cms + QLatin1String("?fieldSelector=spec.bogus%3Dx")).json(),
            status(QStringLiteral("field label not supported: spec.bogus"), QStringLiteral("BadRequest"), {}, 400));
        QCOMPARE(m_fixture
                     .get(QStringLiteral(
                         "/apis/cassandra.datastax.com/v1beta1/cassandradatacenters?fieldSelector=spec.size%3D3"))
                     .json()
                     .value(QLatin1String("message"))
                     .toString(),
                 QStringLiteral(
                     "\"spec.size\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""));
        QCOMPARE(m_fixture.get(cms + QLatin1String("?labelSelector=a%3D%3D%3Db")).status, 400);
        mustCreate(QStringLiteral("/api/v1/namespaces/default/pods"),
                   pod(QStringLiteral("phase-pod"), {container(QStringLiteral("c"), QStringLiteral("busybox"))}));
        const QJsonArray pending = m_fixture.get(QStringLiteral("/api/v1/pods?fieldSelector=status.phase%3DPending"))
                                       .json()
                                       .value(QLatin1String("items"))
                                       .toArray();
        QVERIFY(!pending.isEmpty());
        QVERIFY(
            m_fixture.get(QStringLiteral("/api/v1/pods?fieldSelector=status.phase%3DRunning,metadata.name%3Dphase-pod"))
                .json()
                .value(QLatin1String("items"))
                .toArray()
                .isEmpty());
    }

    void tables()
    {
        const QList<std::pair<QByteArray, QByteArray>> asTable
            = {{"Accept", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json"}};
        const QJsonObject pods
            = m_fixture.get(QStringLiteral("/api/v1/namespaces/default/pods"), Auth::AdminCert, asTable).json();
        QCOMPARE(pods.value(QLatin1String("kind")).toString(), QStringLiteral("Table"));
        QStringList columns;
        for (const QJsonValue &c : pods.value(QLatin1String("columnDefinitions")).toArray()) {
            columns.append(c.toObject().value(QLatin1String("name")).toString());
        }
        QCOMPARE(columns, (QStringList{QStringLiteral("Name"), QStringLiteral("Ready"), QStringLiteral("Status"),
                                       QStringLiteral("Restarts"), QStringLiteral("Age"), QStringLiteral("IP"),
                                       QStringLiteral("Node"), QStringLiteral("Nominated Node"),
                                       QStringLiteral("Readiness Gates")}));
        const QJsonArray row
            = pods.value(QLatin1String("rows")).toArray().first().toObject().value(QLatin1String("cells")).toArray();
        QCOMPARE(row.at(1).toString(), QStringLiteral("0/1"));
        QCOMPARE(row.at(2).toString(), QStringLiteral("Pending"));
        QCOMPARE(row.at(6).toString(), QStringLiteral("<none>"));
        QCOMPARE(pods.value(QLatin1String("rows"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("object"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("PartialObjectMetadata"));

        mustCreate(QStringLiteral("/apis/apps/v1/namespaces/default/deployments"),
                   deployment(QStringLiteral("tab"), 2));
        const QJsonObject one
            = m_fixture
                  .get(QStringLiteral("/apis/apps/v1/namespaces/default/deployments/tab"), Auth::AdminCert, asTable)
                  .json();
        const QJsonArray cells
            = one.value(QLatin1String("rows")).toArray().first().toObject().value(QLatin1String("cells")).toArray();
        QCOMPARE(cells.at(0).toString(), QStringLiteral("tab"));
        QCOMPARE(cells.at(1).toString(), QStringLiteral("0/2"));
        QCOMPARE(cells.at(5).toString(), QStringLiteral("web"));
        QCOMPARE(cells.at(7).toString(), QStringLiteral("app=tab"));

        const QJsonObject tasks
            = m_fixture
                  .get(QStringLiteral("/apis/control.k8ssandra.io/v1alpha1/cassandratasks"), Auth::AdminCert, asTable)
                  .json();
        columns.clear();
        for (const QJsonValue &c : tasks.value(QLatin1String("columnDefinitions")).toArray()) {
            columns.append(c.toObject().value(QLatin1String("name")).toString());
        }
        QCOMPARE(columns.first(), QStringLiteral("Name"));
        QVERIFY(columns.contains(QStringLiteral("Datacenter")));
        const QJsonObject configs
            = m_fixture.get(QStringLiteral("/apis/config.k8ssandra.io/v1beta1/clientconfigs"), Auth::AdminCert, asTable)
                  .json();
        columns.clear();
        for (const QJsonValue &c : configs.value(QLatin1String("columnDefinitions")).toArray()) {
            columns.append(c.toObject().value(QLatin1String("name")).toString());
        }
        QCOMPARE(columns, (QStringList{QStringLiteral("Name"), QStringLiteral("Age")}));
        const QJsonObject crds = m_fixture
                                     .get(QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions"),
                                          Auth::AdminCert, asTable)
                                     .json();
        QCOMPARE(crds.value(QLatin1String("columnDefinitions"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Created At"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCrud)
#include "tst_sandbox_crud.moc"
