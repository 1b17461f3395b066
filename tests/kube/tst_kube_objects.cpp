// Objects as unstructured JSON: create, get, update (409 on conflict), status, delete with propagation, the three
// patch types and server-side apply with per-field, per-manager conflicts.
#include "fakeapi.h"
#include "kube/kubeclient.h"
#include "kubetest.h"

#include <QJsonArray>

using namespace Ringside;
using namespace Ringside::Test;
using namespace Qt::StringLiterals;

class TestKubeObjects : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    FakeApi *m_api = nullptr;
    std::unique_ptr<KubeClient> m_client;
    const ResourceRef m_dcs{u"cassandra.datastax.com"_s, u"v1beta1"_s, u"cassandradatacenters"_s, u"cass"_s, {}, {}};

    template<typename F>
    Outcome wait(F start)
    {
        Outcome o;
        start(o);
        if (!QTest::qWaitFor([&o] { return o.done; }, 15000)) {
            o.err = KubeError::make(KubeError::Kind::Timeout, u"test timed out"_s);
        }
        return o;
    }

    static QJsonObject dc(const QString &name, int size)
    {
        return {{u"apiVersion"_s, u"cassandra.datastax.com/v1beta1"_s},
                {u"kind"_s, u"CassandraDatacenter"_s},
                {u"metadata"_s, QJsonObject{{u"name"_s, name}}},
                {u"spec"_s, QJsonObject{{u"clusterName"_s, u"demo"_s}, {u"size"_s, size}, {u"serverVersion"_s, u"4.1.5"_s}}}};
    }

    const HttpRequest &last() const { return m_server->requests.last(); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_api = new FakeApi(m_server.get());
        RestConfig rc;
        rc.server = m_server->url();
        m_client = std::make_unique<KubeClient>(rc);
    }

    void createGetUpdate()
    {
        const Outcome created = wait([&](Outcome &o) { m_client->create(m_dcs, dc(u"dc1"_s, 3), {}, this, o.onOk(), o.onErr()); });
        QVERIFY2(created.ok, qPrintable(created.errorText()));
        QCOMPARE(created.ok->httpStatus, 201);
        QCOMPARE(last().method, QByteArray("POST"));
        QCOMPARE(last().path, u"/apis/cassandra.datastax.com/v1beta1/namespaces/cass/cassandradatacenters"_s);
        QCOMPARE(last().header("content-type"), QByteArray("application/json"));
        const QJsonObject obj = created.ok->object;
        QVERIFY(!obj.value(u"metadata"_s).toObject().value(u"uid"_s).toString().isEmpty());

        const Outcome again = wait([&](Outcome &o) { m_client->create(m_dcs, dc(u"dc1"_s, 3), {}, this, o.onOk(), o.onErr()); });
        QVERIFY(again.err);
        QVERIFY(again.err->isAlreadyExists());
        QCOMPARE(again.err->toString(), u"Error from server (AlreadyExists): cassandradatacenters \"dc1\" already exists"_s);

        const Outcome got = wait([&](Outcome &o) { m_client->get(m_dcs.withName(u"dc1"_s), this, o.onOk(), o.onErr()); });
        QVERIFY(got.ok);
        QCOMPARE(got.ok->object.value(u"spec"_s).toObject().value(u"size"_s).toInt(), 3);

        // An update based on a stale resourceVersion is a 409 Conflict.
        QJsonObject stale = obj;
        QJsonObject meta = stale.value(u"metadata"_s).toObject();
        meta.insert(u"resourceVersion"_s, u"1"_s);
        stale.insert(u"metadata"_s, meta);
        const Outcome conflict = wait([&](Outcome &o) { m_client->update(m_dcs, stale, {}, this, o.onOk(), o.onErr()); });
        QVERIFY(conflict.err);
        QVERIFY(conflict.err->isConflict());
        QCOMPARE(conflict.err->reason, u"Conflict"_s);
        QVERIFY(conflict.err->message.contains(u"the object has been modified"_s));

        QJsonObject fresh = got.ok->object;
        QJsonObject spec = fresh.value(u"spec"_s).toObject();
        spec.insert(u"size"_s, 6);
        fresh.insert(u"spec"_s, spec);
        const Outcome updated = wait([&](Outcome &o) { m_client->update(m_dcs, fresh, {}, this, o.onOk(), o.onErr()); });
        QVERIFY2(updated.ok, qPrintable(updated.errorText()));
        QCOMPARE(last().method, QByteArray("PUT"));
        QCOMPARE(last().path, u"/apis/cassandra.datastax.com/v1beta1/namespaces/cass/cassandradatacenters/dc1"_s);
        QCOMPARE(m_api->object(u"cassandra.datastax.com"_s, u"cassandradatacenters"_s, u"cass"_s, u"dc1"_s)->value(u"spec"_s).toObject().value(u"size"_s).toInt(), 6);

        // The status subresource.
        QJsonObject withStatus = updated.ok->object;
        withStatus.insert(u"status"_s, QJsonObject{{u"cassandraOperatorProgress"_s, u"Ready"_s}});
        const Outcome status = wait([&](Outcome &o) { m_client->updateStatus(m_dcs, withStatus, {}, this, o.onOk(), o.onErr()); });
        QVERIFY2(status.ok, qPrintable(status.errorText()));
        QCOMPARE(last().path, u"/apis/cassandra.datastax.com/v1beta1/namespaces/cass/cassandradatacenters/dc1/status"_s);
        QCOMPARE(status.ok->object.value(u"status"_s).toObject().value(u"cassandraOperatorProgress"_s).toString(), u"Ready"_s);
    }

    void dryRunCreateIsNotPersisted()
    {
        WriteOptions w;
        w.dryRun = true;
        w.fieldManager = u"ringside"_s;
        w.fieldValidation = u"Strict"_s;
        const Outcome o = wait([&](Outcome &out) { m_client->create(m_dcs, dc(u"dry"_s, 3), w, this, out.onOk(), out.onErr()); });
        QVERIFY(o.ok);
        QCOMPARE(last().queryValue(u"dryRun"_s), u"All"_s);
        QCOMPARE(last().queryValue(u"fieldManager"_s), u"ringside"_s);
        QCOMPARE(last().queryValue(u"fieldValidation"_s), u"Strict"_s);
        QVERIFY(!m_api->object(u"cassandra.datastax.com"_s, u"cassandradatacenters"_s, u"cass"_s, u"dry"_s));
    }

    void deleteWithPropagation()
    {
        m_api->create(u"cassandra.datastax.com"_s, u"cassandradatacenters"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"dc1"_s}, {u"namespace"_s, u"cass"_s}}}});
        DeleteOptions d;
        d.propagationPolicy = u"Foreground"_s;
        d.gracePeriodSeconds = 0;
        d.preconditionUid = u"not-the-uid"_s;
        const Outcome refused = wait([&](Outcome &o) { m_client->remove(m_dcs.withName(u"dc1"_s), d, this, o.onOk(), o.onErr()); });
        QVERIFY(refused.err);
        QVERIFY(refused.err->isConflict());
        d.preconditionUid.clear();
        const Outcome removed = wait([&](Outcome &o) { m_client->remove(m_dcs.withName(u"dc1"_s), d, this, o.onOk(), o.onErr()); });
        QVERIFY2(removed.ok, qPrintable(removed.errorText()));
        QCOMPARE(last().method, QByteArray("DELETE"));
        const QJsonObject body = QJsonDocument::fromJson(last().body).object();
        QCOMPARE(body.value(u"propagationPolicy"_s).toString(), u"Foreground"_s);
        QCOMPARE(body.value(u"gracePeriodSeconds"_s).toInt(), 0);
        QCOMPARE(body.value(u"kind"_s).toString(), u"DeleteOptions"_s);
        QVERIFY(!m_api->object(u"cassandra.datastax.com"_s, u"cassandradatacenters"_s, u"cass"_s, u"dc1"_s));
        const Outcome gone = wait([&](Outcome &o) { m_client->remove(m_dcs.withName(u"dc1"_s), {}, this, o.onOk(), o.onErr()); });
        QVERIFY(gone.err && gone.err->isNotFound());
    }

    void patches_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("merge") << int(PatchType::Merge) << QByteArray("{\"spec\":{\"size\":9}}") << QByteArray("application/merge-patch+json");
        QTest::newRow("json") << int(PatchType::Json) << QByteArray("[{\"op\":\"replace\",\"path\":\"/spec/size\",\"value\":9}]")
                              << QByteArray("application/json-patch+json");
        QTest::newRow("strategic") << int(PatchType::StrategicMerge) << QByteArray("{\"spec\":{\"size\":9}}")
                                   << QByteArray("application/strategic-merge-patch+json");
    }

    void patches()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QJsonObject o = dc(u"dc1"_s, 3);
        QJsonObject m = o.value(u"metadata"_s).toObject();
        m.insert(u"namespace"_s, u"cass"_s);
        o.insert(u"metadata"_s, m);
        m_api->create(u"cassandra.datastax.com"_s, u"cassandradatacenters"_s, o);
        const Outcome p = wait([&](Outcome &out) {
            m_client->patch(m_dcs.withName(u"dc1"_s), PatchType(type), body, {}, this, out.onOk(), out.onErr());
        });
        QVERIFY2(p.ok, qPrintable(p.errorText()));
        QCOMPARE(last().method, QByteArray("PATCH"));
        QCOMPARE(last().header("content-type"), contentType);
        QCOMPARE(last().body, body);
        QCOMPARE(p.ok->object.value(u"spec"_s).toObject().value(u"size"_s).toInt(), 9);
        QCOMPARE(p.ok->object.value(u"spec"_s).toObject().value(u"clusterName"_s).toString(), u"demo"_s);
    }

    void serverSideApply()
    {
        const QByteArray operatorManifest = "apiVersion: cassandra.datastax.com/v1beta1\nkind: CassandraDatacenter\nmetadata:\n  name: dc1\n"
                                            "spec:\n  clusterName: demo\n  size: 3\n";
        ApplyOptions asOperator;
        asOperator.fieldManager = u"cass-operator"_s;
        const Outcome first = wait([&](Outcome &o) { m_client->apply(m_dcs, operatorManifest, asOperator, this, o.onOk(), o.onErr()); });
        QVERIFY2(first.ok, qPrintable(first.errorText()));
        QCOMPARE(last().header("content-type"), QByteArray("application/apply-patch+yaml"));
        QCOMPARE(last().path, u"/apis/cassandra.datastax.com/v1beta1/namespaces/cass/cassandradatacenters/dc1"_s);
        QCOMPARE(last().body, operatorManifest);
        QCOMPARE(last().queryValue(u"fieldManager"_s), u"cass-operator"_s);
        QVERIFY(last().queryValue(u"force"_s).isEmpty());

        // Ringside changes a field cass-operator owns: a conflict, reported per field and manager.
        const QByteArray mine = "apiVersion: cassandra.datastax.com/v1beta1\nkind: CassandraDatacenter\nmetadata:\n  name: dc1\n"
                                "spec:\n  clusterName: demo\n  size: 5\n  serverVersion: 4.1.5\n";
        ApplyOptions opts;
        opts.fieldValidation = u"Strict"_s;
        const Outcome conflict = wait([&](Outcome &o) { m_client->apply(m_dcs, mine, opts, this, o.onOk(), o.onErr()); });
        QVERIFY(conflict.err);
        QCOMPARE(last().queryValue(u"fieldManager"_s), u"ringside"_s);
        QCOMPARE(last().queryValue(u"fieldValidation"_s), u"Strict"_s);
        QVERIFY(conflict.err->isConflict());
        const QList<FieldConflict> conflicts = conflict.err->fieldConflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().field, u".spec.size"_s);
        QCOMPARE(conflicts.first().manager, u"cass-operator"_s);
        QVERIFY(conflicts.first().message.contains(u"cass-operator"_s));

        // A dry run with force shows the result without changing anything.
        opts.force = true;
        opts.dryRun = true;
        const Outcome dry = wait([&](Outcome &o) { m_client->apply(m_dcs, mine, opts, this, o.onOk(), o.onErr()); });
        QVERIFY2(dry.ok, qPrintable(dry.errorText()));
        QCOMPARE(last().queryValue(u"dryRun"_s), u"All"_s);
        QCOMPARE(last().queryValue(u"force"_s), u"true"_s);
        QCOMPARE(dry.ok->object.value(u"spec"_s).toObject().value(u"size"_s).toInt(), 5);
        QCOMPARE(m_api->object(u"cassandra.datastax.com"_s, u"cassandradatacenters"_s, u"cass"_s, u"dc1"_s)->value(u"spec"_s).toObject().value(u"size"_s).toInt(), 3);

        // Forced for real: ringside takes the field over.
        opts.dryRun = false;
        const Outcome forced = wait([&](Outcome &o) { m_client->apply(m_dcs, mine, opts, this, o.onOk(), o.onErr()); });
        QVERIFY2(forced.ok, qPrintable(forced.errorText()));
        QCOMPARE(m_api->object(u"cassandra.datastax.com"_s, u"cassandradatacenters"_s, u"cass"_s, u"dc1"_s)->value(u"spec"_s).toObject().value(u"size"_s).toInt(), 5);
    }

    void applyWithoutName()
    {
        const Outcome o = wait([&](Outcome &out) {
            m_client->apply(m_dcs, "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n", {}, this, out.onOk(), out.onErr());
        });
        QVERIFY(o.err);
        QCOMPARE(o.err->kind, KubeError::Kind::Config);
        QVERIFY(o.err->message.contains(u"metadata.name"_s));
        QCOMPARE(m_server->requests.size(), 0);
    }

    void fieldConflictParsing()
    {
        const QByteArray body = statusJson(409, u"Conflict"_s, u"Apply failed with 2 conflicts"_s,
                                           QJsonArray{QJsonObject{{u"reason"_s, u"FieldManagerConflict"_s},
                                                                  {u"message"_s, u"conflict with \"kubectl-client-side-apply\" using apps/v1"_s},
                                                                  {u"field"_s, u".spec.replicas"_s}},
                                                      QJsonObject{{u"reason"_s, u"FieldManagerConflict"_s},
                                                                  {u"message"_s, u"conflict with \"hpa-controller\" with subresource \"scale\" using apps/v1"_s},
                                                                  {u"field"_s, u".spec.replicas"_s}},
                                                      QJsonObject{{u"reason"_s, u"FieldValueInvalid"_s}, {u"message"_s, u"x"_s}, {u"field"_s, u"y"_s}}});
        const KubeError e = KubeError::fromHttp(409, body, "PATCH", QUrl(u"https://h/apis/apps/v1/namespaces/d/deployments/x"_s));
        const QList<FieldConflict> c = e.fieldConflicts();
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.at(0).manager, u"kubectl-client-side-apply"_s);
        QCOMPARE(c.at(1).manager, u"hpa-controller"_s);
        QCOMPARE(c.at(1).field, u".spec.replicas"_s);
        QCOMPARE(e.causes.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestKubeObjects)
#include "tst_kube_objects.moc"
