// Validation as you type: per-document schemas, YAML 1.1 typing, tolerance of half-typed text, findings placed at
// their line and column, the problems model, the debounced off-thread controller, schema sources and completion.
#include "testsupport.h"

#include "models/editor/problemsmodel.h"
#include "models/editor/schemacompletion.h"
#include "models/editor/schemasource.h"
#include "models/editor/validationcontroller.h"
#include "models/editor/yamlvalidation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTextCursor>
#include <QTextDocument>

using namespace Ringside;
using namespace Ringside::Editor;

namespace {

QString lines(std::initializer_list<const char *> list)
{
    QString out;
    for (const char *line : list) {
        out += QString::fromUtf8(line) + u'\n';
    }
    return out;
}

// One error (serverVersion read as a number), one warning (a null the server drops) and one not-checked field.
const QString kDatacenter = lines({
    "apiVersion: cassandra.datastax.com/v1beta1", // 1
    "kind: CassandraDatacenter",                  // 2
    "metadata:",                                  // 3
    "  name: dc1",                                // 4
    "spec:",                                      // 5
    "  clusterName: demo",                        // 6
    "  serverType: cassandra",                    // 7
    "  serverVersion: 4.1",                       // 8
    "  serverImage:",                             // 9
    "  size: 3",                                  // 10
    "  storageConfig:",                           // 11
    "    cassandraDataVolumeClaimSpec:",          // 12
    "      storageClassName: standard",           // 13
    "  config:",                                  // 14
    "    cassandra-yaml:",                        // 15
    "      num_tokens: 16",                       // 16
});

QString describe(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems) {
        out.append(QStringLiteral("%1 %2:%3+%4 [%5] %6%7")
                       .arg(severityName(p.severity))
                       .arg(p.line)
                       .arg(p.column)
                       .arg(p.length)
                       .arg(p.path, p.message, p.stale ? QStringLiteral(" (stale)") : QString()));
    }
    return out.join(u'\n');
}

const Problem *find(const QList<Problem> &problems, const QString &path, ProblemSeverity severity)
{
    for (const Problem &p : problems) {
        if (p.path == path && p.severity == severity) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace

class TestEditorValidation : public QObject
{
    Q_OBJECT
private:
    SchemaChain m_schemas = SchemaChain::offline();

private Q_SLOTS:
    void errorWarningAndNotCheckedArePlaced()
    {
        const ValidationResult result = validateYaml(kDatacenter, m_schemas);
        const QString all = describe(result.problems);
        QCOMPARE(result.documents.size(), 1);
        QVERIFY(result.documents.constFirst().parsed);
        QCOMPARE(result.documents.constFirst().kind, QStringLiteral("CassandraDatacenter"));
        QVERIFY2(result.documents.constFirst().schemaSource.contains(QLatin1String("bundled")),
                 qPrintable(result.documents.constFirst().schemaSource));

        const Problem *version = find(result.problems, QStringLiteral("spec.serverVersion"), ProblemSeverity::Error);
        QVERIFY2(version, qPrintable(all));
        QVERIFY2(version->message.contains(QLatin1String("must be of type string, not number")),
                 qPrintable(version->message));
        QCOMPARE(version->line, 8);
        QCOMPARE(version->column, 3);
        QCOMPARE(version->length, int(qstrlen("serverVersion: 4.1")));

        const Problem *image = find(result.problems, QStringLiteral("spec.serverImage"), ProblemSeverity::Warning);
        QVERIFY2(image, qPrintable(all));
        QCOMPARE(image->line, 9);
        QVERIFY(image->message.contains(QLatin1String("null")));

        const Problem *config = find(result.problems, QStringLiteral("spec.config"), ProblemSeverity::NotChecked);
        QVERIFY2(config, qPrintable(all));
        QCOMPARE(config->line, 14);

        QCOMPARE(result.count(ProblemSeverity::Error), 1);
        QCOMPARE(result.count(ProblemSeverity::Warning), 1);
        QCOMPARE(result.count(ProblemSeverity::NotChecked), 1);
        // Sorted by place.
        QCOMPARE(result.problems.at(0).line, 8);
        QCOMPARE(result.problems.at(2).line, 14);
    }

    void yaml11ScalarsAreTypedAsTheServerReadsThem()
    {
        QString text = kDatacenter;
        text.replace(QLatin1String("serverVersion: 4.1"), QLatin1String("serverVersion: \"4.1.5\""));
        text.replace(QLatin1String("  serverImage:\n"), QLatin1String("  stopped: yes\n"));
        const ValidationResult result = validateYaml(text, m_schemas);
        QVERIFY2(result.count(ProblemSeverity::Error) == 0, qPrintable(describe(result.problems)));
        text.replace(QLatin1String("stopped: yes"), QLatin1String("stopped: \"yes\""));
        const ValidationResult quoted = validateYaml(text, m_schemas);
        const Problem *stopped = find(quoted.problems, QStringLiteral("spec.stopped"), ProblemSeverity::Error);
        QVERIFY2(stopped, qPrintable(describe(quoted.problems)));
        QVERIFY(stopped->message.contains(QLatin1String("boolean")));
    }

    void missingRequiredFieldPointsAtItsParent()
    {
        QString text = kDatacenter;
        text.replace(QLatin1String("  size: 3\n"), QString());
        const ValidationResult result = validateYaml(text, m_schemas);
        const Problem *size = find(result.problems, QStringLiteral("spec.size"), ProblemSeverity::Error);
        QVERIFY2(size, qPrintable(describe(result.problems)));
        QCOMPARE(size->line, 5); // "spec:"
        QCOMPARE(size->length, 4);
    }

    void eachDocumentUsesItsOwnSchema()
    {
        const QString text = lines({
            "apiVersion: medusa.k8ssandra.io/v1alpha1", // 1
            "kind: MedusaBackupJob",                    // 2
            "metadata: {name: b1}",                     // 3
            "spec:",                                    // 4
            "  cassandraDatacenter: dc1",               // 5
            "  backupType: incremental",                // 6
            "---",                                      // 7
            "apiVersion: v1",                           // 8
            "kind: Secret",                             // 9
            "metadata: {name: s}",                      // 10
            "data:",                                    // 11
            "  password: not base64!",                  // 12
            "---",                                      // 13
            "apiVersion: example.com/v1",               // 14
            "kind: Widget",                             // 15
            "spec: {}",                                 // 16
            "---",                                      // 17
            "apiVersion: k8ssandra.io/v1beta9",         // 18
            "kind: K8ssandraCluster",                   // 19
        });
        const ValidationResult result = validateYaml(text, m_schemas);
        const QString all = describe(result.problems);
        QCOMPARE(result.documents.size(), 4);
        const Problem *backupType = find(result.problems, QStringLiteral("spec.backupType"), ProblemSeverity::Error);
        QVERIFY2(backupType && backupType->line == 6 && backupType->document == 1, qPrintable(all));
        QVERIFY(backupType->message.contains(QLatin1String("\"differential\", \"full\"")));
        const Problem *password = find(result.problems, QStringLiteral("data.password"), ProblemSeverity::Error);
        QVERIFY2(password && password->line == 12 && password->document == 2, qPrintable(all));
        QVERIFY(password->message.contains(QLatin1String("base64")));
        const Problem *widget = find(result.problems, QStringLiteral("kind"), ProblemSeverity::Warning);
        QVERIFY2(widget && widget->line == 15, qPrintable(all));
        QCOMPARE(widget->message, QStringLiteral("no schema for Widget (import its CRD)"));
        QCOMPARE(result.problems.last().line, 19);
        QVERIFY2(result.problems.last().message.contains(QLatin1String("known in k8ssandra.io/v1alpha1")),
                 qPrintable(all));
        QCOMPARE(result.problems.size(), 4);
    }

    void parseErrorKeepsOtherDocumentsAndLastFindings()
    {
        const QString good
            = kDatacenter
              + QStringLiteral("---\napiVersion: medusa.k8ssandra.io/v1alpha1\nkind: MedusaTask\n"
                               "metadata: {name: t}\nspec:\n  cassandraDatacenter: dc1\n  operation: sync\n");
        const ValidationResult first = validateYaml(good, m_schemas);
        QCOMPARE(first.count(ProblemSeverity::Error), 1);
        // Half-typed: an unclosed flow sequence in document 1, and a new error in document 2.
        QString broken = good;
        broken.replace(QLatin1String("  clusterName: demo\n"), QLatin1String("  clusterName: demo\n  racks: [\n"));
        broken.replace(QLatin1String("operation: sync"), QLatin1String("operation: backup"));
        const ValidationResult second = validateYaml(broken, m_schemas, first);
        const QString all = describe(second.problems);
        QVERIFY(!second.documents.at(0).parsed);
        QVERIFY(second.documents.at(1).parsed);
        const auto syntax = std::find_if(second.problems.begin(), second.problems.end(), [](const Problem &p) {
            return p.message.startsWith(QLatin1String("YAML syntax"));
        });
        QVERIFY2(syntax != second.problems.end(), qPrintable(all));
        QVERIFY2(syntax->line >= 7 && syntax->line <= 17 && syntax->document == 1, qPrintable(all));
        // The last good findings of document 1 are kept, placed on the new text (one line further down), stale.
        const Problem *version = find(second.problems, QStringLiteral("spec.serverVersion"), ProblemSeverity::Error);
        QVERIFY2(version && version->stale && version->line == 9, qPrintable(all));
        // Document 2 is validated as usual.
        const Problem *operation = find(second.problems, QStringLiteral("spec.operation"), ProblemSeverity::Error);
        QVERIFY2(operation && !operation->stale, qPrintable(all));
        QCOMPARE(operation->document, 2);
    }

    void problemsModel()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.summary(), QStringLiteral("No problems"));
        const ValidationResult result = validateYaml(kDatacenter, m_schemas);
        model.setProblems(result.problems);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ProblemsModel::ColumnCount));
        QCOMPARE(model.index(0, ProblemsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(0, ProblemsModel::LineColumn).data().toInt(), 8);
        QCOMPARE(model.index(0, ProblemsModel::PathColumn).data().toString(), QStringLiteral("spec.serverVersion"));
        QCOMPARE(model.index(0, 0).data(ProblemsModel::ColumnRole).toInt(), 3);
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(2, ProblemsModel::SeverityColumn).data().toString(), QStringLiteral("Not checked"));
        QCOMPARE(model.summary(), QStringLiteral("Errors: 1 · Warnings: 1 · Not checked: 1"));
        QCOMPARE(model.headerData(ProblemsModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
        model.setDark(true);
        model.setProblems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void controllerDebouncesOffThreadAndLatestWins()
    {
        QTextDocument document;
        document.setPlainText(kDatacenter);
        ValidationController controller(&document, m_schemas);
        controller.setDelay(50);
        QSignalSpy finished(&controller, &ValidationController::finished);
        // Several edits in a row: one validation after the debounce.
        QTextCursor cursor(&document);
        cursor.movePosition(QTextCursor::End);
        for (const char *part : {"  stop", "ped: ", "true\n"}) {
            cursor.insertText(QString::fromLatin1(part));
        }
        QVERIFY(controller.isPending());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(controller.generation(), quint64(1));
        QCOMPARE(controller.result().generation, quint64(1));
        QCOMPARE(controller.result().count(ProblemSeverity::Error), 1);
        QVERIFY(!controller.isPending());

        // Two runs back to back: only the second is applied.
        document.setPlainText(QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n"));
        controller.validateNow();
        document.setPlainText(
            QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\nspec: {finalizers: [1]}\n"));
        controller.validateNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QTRY_COMPARE(controller.droppedResults(), 1);
        QCOMPARE(finished.size(), 2);
        const ValidationResult last = finished.last().constFirst().value<ValidationResult>();
        QCOMPARE(last.generation, controller.generation());
        QCOMPARE(last.count(ProblemSeverity::Error), 1); // finalizers[0] must be a string
        QVERIFY(controller.lastDurationMicroseconds() > 0);
    }

    void schemaChainOrderAndImport()
    {
        // An imported CRD takes precedence over the bundled one; unknown files are reported.
        QTemporaryDir dir;
        const QString crd = dir.filePath(QStringLiteral("reaper.yaml"));
        QFile file(crd);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: "
            "reapers.reaper.k8ssandra.io\n"
            "spec:\n  group: reaper.k8ssandra.io\n  scope: Namespaced\n  names: {kind: Reaper, plural: reapers, "
            "singular: reaper, listKind: ReaperList}\n"
            "  versions:\n  - name: v1alpha1\n    served: true\n    storage: true\n    schema:\n      "
            "openAPIV3Schema:\n"
            "        type: object\n        properties:\n          apiVersion: {type: string}\n          kind: {type: "
            "string}\n"
            "          metadata: {type: object}\n          spec:\n            type: object\n            properties:\n"
            "              keyspace: {type: string}\n");
        file.close();
        QStringList errors;
        const SchemaChain chain = SchemaChain::offline({crd, dir.filePath(QStringLiteral("missing.yaml"))}, &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.constFirst().contains(QLatin1String("missing.yaml")));
        QCOMPARE(chain.sources().size(), 3);
        const SchemaLookup reaper
            = chain.lookup(QStringLiteral("reaper.k8ssandra.io/v1alpha1"), QStringLiteral("Reaper"));
        QVERIFY(reaper.source.contains(crd));
        QVERIFY(!reaper.lenient);
        // The strict imported schema rejects what the lenient bundled one marks "not checked".
        const QString text = QStringLiteral(
            "apiVersion: reaper.k8ssandra.io/v1alpha1\nkind: Reaper\nmetadata: {name: r}\nspec:\n  heapSize: 1Gi\n");
        const ValidationResult strict = validateYaml(text, chain);
        QCOMPARE(strict.count(ProblemSeverity::Error), 1);
        QVERIFY(strict.problems.constFirst().message.contains(QLatin1String("unknown field \"heapSize\"")));
        QCOMPARE(validateYaml(text, m_schemas).count(ProblemSeverity::Error), 0);

        QVERIFY(m_schemas.kinds().contains(KindRef{QStringLiteral("v1"), QStringLiteral("Secret")}));
        QVERIFY(m_schemas.kinds().contains(
            KindRef{QStringLiteral("k8ssandra.io/v1alpha1"), QStringLiteral("K8ssandraCluster")}));
        QCOMPARE(m_schemas.versionsOf(QStringLiteral("CassandraTask")),
                 QStringList{QStringLiteral("control.k8ssandra.io/v1alpha1")});
        QCOMPARE(splitApiVersion(QStringLiteral("v1")), std::make_pair(QString(), QStringLiteral("v1")));
    }

    void chainRanksSourcesByTier()
    {
        // A stand-in for the connected cluster's OpenAPI v3 source (the Kubernetes client provides the real one):
        // it knows MedusaTask with a strict schema, and is preferred over everything offline.
        class FakeClusterSource : public SchemaSource
        {
        public:
            QString name() const override { return QStringLiteral("cluster test"); }
            SchemaTier tier() const override { return SchemaTier::Cluster; }
            SchemaLookup lookup(const QString &group, const QString &version, const QString &kind) const override
            {
                if (group != QLatin1String("medusa.k8ssandra.io") || version != QLatin1String("v1alpha1") || kind != QLatin1String("MedusaTask")) {
                    return {};
                }
                const QJsonObject spec{{QStringLiteral("type"), QStringLiteral("object")},
                                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("operation"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}}};
                const QJsonObject string{{QStringLiteral("type"), QStringLiteral("string")}};
                const QJsonObject properties{{QStringLiteral("apiVersion"), string}, {QStringLiteral("kind"), string}, {QStringLiteral("spec"), spec}};
                return {QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}}, name(), false};
            }
            QList<KindRef> kinds() const override { return {{QStringLiteral("medusa.k8ssandra.io/v1alpha1"), QStringLiteral("MedusaTask")}}; }
        };
        SchemaChain chain = SchemaChain::offline();
        chain.add(std::make_shared<FakeClusterSource>());
        QCOMPARE(chain.sources().constFirst()->tier(), SchemaTier::Cluster);
        QCOMPARE(chain.sources().constLast()->tier(), SchemaTier::Builtin);
        const QString text = QStringLiteral("apiVersion: medusa.k8ssandra.io/v1alpha1\nkind: MedusaTask\nspec:\n  operation: sync\n"
                                            "  cassandraDatacenter: dc1\n");
        const ValidationResult connected = validateYaml(text, chain);
        QCOMPARE(connected.documents.constFirst().schemaSource, QStringLiteral("cluster test"));
        // The cluster's schema says integer, and knows no cassandraDatacenter.
        QCOMPARE(connected.count(ProblemSeverity::Error), 2);
        chain.removeTier(SchemaTier::Cluster);
        const ValidationResult offline = validateYaml(text, chain);
        QVERIFY(offline.documents.constFirst().schemaSource.contains(QLatin1String("bundled")));
        QCOMPARE(offline.count(ProblemSeverity::Error), 0);
        // Imports go before the bundled schemas, the newest first.
        Schema::CrdRegistry empty;
        chain.add(std::make_shared<CrdSchemaSource>(empty, QStringLiteral("first import"), SchemaTier::Imported));
        chain.add(std::make_shared<CrdSchemaSource>(empty, QStringLiteral("second import"), SchemaTier::Imported));
        QCOMPARE(chain.sources().at(0)->name(), QStringLiteral("second import"));
        QCOMPARE(chain.sources().at(1)->name(), QStringLiteral("first import"));
        QCOMPARE(chain.sources().at(2)->tier(), SchemaTier::Bundled);
    }

    void completion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("mustHave");
        QTest::addColumn<QStringList>("mustNotHave");
        const QString dc = QStringLiteral(
            "apiVersion: cassandra.datastax.com/v1beta1\nkind: CassandraDatacenter\nspec:\n  size: 3\n  se\n"
            "  serverType: \n  racks:\n  - name: r1\n    \n  stopped: \n");
        // Keys written anywhere in the object (before or after the cursor) are not offered again.
        QTest::newRow("spec keys") << dc << 5 << 4
                                   << QStringList{QStringLiteral("serverVersion"), QStringLiteral("clusterName")}
                                   << QStringList{QStringLiteral("size"), QStringLiteral("racks"),
                                                  QStringLiteral("serverType"), QStringLiteral("apiVersion")};
        QTest::newRow("enum values") << dc << 6 << 14
                                     << QStringList{QStringLiteral("cassandra"), QStringLiteral("dse"),
                                                    QStringLiteral("hcd")}
                                     << QStringList();
        QTest::newRow("rack keys") << dc << 9 << 4
                                   << QStringList{QStringLiteral("nodeAffinityLabels"), QStringLiteral("affinity")}
                                   << QStringList{QStringLiteral("name")};
        QTest::newRow("booleans") << dc << 10 << 11 << QStringList{QStringLiteral("true"), QStringLiteral("false")}
                                  << QStringList();
        QTest::newRow("top level") << QStringLiteral("apiVersion: medusa.k8ssandra.io/v1alpha1\nkind: MedusaTask\n\n")
                                   << 3 << 0 << QStringList{QStringLiteral("metadata"), QStringLiteral("spec")}
                                   << QStringList{QStringLiteral("kind"), QStringLiteral("status")};
        QTest::newRow("metadata keys") << QStringLiteral("apiVersion: v1\nkind: Secret\nmetadata:\n  na\n") << 4 << 4
                                       << QStringList{QStringLiteral("name"), QStringLiteral("namespace"),
                                                      QStringLiteral("labels")}
                                       << QStringList();
        QTest::newRow("kinds") << QStringLiteral("kind: \n") << 1 << 6
                               << QStringList{QStringLiteral("CassandraDatacenter"), QStringLiteral("MedusaBackupJob"),
                                              QStringLiteral("Secret")}
                               << QStringList();
        QTest::newRow("apiVersion of kind")
            << QStringLiteral("apiVersion: \nkind: Reaper\n") << 1 << 12
            << QStringList{QStringLiteral("reaper.k8ssandra.io/v1alpha1")} << QStringList{QStringLiteral("v1")};
        QTest::newRow("defaults") << QStringLiteral(
            "apiVersion: medusa.k8ssandra.io/v1alpha1\nkind: MedusaBackupJob\nspec:\n  backupType: \n")
                                  << 4 << 14 << QStringList{QStringLiteral("differential"), QStringLiteral("full")}
                                  << QStringList();
        QTest::newRow("no schema: basics")
            << QStringLiteral("kind: Widget\n\n") << 2 << 0
            << QStringList{QStringLiteral("apiVersion"), QStringLiteral("spec")} << QStringList{QStringLiteral("kind")};
    }

    void completion()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QStringList, mustHave);
        QFETCH(QStringList, mustNotHave);
        const CompletionResult result = completeAt(YamlOutline::build(text), line, column, m_schemas);
        QStringList offered;
        for (const CompletionItem &item : result.items) {
            offered.append(item.text);
        }
        for (const QString &s : std::as_const(mustHave)) {
            QVERIFY2(offered.contains(s), qPrintable(s + QStringLiteral(" not in ") + offered.join(u',')));
        }
        for (const QString &s : std::as_const(mustNotHave)) {
            QVERIFY2(!offered.contains(s), qPrintable(s + QStringLiteral(" in ") + offered.join(u',')));
        }
    }

    void timings()
    {
        // Printed, not asserted (speed is measured in bench/, never asserted in tests): what one keystroke costs.
        QString big;
        for (int i = 0; i < 200; ++i) {
            big += QStringLiteral("---\n") + kDatacenter;
        }
        const int lineCount = int(big.count(u'\n'));
        QElapsedTimer timer;
        timer.start();
        const YamlOutline outline = YamlOutline::build(big);
        const qint64 outlineUs = timer.nsecsElapsed() / 1000;
        timer.restart();
        const QList<FoldRange> folds = foldRanges(big.split(u'\n'));
        const qint64 foldUs = timer.nsecsElapsed() / 1000;
        timer.restart();
        const ValidationResult result = validateYaml(big, m_schemas);
        const qint64 validateUs = timer.nsecsElapsed() / 1000;
        timer.restart();
        const CompletionResult completion = completeAt(outline, lineCount - 3, 4, m_schemas);
        const qint64 completeUs = timer.nsecsElapsed() / 1000;
        QCOMPARE(outline.documents().size(), 200);
        QCOMPARE(result.count(ProblemSeverity::Error), 200);
        QVERIFY(!folds.isEmpty());
        QVERIFY(completion.context.mode != CursorContext::Mode::None);
        qInfo("%d lines, 200 documents: outline %lld us, folds %lld us, validation %lld us, completion %lld us",
              lineCount, outlineUs, foldUs, validateUs, completeUs);
    }

    void completionModel()
    {
        CompletionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString text
            = QStringLiteral("apiVersion: cassandra.datastax.com/v1beta1\nkind: CassandraDatacenter\nspec:\n  \n");
        const CompletionResult result = completeAt(YamlOutline::build(text), 4, 2, m_schemas);
        model.setItems(result.items);
        QVERIFY(model.rowCount() > 10);
        // Required properties come first, in bold, with their type.
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("clusterName"));
        QVERIFY(model.index(0).data(CompletionModel::RequiredRole).toBool());
        QVERIFY(model.index(0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QLatin1String("required")));
        int size = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data().toString() == QLatin1String("size")) {
                size = row;
            }
        }
        QVERIFY(size >= 0);
        QCOMPARE(model.index(size).data(CompletionModel::DetailRole).toString(), QStringLiteral("integer (int32)"));
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEditorValidation)
#include "tst_editorvalidation.moc"
