// Reads the upstream CRDs in ../shared/crds with Ringside's YAML reader: they are large real-world YAML files,
// and later work writes our own schemas that must agree with them.
#include "testsupport.h"

#include "yaml/yamljson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Ringside;

class TestSharedCrds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upstreamCrdsParse()
    {
        RINGSIDE_REQUIRE_SHARED();
        const QDir dir(Test::sharedDir() + QLatin1String("/crds"));
        const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 13);
        QStringList kinds;
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const Yaml::ParseResult r = Yaml::parse(f.readAll());
            QVERIFY2(r.ok(), qPrintable(name + QLatin1String(": ") + (r.error ? r.error->toString() : QString())));
            const QJsonObject crd = r.documents.value(0).toObject();
            QCOMPARE(crd.value(QLatin1String("kind")).toString(), QStringLiteral("CustomResourceDefinition"));
            const QJsonObject spec = crd.value(QLatin1String("spec")).toObject();
            QVERIFY(name.startsWith(spec.value(QLatin1String("group")).toString()));
            const QJsonArray versions = spec.value(QLatin1String("versions")).toArray();
            QVERIFY(!versions.isEmpty());
            const QJsonObject schema = versions.first().toObject().value(QLatin1String("schema")).toObject().value(QLatin1String("openAPIV3Schema")).toObject();
            QCOMPARE(schema.value(QLatin1String("type")).toString(), QStringLiteral("object"));
            kinds.append(spec.value(QLatin1String("names")).toObject().value(QLatin1String("kind")).toString());
        }
        for (const char *kind : {"CassandraDatacenter", "K8ssandraCluster", "CassandraTask", "MedusaBackupJob", "Reaper", "ClientConfig"}) {
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        }
    }
};

QTEST_GUILESS_MAIN(TestSharedCrds)
#include "tst_shared_crds.moc"
