// The Data API (token from the superuser secret, never logged; enabling it on a MissionControlCluster; its service
// answering with that token) and the GitOps export (clean YAML that re-parses, Secrets as references only), against
// the simulated world.
#include "servicesworld.h"

#include "cassandra/services/dataapi.h"
#include "cassandra/services/gitopsexport.h"
#include "yaml/yamljson.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Ringside;
using namespace Ringside::Cassandra::Services;
using namespace Ringside::Test;
using namespace Ringside::Test::Services;

namespace {
QStringList g_messages;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previous && type != QtDebugMsg && type != QtInfoMsg) {
        g_previous(type, context, message);
    }
}
} // namespace

class TestServicesDataApi : public QObject
{
    Q_OBJECT
private:
    World m_world;
    QObject m_context;

    QJsonObject secretData(const QString &name)
    {
        return Op::getJson(m_world.fx, Op::path("v1", "secrets", name)).value(QLatin1String("data")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
        QVERIFY2(m_world.createCluster(QStringLiteral("demo"), false, &error), qPrintable(error));
    }

    void tokenHelpers()
    {
        QCOMPARE(dataApiToken("cassandra", "s3cr3t:x"), QStringLiteral("Cassandra:Y2Fzc2FuZHJh:czNjcjN0Ong="));
        QCOMPARE(dataApiPatch(true), QByteArray("{\"spec\":{\"dataApi\":{\"enabled\":true}}}"));
        QCOMPARE(dataApiPatch(false, 8282), QByteArray("{\"spec\":{\"dataApi\":{\"enabled\":false,\"port\":8282}}}"));
    }

    void tokenFromTheSuperuserSecretIsNeverLogged()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("ringside.*=true"));
        g_messages.clear();
        g_previous = qInstallMessageHandler(capture);
        Outcome<DataApiToken, KubeError> o;
        readDataApiToken(m_world.admin.get(), Op::Ns, QStringLiteral("demo"), &m_context, o.ok(), o.err());
        const bool waited = o.wait();
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(waited);
        QVERIFY2(o.value, qPrintable(o.error ? o.error->toString() : QString()));
        const QJsonObject data = secretData(QStringLiteral("demo-superuser"));
        const QByteArray user = QByteArray::fromBase64(data.value(QLatin1String("username")).toString().toLatin1());
        const QByteArray password = QByteArray::fromBase64(data.value(QLatin1String("password")).toString().toLatin1());
        QVERIFY(!password.isEmpty());
        QCOMPARE(o.value->username, QString::fromUtf8(user));
        QCOMPARE(o.value->secretName, QStringLiteral("demo-superuser"));
        const QStringList parts = o.value->token.split(u':');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), QStringLiteral("Cassandra"));
        QCOMPARE(QByteArray::fromBase64(parts.at(1).toLatin1()), user);
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()), password);
        QVERIFY2(g_messages.join(u'\n').contains(QLatin1String("Data API token")), qPrintable(g_messages.join(u'\n'))); // logging was on
        for (const QString &m : std::as_const(g_messages)) {
            QVERIFY2(!m.contains(QString::fromUtf8(password)), "the password reached a log message");
            QVERIFY2(!m.contains(parts.at(2)), "the encoded password reached a log message");
        }
    }

    void tokenNeedsSecretAccess()
    {
        Outcome<DataApiToken, KubeError> o;
        readDataApiToken(m_world.viewer.get(), Op::Ns, QStringLiteral("demo"), &m_context, o.ok(), o.err());
        QVERIFY(o.wait());
        QVERIFY(o.error);
        QVERIFY2(o.error->message.contains(QLatin1String("you may not read secret demo-superuser")), qPrintable(o.error->message));
        Outcome<DataApiToken, KubeError> none;
        readDataApiToken(m_world.admin.get(), Op::Ns, QStringLiteral("nope"), &m_context, none.ok(), none.err());
        QVERIFY(none.wait());
        QVERIFY(none.error);
        QVERIFY2(none.error->message.contains(QLatin1String("no cluster nope in namespace proj")), qPrintable(none.error->message));
    }

    void enableAndUse()
    {
        Outcome<QList<DataApiEndpoint>, KubeError> before;
        findDataApi(m_world.admin.get(), Op::Ns, QStringLiteral("demo"), &m_context, before.ok(), before.err());
        QVERIFY(before.wait());
        QVERIFY(before.value && before.value->isEmpty());

        Outcome<KubeResponse, KubeError> patched;
        setDataApiEnabled(m_world.admin.get(), Op::Ns, QStringLiteral("demo"), true, std::nullopt, &m_context, patched.ok(), patched.err());
        QVERIFY(patched.wait());
        QVERIFY2(patched.value, qPrintable(patched.error ? patched.error->toString() : QString()));
        const QJsonObject mcc = Op::getJson(m_world.fx, Op::mccPath(QStringLiteral("demo")));
        QCOMPARE(Op::at(mcc, QStringLiteral("spec.dataApi.enabled")).toBool(), true);

        QList<DataApiEndpoint> endpoints;
        QVERIFY(QTest::qWaitFor(
            [&] {
                Outcome<QList<DataApiEndpoint>, KubeError> o;
                findDataApi(m_world.admin.get(), Op::Ns, QStringLiteral("demo"), &m_context, o.ok(), o.err());
                if (o.wait() && o.value && !o.value->isEmpty()) {
                    endpoints = *o.value;
                }
                return !endpoints.isEmpty();
            },
            15000));
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints.at(0).service, QStringLiteral("demo-dc1-data-api"));
        QVERIFY(endpoints.at(0).service.contains(endpoints.at(0).datacenter));
        QCOMPARE(endpoints.at(0).port, 8181);

        ServiceBackend backend;
        QVERIFY(QTest::qWaitFor(
            [&] {
                Outcome<ServiceBackend, KubeError> o;
                findServiceBackend(m_world.admin.get(), Op::Ns, endpoints.at(0).service, endpoints.at(0).portName, &m_context, o.ok(), o.err());
                if (o.wait() && o.value) {
                    backend = *o.value;
                }
                return !backend.pod.isEmpty();
            },
            15000));
        QVERIFY(backend.pod.startsWith(QLatin1String("demo-dc1-data-api")));
        QCOMPARE(backend.targetPort, 8181);

        // The token opens the Data API (through the service proxy); a wrong one does not.
        Outcome<DataApiToken, KubeError> token;
        readDataApiToken(m_world.admin.get(), Op::Ns, QStringLiteral("demo"), &m_context, token.ok(), token.err());
        QVERIFY(token.wait() && token.value);
        const auto callDataApi = [&](const QString &value) {
            KubeRequest r;
            r.method = "POST";
            r.path = ResourceRef::serviceProxyPath(Op::Ns, endpoints.at(0).service, endpoints.at(0).portName, QStringLiteral("v1"));
            r.body = "{\"findKeyspaces\":{}}";
            r.contentType = "application/json";
            r.headers.append({"Token", value.toUtf8()});
            Outcome<KubeResponse, KubeError> o;
            m_world.admin->send(r, &m_context, o.ok(), o.err());
            o.wait();
            return o;
        };
        QVERIFY(QTest::qWaitFor([&] { return callDataApi(token.value->token).value.has_value(); }, 10000));
        const auto good = callDataApi(token.value->token);
        QVERIFY2(good.value->body.contains("keyspaces"), good.value->body.constData());
        const auto bad = callDataApi(dataApiToken(token.value->username.toUtf8(), "wrong"));
        QVERIFY(bad.error);
        QCOMPARE(bad.error->httpStatus, 401);

        // Not a MissionControlCluster: said plainly.
        Outcome<KubeResponse, KubeError> missing;
        setDataApiEnabled(m_world.admin.get(), Op::Ns, QStringLiteral("nope"), true, std::nullopt, &m_context, missing.ok(), missing.err());
        QVERIFY(missing.wait());
        QVERIFY(missing.error);
        QVERIFY2(missing.error->message.contains(QLatin1String("no MissionControlCluster nope in namespace proj")), qPrintable(missing.error->message));
    }

    void referencesInSpecs()
    {
        const auto parsed = Yaml::parse("k8ssandra:\n"
                                        "  cassandra:\n"
                                        "    superuserSecretRef: {name: su}\n"
                                        "    datacenters:\n"
                                        "    - podTemplateSpec:\n"
                                        "        spec:\n"
                                        "          volumes:\n"
                                        "          - name: extra\n"
                                        "            configMap: {name: extra-conf}\n"
                                        "          - name: tls\n"
                                        "            secret: {secretName: tls-keys}\n"
                                        "          containers:\n"
                                        "          - name: cassandra\n"
                                        "            env:\n"
                                        "            - name: A\n"
                                        "              valueFrom: {secretKeyRef: {name: env-secret, key: a}}\n"
                                        "            - name: B\n"
                                        "              valueFrom: {configMapKeyRef: {name: env-conf, key: b}}\n"
                                        "  medusa:\n"
                                        "    storageProperties: {storageSecretRef: {name: bucket-key}}\n"
                                        "    medusaConfigurationRef: {name: not-a-configmap}\n");
        QCOMPARE(parsed.documents.size(), 1);
        QStringList secrets, configMaps;
        collectReferences(parsed.documents.at(0), &secrets, &configMaps);
        secrets.sort();
        configMaps.sort();
        QCOMPARE(secrets, (QStringList{QStringLiteral("bucket-key"), QStringLiteral("env-secret"), QStringLiteral("su"), QStringLiteral("tls-keys")}));
        QCOMPARE(configMaps, (QStringList{QStringLiteral("env-conf"), QStringLiteral("extra-conf")}));
    }

    void cleanObjectDropsServerFields()
    {
        const QJsonObject raw{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                              {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                              {QStringLiteral("metadata"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("c")},
                                           {QStringLiteral("namespace"), QStringLiteral("proj")},
                                           {QStringLiteral("uid"), QStringLiteral("u")},
                                           {QStringLiteral("resourceVersion"), QStringLiteral("7")},
                                           {QStringLiteral("generation"), 2},
                                           {QStringLiteral("creationTimestamp"), QStringLiteral("2024-01-01T00:00:00Z")},
                                           {QStringLiteral("managedFields"), QJsonArray{QJsonObject{}}},
                                           {QStringLiteral("annotations"),
                                            QJsonObject{{QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"), QStringLiteral("{}")}}},
                                           {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), QStringLiteral("x")}}}}},
                              {QStringLiteral("data"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}},
                              {QStringLiteral("status"), QJsonObject{{QStringLiteral("x"), 1}}}};
        const QJsonObject clean = cleanObject(raw);
        QCOMPARE(clean.value(QLatin1String("metadata")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("c")},
                              {QStringLiteral("namespace"), QStringLiteral("proj")},
                              {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), QStringLiteral("x")}}}}));
        QVERIFY(!clean.contains(QLatin1String("status")));
        QCOMPARE(clean.value(QLatin1String("data")), raw.value(QLatin1String("data")));
        QCOMPARE(exportFileName(QStringLiteral("MissionControlCluster"), QStringLiteral("demo")), QStringLiteral("missioncontrolcluster-demo.yaml"));
    }

    void exportCluster()
    {
        QString error;
        QVERIFY2(m_world.createReaper(QStringLiteral("demo"), QStringLiteral("demo-dc1"), &error), qPrintable(error));
        const HttpResponse schedule = m_world.fx.post(
            Op::path("medusa.k8ssandra.io/v1alpha1", "medusabackupschedules"),
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("medusa.k8ssandra.io/v1alpha1")},
                        {QStringLiteral("kind"), QStringLiteral("MedusaBackupSchedule")},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("nightly")}}},
                        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("cronSchedule"), QStringLiteral("0 2 * * *")},
                                                             {QStringLiteral("backupSpec"),
                                                              QJsonObject{{QStringLiteral("cassandraDatacenter"), QStringLiteral("demo-dc1")},
                                                                          {QStringLiteral("backupType"), QStringLiteral("differential")}}}}}});
        QCOMPARE(schedule.status, 201);

        Outcome<GitOpsExport, KubeError> o;
        collectGitOpsExport(m_world.admin.get(), Op::Ns, QStringLiteral("demo"), &m_context, o.ok(), o.err());
        QVERIFY(o.wait());
        QVERIFY2(o.value, qPrintable(o.error ? o.error->toString() : QString()));
        QStringList files;
        for (const ExportedObject &e : o.value->objects) {
            files.append(e.fileName);
        }
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("medusabackupschedule-nightly.yaml"), QStringLiteral("missioncontrolcluster-demo.yaml"),
                                     QStringLiteral("reaper-demo-dc1-reaper.yaml")}));
        QCOMPARE(o.value->secrets.size(), 1);
        QCOMPARE(o.value->secrets.at(0).name, QStringLiteral("demo-superuser"));
        QVERIFY(o.value->secrets.at(0).exists);
        QVERIFY(o.value->secrets.at(0).keys.contains(QStringLiteral("password")));
        QCOMPARE(o.value->secrets.at(0).referencedBy, QStringList{QStringLiteral("MissionControlCluster/demo")});

        QTemporaryDir dir;
        const QStringList written = o.value->write(dir.path(), &error);
        QVERIFY2(!written.isEmpty(), qPrintable(error));
        QCOMPARE(written.size(), 5); // three objects, the kustomization and the secret references
        const QByteArray password = QByteArray::fromBase64(secretData(QStringLiteral("demo-superuser")).value(QLatin1String("password")).toString().toLatin1());
        for (const QString &name : written) {
            QFile f(QDir(dir.path()).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY2(!text.contains(password) && !text.contains(password.toBase64()), qPrintable(name + QStringLiteral(" carries the password")));
            const Yaml::ParseResult parsed = Yaml::parse(text);
            QVERIFY2(parsed.ok() && parsed.warnings.isEmpty(), qPrintable(name));
            QCOMPARE(parsed.documents.size(), 1);
            const QJsonObject doc = parsed.documents.at(0).toObject();
            if (name == QLatin1String("kustomization.yaml")) {
                QCOMPARE(doc.value(QLatin1String("resources")).toArray(), QJsonArray::fromStringList(files));
                continue;
            }
            if (name == QLatin1String("secrets.yaml")) {
                QCOMPARE(Op::at(doc.value(QLatin1String("secrets")).toArray().at(0).toObject(), QStringLiteral("name")).toString(),
                         QStringLiteral("demo-superuser"));
                continue;
            }
            QVERIFY(!doc.contains(QLatin1String("status")));
            const QJsonObject meta = doc.value(QLatin1String("metadata")).toObject();
            for (const char *key : {"uid", "resourceVersion", "managedFields", "creationTimestamp", "generation", "selfLink"}) {
                QVERIFY2(!meta.contains(QLatin1String(key)), qPrintable(name + u' ' + QLatin1String(key)));
            }
            QCOMPARE(meta.value(QLatin1String("namespace")).toString(), Op::Ns);
            QVERIFY(doc.contains(QLatin1String("spec")));
        }
        // The export applies as it is (server dry run of the cluster object after deleting nothing: same spec).
        QFile mccFile(QDir(dir.path()).filePath(QStringLiteral("missioncontrolcluster-demo.yaml")));
        QVERIFY(mccFile.open(QIODevice::ReadOnly));
        const QJsonObject exported = Yaml::parse(mccFile.readAll()).documents.at(0).toObject();
        const QJsonObject live = Op::getJson(m_world.fx, Op::mccPath(QStringLiteral("demo")));
        QCOMPARE(exported.value(QLatin1String("spec")), live.value(QLatin1String("spec")));
        // Stable: a second export writes the same bytes.
        Outcome<GitOpsExport, KubeError> again;
        collectGitOpsExport(m_world.admin.get(), Op::Ns, QStringLiteral("demo"), &m_context, again.ok(), again.err());
        QVERIFY(again.wait() && again.value);
        QCOMPARE(again.value->objects.size(), o.value->objects.size());
        for (qsizetype i = 0; i < again.value->objects.size(); ++i) {
            QCOMPARE(again.value->objects.at(i).yaml, o.value->objects.at(i).yaml);
        }
        QCOMPARE(again.value->kustomization(), o.value->kustomization());

        Outcome<GitOpsExport, KubeError> none;
        collectGitOpsExport(m_world.admin.get(), Op::Ns, QStringLiteral("nope"), &m_context, none.ok(), none.err());
        QVERIFY(none.wait());
        QVERIFY(none.error && none.error->message.contains(QLatin1String("no cluster nope")));
    }
    void exportIncludesMedusaConfigurationAndClientConfigs()
    {
        // A cluster whose medusa spec refers to a shared MedusaConfiguration and whose datacenter lives in a remote
        // context provided by a ClientConfig (the sandbox does not reconcile it, but the objects are what is exported).
        const auto secret = [](const QString &name, const char *key, const QByteArray &value) {
            return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                               {QStringLiteral("kind"), QStringLiteral("Secret")},
                               {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
                               {QStringLiteral("data"), QJsonObject{{QLatin1String(key), QString::fromLatin1(value.toBase64())}}}};
        };
        const QByteArray bucketKey = QByteArrayLiteral("aws_secret_access_key=very-secret-bucket-key");
        const QByteArray kubeconfig = QByteArrayLiteral("apiVersion: v1\nkind: Config\nusers: [{name: east, user: {token: remote-token-123}}]\n");
        QCOMPARE(m_world.fx.post(Op::path("v1", "secrets"), secret(QStringLiteral("bucket-key"), "credentials", bucketKey)).status, 201);
        QCOMPARE(m_world.fx.post(Op::path("v1", "secrets"), secret(QStringLiteral("east-kubeconfig"), "kubeconfig", kubeconfig)).status, 201);
        const HttpResponse medusaConfig = m_world.fx.post(
            Op::path("medusa.k8ssandra.io/v1alpha1", "medusaconfigurations"),
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("medusa.k8ssandra.io/v1alpha1")},
                        {QStringLiteral("kind"), QStringLiteral("MedusaConfiguration")},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("shared-s3")},
                                                                 {QStringLiteral("labels"), QJsonObject{{QStringLiteral("team"), QStringLiteral("dba")}}}}},
                        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("storageProperties"),
                                                              QJsonObject{{QStringLiteral("storageProvider"), QStringLiteral("s3")},
                                                                          {QStringLiteral("bucketName"), QStringLiteral("backups")},
                                                                          {QStringLiteral("storageSecretRef"),
                                                                           QJsonObject{{QStringLiteral("name"), QStringLiteral("bucket-key")}}}}}}}});
        QVERIFY2(medusaConfig.status == 201, medusaConfig.body.constData());
        const HttpResponse clientConfig = m_world.fx.post(
            Op::path("config.k8ssandra.io/v1beta1", "clientconfigs"),
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("config.k8ssandra.io/v1beta1")},
                        {QStringLiteral("kind"), QStringLiteral("ClientConfig")},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("east-config")}}},
                        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("contextName"), QStringLiteral("east")},
                                                             {QStringLiteral("kubeConfigSecret"),
                                                              QJsonObject{{QStringLiteral("name"), QStringLiteral("east-kubeconfig")}}}}}});
        QVERIFY2(clientConfig.status == 201, clientConfig.body.constData());
        QJsonObject mcc = Op::mcc(QStringLiteral("multi"), QStringLiteral("4.1.5"), 1, 1);
        QJsonObject spec = mcc.value(QLatin1String("spec")).toObject();
        QJsonObject k8ssandra = spec.value(QLatin1String("k8ssandra")).toObject();
        k8ssandra.insert(QStringLiteral("medusa"), QJsonObject{{QStringLiteral("medusaConfigurationRef"), QJsonObject{{QStringLiteral("name"), QStringLiteral("shared-s3")}}},
                                                               {QStringLiteral("storageProperties"), QJsonObject{{QStringLiteral("prefix"), QStringLiteral("multi")}}}});
        QJsonObject cassandra = k8ssandra.value(QLatin1String("cassandra")).toObject();
        QJsonArray dcs = cassandra.value(QLatin1String("datacenters")).toArray();
        QJsonObject dc = dcs.at(0).toObject();
        dc.insert(QStringLiteral("k8sContext"), QStringLiteral("east"));
        dcs.replace(0, dc);
        cassandra.insert(QStringLiteral("datacenters"), dcs);
        k8ssandra.insert(QStringLiteral("cassandra"), cassandra);
        spec.insert(QStringLiteral("k8ssandra"), k8ssandra);
        mcc.insert(QStringLiteral("spec"), spec);
        const HttpResponse created = m_world.fx.post(Op::mccPath(), mcc);
        QVERIFY2(created.status == 201, created.body.constData());

        const auto exportOnce = [this](const QString &directory, QStringList *written, QString *error) -> std::optional<GitOpsExport> {
            Outcome<GitOpsExport, KubeError> o;
            collectGitOpsExport(m_world.admin.get(), Op::Ns, QStringLiteral("multi"), &m_context, o.ok(), o.err());
            if (!o.wait() || !o.value) {
                *error = o.error ? o.error->toString() : QStringLiteral("no answer");
                return std::nullopt;
            }
            *written = o.value->write(directory, error);
            return o.value;
        };
        QTemporaryDir first;
        QTemporaryDir second;
        QStringList written;
        QStringList writtenAgain;
        QString error;
        const std::optional<GitOpsExport> e = exportOnce(first.path(), &written, &error);
        QVERIFY2(e && !written.isEmpty(), qPrintable(error));
        QVERIFY2(exportOnce(second.path(), &writtenAgain, &error), qPrintable(error));
        written.sort();
        writtenAgain.sort();
        QCOMPARE(written, (QStringList{QStringLiteral("clientconfig-east-config.yaml"), QStringLiteral("kustomization.yaml"),
                                       QStringLiteral("medusaconfiguration-shared-s3.yaml"), QStringLiteral("missioncontrolcluster-multi.yaml"),
                                       QStringLiteral("secrets.yaml")}));
        QCOMPARE(writtenAgain, written);
        QStringList secretNames;
        for (const SecretReference &r : e->secrets) {
            secretNames << r.name;
            QVERIFY(r.exists);
        }
        QCOMPARE(secretNames, (QStringList{QStringLiteral("bucket-key"), QStringLiteral("east-kubeconfig")}));
        QCOMPARE(e->secrets.at(0).referencedBy, QStringList{QStringLiteral("MedusaConfiguration/shared-s3")});
        QCOMPARE(e->secrets.at(0).keys, QStringList{QStringLiteral("credentials")});
        QCOMPARE(e->secrets.at(1).referencedBy, QStringList{QStringLiteral("ClientConfig/east-config")});

        for (const QString &name : std::as_const(written)) {
            QFile a(QDir(first.path()).filePath(name));
            QFile b(QDir(second.path()).filePath(name));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            const QByteArray text = a.readAll();
            QCOMPARE(b.readAll(), text); // a second export is byte-identical
            QVERIFY2(!text.contains("very-secret-bucket-key") && !text.contains(bucketKey.toBase64()), qPrintable(name));
            QVERIFY2(!text.contains("remote-token-123") && !text.contains(kubeconfig.toBase64()), qPrintable(name));
            if (name == QLatin1String("kustomization.yaml") || name == QLatin1String("secrets.yaml")) {
                continue;
            }
            const Yaml::ParseResult parsed = Yaml::parse(text);
            QVERIFY2(parsed.ok() && parsed.documents.size() == 1, qPrintable(name));
            const QJsonObject doc = parsed.documents.at(0).toObject();
            QVERIFY2(!doc.contains(QLatin1String("status")), qPrintable(name));
            const QJsonObject meta = doc.value(QLatin1String("metadata")).toObject();
            for (const char *key : {"uid", "resourceVersion", "managedFields", "creationTimestamp", "generation"}) {
                QVERIFY2(!meta.contains(QLatin1String(key)), qPrintable(name + u' ' + QLatin1String(key)));
            }
            QCOMPARE(meta.value(QLatin1String("namespace")).toString(), Op::Ns);
            // Keys in a stable (sorted) order at the top level, so diffs in git stay small.
            QStringList topKeys;
            for (const QByteArray &line : text.split('\n')) {
                if (!line.isEmpty() && line.at(0) != ' ' && line.at(0) != '#' && line.contains(':')) {
                    topKeys << QString::fromUtf8(line.left(line.indexOf(':')));
                }
            }
            QStringList sorted = topKeys;
            sorted.sort();
            QCOMPARE(topKeys, sorted);
        }
        QFile medusaFile(QDir(first.path()).filePath(QStringLiteral("medusaconfiguration-shared-s3.yaml")));
        QVERIFY(medusaFile.open(QIODevice::ReadOnly));
        const QJsonObject medusaDoc = Yaml::parse(medusaFile.readAll()).documents.at(0).toObject();
        QCOMPARE(Op::at(medusaDoc, QStringLiteral("spec.storageProperties.bucketName")).toString(), QStringLiteral("backups"));
        QCOMPARE(Op::at(medusaDoc, QStringLiteral("metadata.labels.team")).toString(), QStringLiteral("dba"));
        QFile kustomization(QDir(first.path()).filePath(QStringLiteral("kustomization.yaml")));
        QVERIFY(kustomization.open(QIODevice::ReadOnly));
        QCOMPARE(Yaml::parse(kustomization.readAll()).documents.at(0).toObject().value(QLatin1String("resources")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestServicesDataApi)
#include "tst_services_dataapi.moc"
