// The YAML templates per kind: each is listed with a title, parses, and is valid against Ringside's bundled schemas.
#include "testsupport.h"

#include "models/editor/schemasource.h"
#include "models/editor/templatecatalog.h"
#include "models/editor/yamlvalidation.h"
#include "yaml/yamljson.h"

#include <QJsonObject>

using namespace Ringside;
using namespace Ringside::Editor;

class TestTemplates : public QObject
{
    Q_OBJECT
private:
    SchemaChain m_schemas = SchemaChain::offline();

private Q_SLOTS:
    void everyFileHasAnEntryAndEveryEntryAFile()
    {
        QStringList listed;
        const QList<YamlTemplate> templates = yamlTemplates();
        for (const YamlTemplate &t : templates) {
            listed.append(t.id);
            QVERIFY2(!t.title.isEmpty() && !t.description.isEmpty(), qPrintable(t.id));
        }
        std::sort(listed.begin(), listed.end());
        QCOMPARE(listed, templateResourceIds());
    }

    void everyRequiredKindHasATemplate()
    {
        QStringList kinds;
        const QList<YamlTemplate> templates = yamlTemplates();
        for (const YamlTemplate &t : templates) {
            kinds.append(t.kind);
        }
        for (const char *kind : {"MissionControlCluster", "K8ssandraCluster", "CassandraDatacenter", "CassandraTask",
                                 "MedusaBackupJob", "MedusaBackupSchedule", "MedusaRestoreJob", "MedusaConfiguration",
                                 "MedusaTask", "Reaper", "Namespace", "Secret"}) {
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        }
        QStringList commands;
        for (const YamlTemplate &t : templates) {
            if (t.kind == QLatin1String("CassandraTask")) {
                const QJsonObject doc = Yaml::parse(t.text().toUtf8()).documents.constFirst().toObject();
                commands.append(doc.value(QLatin1String("spec"))
                                    .toObject()
                                    .value(QLatin1String("jobs"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("command"))
                                    .toString());
            }
        }
        for (const char *command : {"restart", "cleanup", "replacenode"}) {
            QVERIFY2(commands.contains(QLatin1String(command)), command);
        }
        QVERIFY(findYamlTemplate(QStringLiteral("reaper")).has_value());
        QVERIFY(!findYamlTemplate(QStringLiteral("nope")).has_value());
    }

    void templateIsValid_data()
    {
        QTest::addColumn<QString>("id");
        const QList<YamlTemplate> templates = yamlTemplates();
        for (const YamlTemplate &t : templates) {
            QTest::newRow(qPrintable(t.id)) << t.id;
        }
    }

    void templateIsValid()
    {
        QFETCH(QString, id);
        const std::optional<YamlTemplate> t = findYamlTemplate(id);
        QVERIFY(t);
        const QString text = t->text();
        const Yaml::ParseResult parsed = Yaml::parse(text.toUtf8());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->toString() : QString()));
        QCOMPARE(parsed.documents.size(), 1);
        const QJsonObject object = parsed.documents.constFirst().toObject();
        QCOMPARE(object.value(QLatin1String("kind")).toString(), t->kind);
        QVERIFY(!object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString().isEmpty());

        // Against the bundled schemas: no error and no warning (fields kept as is may be "not checked").
        const SchemaChain &schemas = m_schemas;
        QVERIFY2(schemas.lookup(object.value(QLatin1String("apiVersion")).toString(), t->kind).isValid(),
                 qPrintable(t->kind));
        const ValidationResult result = validateYaml(text, schemas);
        QStringList problems;
        for (const Problem &p : result.problems) {
            if (p.severity != ProblemSeverity::NotChecked) {
                problems.append(QStringLiteral("%1:%2 %3: %4").arg(p.line).arg(p.column).arg(p.path, p.message));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        if (const int n = result.count(ProblemSeverity::NotChecked)) {
            qInfo("%s: %d field(s) not checked by the lenient bundled schema", qPrintable(id), n);
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
