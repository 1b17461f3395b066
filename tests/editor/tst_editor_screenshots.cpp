// Screenshots of the YAML editor in light and dark palettes, with a document holding one error, one warning and
// one field that is not checked. The models behind each picture are asserted: a picture alone proves nothing.
#include "testsupport.h"

#include "gui/editor/yamleditor.h"
#include "gui/editor/yamleditorpane.h"
#include "gui/screenshot.h"
#include "models/editor/problemsmodel.h"
#include "models/editor/validationcontroller.h"
#include "models/editor/yamldocument.h"

#include <KSyntaxHighlighting/Repository>

#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeView>

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

const QString kDocument = lines({
    "# A datacenter run by cass-operator, being edited offline.", // 1
    "apiVersion: cassandra.datastax.com/v1beta1",                 // 2
    "kind: CassandraDatacenter",                                  // 3
    "metadata:",                                                  // 4
    "  name: dc1",                                                // 5
    "  namespace: demo",                                          // 6
    "spec:",                                                      // 7
    "  clusterName: demo",                                        // 8
    "  serverType: cassandra",                                    // 9
    "  serverVersion: 4.1          # read as a number",           // 10
    "  serverImage:",                                             // 11
    "  size: 3",                                                  // 12
    "  racks:",                                                   // 13
    "  - name: r1",                                               // 14
    "  - name: r2",                                               // 15
    "  - name: r3",                                               // 16
    "  storageConfig:",                                           // 17
    "    cassandraDataVolumeClaimSpec:",                          // 18
    "      storageClassName: standard",                           // 19
    "      accessModes:",                                         // 20
    "      - ReadWriteOnce",                                      // 21
    "      resources:",                                           // 22
    "        requests:",                                          // 23
    "          storage: 10Gi",                                    // 24
    "  config:",                                                  // 25
    "    cassandra-yaml:",                                        // 26
    "      num_tokens: 16",                                       // 27
    "      authenticator: PasswordAuthenticator",                 // 28
});

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x58));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

} // namespace

class TestEditorScreenshots : public QObject
{
    Q_OBJECT
private:
    KSyntaxHighlighting::Repository m_repository;
    SchemaChain m_schemas = SchemaChain::offline();

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void screenshot_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshot()
    {
        QFETCH(bool, dark);
        YamlEditorPane pane(&m_repository, m_schemas, std::nullopt);
        if (dark) {
            pane.setPalette(darkPalette());
        }
        pane.resize(1000, 720);
        pane.newDocument(kDocument);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY_WITH_TIMEOUT(pane.validation()->generation() > 0 && !pane.validation()->isPending(), 5000);

        // The models behind the picture.
        const ProblemsModel *problems = pane.problemsModel();
        QCOMPARE(problems->rowCount(), 3);
        const auto row = [problems](int r, int column) { return problems->index(r, column).data().toString(); };
        QCOMPARE(row(0, ProblemsModel::SeverityColumn), QStringLiteral("Error"));
        QCOMPARE(row(0, ProblemsModel::LineColumn), QStringLiteral("10"));
        QCOMPARE(row(0, ProblemsModel::PathColumn), QStringLiteral("spec.serverVersion"));
        QCOMPARE(row(1, ProblemsModel::SeverityColumn), QStringLiteral("Warning"));
        QCOMPARE(row(1, ProblemsModel::PathColumn), QStringLiteral("spec.serverImage"));
        QCOMPARE(row(2, ProblemsModel::SeverityColumn), QStringLiteral("Not checked"));
        QCOMPARE(row(2, ProblemsModel::PathColumn), QStringLiteral("spec.config"));
        QCOMPARE(row(2, ProblemsModel::LineColumn), QStringLiteral("25"));
        YamlEditor *editor = pane.editor();
        QCOMPARE(editor->isDarkTheme(), dark);
        QCOMPARE(editor->problemSelections().size(), 3);
        QCOMPARE(editor->worstProblemOnLine(10), std::optional(ProblemSeverity::Error));
        QCOMPARE(editor->worstProblemOnLine(11), std::optional(ProblemSeverity::Warning));
        QCOMPARE(editor->worstProblemOnLine(25), std::optional(ProblemSeverity::NotChecked));
        QVERIFY(
            pane.statusLabel()->text().contains(QStringLiteral("Errors: 1 \u00b7 Warnings: 1 \u00b7 Not checked: 1")));

        // A folded block and the cursor on the error, as a user would have it.
        QVERIFY(editor->fold(17));
        QCOMPARE(editor->hiddenLineCount(), 7);
        pane.problemsView()->setCurrentIndex(problems->index(0, 0));
        pane.activateProblem(problems->index(0, 0));
        QCOMPARE(editor->textCursor().blockNumber() + 1, 10);
        editor->verticalScrollBar()->setValue(0);
        QTest::qWait(50);

        const QString shot = Test::outputPath(dark ? QStringLiteral("screenshots/editor-dark.png")
                                                   : QStringLiteral("screenshots/editor-light.png"));
        QCOMPARE(saveWidgetPng(&pane, shot), QString());
        qInfo("screenshot: %s", qPrintable(shot));
        // A 3x detail of the problem lines, to check underlines and markers by eye.
        const QRectF from = editor->blockGeometry(editor->document()->findBlockByNumber(8));
        const QPoint origin = editor->viewport()->mapTo(&pane, QPoint(0, int(from.top())));
        const QImage detail
            = pane.grab(QRect(QPoint(0, origin.y()), QSize(460, int(from.height() * 9))))
                  .toImage()
                  .scaled(460 * 3, int(from.height() * 27), Qt::IgnoreAspectRatio, Qt::FastTransformation);
        QVERIFY(detail.save(Test::outputPath(dark ? QStringLiteral("screenshots/editor-dark-detail.png")
                                                  : QStringLiteral("screenshots/editor-light-detail.png"))));
    }
};

QTEST_MAIN(TestEditorScreenshots)
#include "tst_editor_screenshots.moc"
