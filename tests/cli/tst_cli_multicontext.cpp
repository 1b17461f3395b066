// A cluster whose second datacenter lives in another kubeconfig context, through ringsidectl: two in-process
// sandboxes are the contexts "west" (the control plane: a K8ssandraCluster whose dc2 has k8sContext east, and the
// ClientConfig "east") and "east" (dc2's CassandraDatacenter, labelled as k8ssandra-operator labels it, and its pods).
// `status` and `clusters` show both datacenters with their contexts and nodes; a DC-scoped write on dc2 goes to the
// K8ssandraCluster in the control plane (the operator propagates it), never to a copy in the wrong context.
#include "testsupport.h"
#include "tst_sandbox_op_support.h"

#include "command.h"
#include "yaml/yamljson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Ringside;
using namespace Ringside::Test;
using namespace Ringside::Test::Op;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString Cluster = QStringLiteral("geo");

QJsonObject storage()
{
    return {{QLatin1String("cassandraDataVolumeClaimSpec"),
             QJsonObject{{QLatin1String("accessModes"), QJsonArray{QLatin1String("ReadWriteOnce")}},
                         {QLatin1String("storageClassName"), QLatin1String("standard")},
                         {QLatin1String("resources"),
                          QJsonObject{{QLatin1String("requests"),
                                       QJsonObject{{QLatin1String("storage"), QLatin1String("5Gi")}}}}}}}};
}

/*! The sandbox's kubeconfig with its admin context, cluster and user renamed to \a name. */
bool renamedKubeconfig(const QString &file, const QString &name, QJsonArray *clusters, QJsonArray *users,
                       QJsonArray *contexts)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    const Yaml::ParseResult parsed = Yaml::parse(f.readAll());
    if (!parsed.ok() || parsed.documents.isEmpty()) {
        return false;
    }
    const QJsonObject config = parsed.documents.constFirst().toObject();
    for (const QJsonValue &v : config.value(QLatin1String("clusters")).toArray()) {
        QJsonObject c = v.toObject();
        c.insert(QStringLiteral("name"), name);
        clusters->append(c);
    }
    for (const QJsonValue &v : config.value(QLatin1String("users")).toArray()) {
        QJsonObject u = v.toObject();
        if (u.value(QLatin1String("name")).toString() == QLatin1String("ringside-sandbox-admin")) {
            u.insert(QStringLiteral("name"), QString(name + QLatin1String("-admin")));
            users->append(u);
        }
    }
    contexts->append(QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("context"), QJsonObject{{QStringLiteral("cluster"), name},
                                                {QStringLiteral("user"), QString(name + QLatin1String("-admin"))},
                                                {QStringLiteral("namespace"), Ns}}}});
    return true;
}

} // namespace

class TestCliMultiContext : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_west;
    std::unique_ptr<SandboxFixture> m_east;
    QTemporaryDir m_home;
    QString m_kubeconfig; // west and east
    QString m_westOnly;   // west alone: dc2's context is not in the kubeconfig

    /*! ringsidectl in-process: the blocking client's local event loop keeps both sandboxes serving. */
    Run ctl(const QStringList &args, const QString &kubeconfig = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfig.isEmpty() ? m_kubeconfig : kubeconfig);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("RINGSIDE_READ_ONLY_CONTEXTS"));
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = Cli::run(args, out, err, env);
        out.flush();
        err.flush();
        return r;
    }

    QJsonObject k8c() { return getJson(*m_west, k8cPath(Cluster)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_west = std::make_unique<SandboxFixture>();
        m_east = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(startWorld(*m_west, &error), qPrintable(error));
        QVERIFY2(startWorld(*m_east, &error), qPrintable(error));

        QJsonArray clusters;
        QJsonArray users;
        QJsonArray contexts;
        QVERIFY(renamedKubeconfig(m_west->kubeconfigPath(), QStringLiteral("west"), &clusters, &users, &contexts));
        const QJsonObject westOnly{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                   {QStringLiteral("kind"), QStringLiteral("Config")},
                                   {QStringLiteral("clusters"), clusters},
                                   {QStringLiteral("users"), users},
                                   {QStringLiteral("contexts"), contexts},
                                   {QStringLiteral("current-context"), QStringLiteral("west")}};
        QVERIFY(renamedKubeconfig(m_east->kubeconfigPath(), QStringLiteral("east"), &clusters, &users, &contexts));
        const QJsonObject both{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                               {QStringLiteral("kind"), QStringLiteral("Config")},
                               {QStringLiteral("clusters"), clusters},
                               {QStringLiteral("users"), users},
                               {QStringLiteral("contexts"), contexts},
                               {QStringLiteral("current-context"), QStringLiteral("west")}};
        m_kubeconfig = m_home.filePath(QStringLiteral("kubeconfig"));
        m_westOnly = m_home.filePath(QStringLiteral("kubeconfig-west"));
        for (const auto &[path, config] : {std::pair{m_kubeconfig, both}, std::pair{m_westOnly, westOnly}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Yaml::emit(config));
            f.close();
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }

        // The control plane (west): the ClientConfig of the data plane, and the cluster with dc2 over there.
        HttpResponse r = m_west->post(
            path("config.k8ssandra.io/v1beta1", "clientconfigs"),
            QJsonObject{{QLatin1String("apiVersion"), QLatin1String("config.k8ssandra.io/v1beta1")},
                        {QLatin1String("kind"), QLatin1String("ClientConfig")},
                        {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("east")}}},
                        {QLatin1String("spec"),
                         QJsonObject{{QLatin1String("contextName"), QLatin1String("east")},
                                     {QLatin1String("kubeConfigSecret"),
                                      QJsonObject{{QLatin1String("name"), QLatin1String("east-config")}}}}}});
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonArray dcs{
            QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("dc1")}}},
                        {QLatin1String("size"), 1}},
            QJsonObject{{QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("dc2")}}},
                        {QLatin1String("k8sContext"), QLatin1String("east")},
                        {QLatin1String("size"), 2}}};
        r = m_west->post(
            k8cPath(), QJsonObject{{QLatin1String("apiVersion"), QLatin1String("k8ssandra.io/v1alpha1")},
                                   {QLatin1String("kind"), QLatin1String("K8ssandraCluster")},
                                   {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), Cluster}}},
                                   {QLatin1String("spec"),
                                    QJsonObject{{QLatin1String("cassandra"),
                                                 QJsonObject{{QLatin1String("serverType"), QLatin1String("cassandra")},
                                                             {QLatin1String("serverVersion"), QLatin1String("4.1.5")},
                                                             {QLatin1String("storageConfig"), storage()},
                                                             {QLatin1String("datacenters"), dcs}}}}}});
        QVERIFY2(r.status == 201, r.body.constData());
        // The data plane (east): dc2 as k8ssandra-operator would create it there (the sandbox's operator does not reach
        // another API server, so the test applies it, with the operator's labels).
        r = m_east->post(
            dcPath(),
            QJsonObject{
                {QLatin1String("apiVersion"), QLatin1String("cassandra.datastax.com/v1beta1")},
                {QLatin1String("kind"), QLatin1String("CassandraDatacenter")},
                {QLatin1String("metadata"),
                 QJsonObject{
                     {QLatin1String("name"), QLatin1String("dc2")},
                     {QLatin1String("labels"),
                      QJsonObject{{QLatin1String("k8ssandra.io/cluster-name"), Cluster},
                                  {QLatin1String("k8ssandra.io/cluster-namespace"), Ns},
                                  {QLatin1String("app.kubernetes.io/name"), QLatin1String("k8ssandra-operator")},
                                  {QLatin1String("app.kubernetes.io/part-of"), QLatin1String("k8ssandra")},
                                  {QLatin1String("app.kubernetes.io/component"), QLatin1String("cassandra")}}}}},
                {QLatin1String("spec"), QJsonObject{{QLatin1String("clusterName"), Cluster},
                                                    {QLatin1String("serverType"), QLatin1String("cassandra")},
                                                    {QLatin1String("serverVersion"), QLatin1String("4.1.5")},
                                                    {QLatin1String("size"), 2},
                                                    {QLatin1String("storageConfig"), storage()}}}});
        QVERIFY2(r.status == 201, r.body.constData());
        QVERIFY(QTest::qWaitFor([&] { return dcReady(*m_west, QStringLiteral("dc1")); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return dcReady(*m_east, QStringLiteral("dc2")); }, 20000));
    }

    void cleanupTestCase()
    {
        m_west.reset();
        m_east.reset();
    }

    void statusShowsBothContexts()
    {
        Run r = ctl({QStringLiteral("status"), Cluster, QStringLiteral("--context"), QStringLiteral("west"),
                     QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject c = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray dcs = c.value(QLatin1String("datacenters")).toArray();
        QCOMPARE(dcs.size(), 2);
        QJsonObject dc1;
        QJsonObject dc2;
        for (const QJsonValue &v : dcs) {
            (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("dc1") ? dc1 : dc2) = v.toObject();
        }
        QCOMPARE(dc1.value(QLatin1String("context")).toString(), QStringLiteral("west"));
        QCOMPARE(dc2.value(QLatin1String("name")).toString(), QStringLiteral("dc2"));
        QCOMPARE(dc2.value(QLatin1String("context")).toString(), QStringLiteral("east"));
        QCOMPARE(dc1.value(QLatin1String("nodes")).toArray().size(), 1);
        const QJsonArray eastNodes = dc2.value(QLatin1String("nodes")).toArray();
        QCOMPARE(eastNodes.size(), 2);
        QStringList names;
        for (const QJsonValue &n : eastNodes) {
            names << n.toObject().value(QLatin1String("name")).toString();
            QCOMPARE(n.toObject().value(QLatin1String("status")).toString(), QStringLiteral("UN"));
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("geo-dc2-default-sts-0"), QStringLiteral("geo-dc2-default-sts-1")}));
        QCOMPARE(dc2.value(QLatin1String("ready")).toInt(), 2);
        // The status comes from the CassandraDatacenter in east, not the K8ssandraCluster's copy.
        QVERIFY2(dc2.value(QLatin1String("statusSource")).toString().contains(QLatin1String("CassandraDatacenter")),
                 qPrintable(dc2.value(QLatin1String("statusSource")).toString()));

        r = ctl({QStringLiteral("status"), Cluster, QStringLiteral("--context"), QStringLiteral("west")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Datacenter: dc1 (context west"))
                     && r.out.contains(QLatin1String("Datacenter: dc2 (context east, 2/2 ready")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("geo-dc2-default-sts-1"))
                     && r.out.contains(QLatin1String("geo-dc1-default-sts-0")),
                 qPrintable(r.out));
    }

    void clustersShowsOneClusterAcrossContexts()
    {
        Run r = ctl({QStringLiteral("clusters"), QStringLiteral("--context"), QStringLiteral("west"),
                     QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("items")).toArray();
        QCOMPARE(list.size(), 1); // one cluster, not a second "standalone" one for dc2
        const QJsonObject geo = list.at(0).toObject();
        QCOMPARE(geo.value(QLatin1String("name")).toString(), Cluster);
        QStringList placed;
        for (const QJsonValue &v : geo.value(QLatin1String("datacenters")).toArray()) {
            placed << v.toObject().value(QLatin1String("name")).toString() + u'@'
                          + v.toObject().value(QLatin1String("context")).toString();
        }
        placed.sort();
        QCOMPARE(placed, (QStringList{QStringLiteral("dc1@west"), QStringLiteral("dc2@east")}));
        r = ctl({QStringLiteral("clusters"), QStringLiteral("--context"), QStringLiteral("west")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(Cluster), qPrintable(r.out));
    }

    void scaleOfTheRemoteDcGoesToTheControlPlane()
    {
        Run r = ctl({QStringLiteral("scale"), Cluster, QStringLiteral("--dc"), QStringLiteral("dc2"),
                     QStringLiteral("--size"), QStringLiteral("3"), QStringLiteral("--context"), QStringLiteral("west"),
                     QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("K8ssandraCluster")) || r.out.contains(QLatin1String("k8ssandracluster")),
                 qPrintable(r.out));
        // The K8ssandraCluster in west says 3 for dc2 and still 1 for dc1 ...
        const QJsonArray dcs = at(k8c(), QStringLiteral("spec.cassandra.datacenters")).toArray();
        QCOMPARE(dcs.size(), 2);
        QCOMPARE(dcs.at(0).toObject().value(QLatin1String("size")).toInt(), 1);
        QCOMPARE(dcs.at(1).toObject().value(QLatin1String("size")).toInt(), 3);
        QCOMPARE(dcs.at(1).toObject().value(QLatin1String("k8sContext")).toString(), QStringLiteral("east"));
        // ... nothing was written to east (the operator propagates it), and no dc2 appeared in west.
        QCOMPARE(at(getJson(*m_east, dcPath(QStringLiteral("dc2"))), QStringLiteral("spec.size")).toInt(), 2);
        QCOMPARE(m_west->get(dcPath(QStringLiteral("dc2"))).status, 404);
    }

    void stopOfTheRemoteDc()
    {
        Run r = ctl({QStringLiteral("dc"), QStringLiteral("stop"), Cluster, QStringLiteral("dc2"),
                     QStringLiteral("--context"), QStringLiteral("west"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonArray dcs = at(k8c(), QStringLiteral("spec.cassandra.datacenters")).toArray();
        QCOMPARE(dcs.at(1).toObject().value(QLatin1String("stopped")).toBool(), true);
        QVERIFY(!dcs.at(0).toObject().value(QLatin1String("stopped")).toBool());
        QVERIFY(!at(getJson(*m_east, dcPath(QStringLiteral("dc2"))), QStringLiteral("spec.stopped")).toBool());
    }

    void dataPlaneContextMissing()
    {
        // Only west in the kubeconfig: dc2 cannot be mapped; status says why instead of failing or inventing nodes.
        Run r
            = ctl({QStringLiteral("status"), Cluster, QStringLiteral("--context"), QStringLiteral("west")}, m_westOnly);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Datacenter: dc2 (context unmapped")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("east")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("geo-dc2-default-sts-1")), qPrintable(r.out));
    }

    void directWriteInTheDataPlaneIsRefused()
    {
        // From east the datacenter looks standalone, but k8ssandra-operator's labels name its K8ssandraCluster: a
        // direct change would be undone by the operator, so it is refused before anything is sent.
        Run r = ctl({QStringLiteral("scale"), Cluster, QStringLiteral("--dc"), QStringLiteral("dc2"),
                     QStringLiteral("--size"), QStringLiteral("4"), QStringLiteral("--context"), QStringLiteral("east"),
                     QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(
                     QLatin1String("managed by K8ssandraCluster geo (namespace proj), which is not in context east")),
                 qPrintable(r.err));
        QCOMPARE(at(getJson(*m_east, dcPath(QStringLiteral("dc2"))), QStringLiteral("spec.size")).toInt(), 2);
        // A plain CassandraDatacenter (no k8ssandra labels) in the same context is still scaled directly.
        HttpResponse created = m_east->post(
            dcPath(),
            QJsonObject{{QLatin1String("apiVersion"), QLatin1String("cassandra.datastax.com/v1beta1")},
                        {QLatin1String("kind"), QLatin1String("CassandraDatacenter")},
                        {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QLatin1String("solo")}}},
                        {QLatin1String("spec"), QJsonObject{{QLatin1String("clusterName"), QLatin1String("solo")},
                                                            {QLatin1String("serverType"), QLatin1String("cassandra")},
                                                            {QLatin1String("serverVersion"), QLatin1String("4.1.5")},
                                                            {QLatin1String("size"), 1},
                                                            {QLatin1String("storageConfig"), storage()}}}});
        QVERIFY2(created.status == 201, created.body.constData());
        r = ctl({QStringLiteral("scale"), QStringLiteral("solo"), QStringLiteral("--dc"), QStringLiteral("solo"),
                 QStringLiteral("--size"), QStringLiteral("2"), QStringLiteral("--context"), QStringLiteral("east"),
                 QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(at(getJson(*m_east, dcPath(QStringLiteral("solo"))), QStringLiteral("spec.size")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMultiContext)
#include "tst_cli_multicontext.moc"
