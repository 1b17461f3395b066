// The YAML editor widgets, headless: highlighting and theme, folding, find/replace, underlines and tooltips,
// completion, the problems list, files with their line endings, and the diff view.
#include "testsupport.h"

#include "gui/editor/diffview.h"
#include "gui/editor/editorgutter.h"
#include "gui/editor/findreplacebar.h"
#include "gui/editor/yamlcompleter.h"
#include "gui/editor/yamleditor.h"
#include "gui/editor/yamleditorpane.h"
#include "models/editor/problemsmodel.h"
#include "models/editor/validationcontroller.h"
#include "models/editor/yamldocument.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
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

const QString kDatacenter = lines({
    "apiVersion: cassandra.datastax.com/v1beta1", // 1
    "kind: CassandraDatacenter",                  // 2
    "metadata:",                                  // 3
    "  name: dc1",                                // 4
    "spec:",                                      // 5
    "  clusterName: demo",                        // 6
    "  serverType: cassandra",                    // 7
    "  serverVersion: 4.1",                       // 8
    "  size: 3",                                  // 9
    "  storageConfig:",                           // 10
    "    cassandraDataVolumeClaimSpec:",          // 11
    "      storageClassName: standard",           // 12
    "  racks:",                                   // 13
    "  - name: r1",                               // 14
    "  - name: r2",                               // 15
});

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    return p;
}

} // namespace

class TestYamlEditor : public QObject
{
    Q_OBJECT
private:
    KSyntaxHighlighting::Repository m_repository;
    SchemaChain m_schemas = SchemaChain::offline();
    QTemporaryDir m_dir;

    static void waitForValidation(YamlEditorPane &pane)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!pane.validation()->isPending() && pane.validation()->generation() > 0, 5000);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void highlightingAndThemeFollowPalette()
    {
        YamlDocument document;
        YamlEditor editor(&m_repository);
        editor.setYamlDocument(&document);
        document.setText(kDatacenter);
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!editor.isDarkTheme());
        const QString light = editor.themeName();
        QVERIFY(!light.isEmpty());
        // The highlighter formats the key of line 1 differently from its value.
        const QTextBlock first = document.textDocument()->firstBlock();
        const QList<QTextLayout::FormatRange> formats = first.layout()->formats();
        QVERIFY2(formats.size() >= 2, qPrintable(QString::number(formats.size())));
        QVERIFY(formats.at(0).format.foreground() != formats.last().format.foreground());
        const QColor lightBase = editor.palette().color(QPalette::Base);

        editor.setPalette(darkPalette());
        QVERIFY(editor.isDarkTheme());
        QVERIFY(editor.themeName() != light);
        QVERIFY(editor.palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(editor.palette().color(QPalette::Base) != lightBase);
        editor.setPalette(QPalette());
        QVERIFY(!editor.isDarkTheme());
        QCOMPARE(editor.themeName(), light);
    }

    void foldingHidesBlocks()
    {
        YamlDocument document;
        YamlEditor editor(&m_repository);
        editor.setYamlDocument(&document);
        document.setText(kDatacenter);
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.isFoldable(5));
        QVERIFY(editor.isFoldable(13));
        QVERIFY(!editor.isFoldable(4));
        QVERIFY(editor.fold(13));
        QCOMPARE(editor.hiddenLineCount(), 2);
        QVERIFY(editor.fold(5));
        QCOMPARE(editor.hiddenLineCount(), 10); // lines 6..15
        QVERIFY(!document.textDocument()->findBlockByNumber(8).isVisible());
        QVERIFY(editor.isFolded(5));
        // The gutter toggles a fold with a click on its marker.
        auto *gutter = editor.findChild<EditorGutter *>();
        QVERIFY(gutter);
        const QRectF line5 = editor.blockGeometry(document.textDocument()->findBlockByNumber(4));
        QTest::mouseClick(gutter, Qt::LeftButton, {}, QPoint(gutter->width() - 6, int(line5.center().y())));
        QVERIFY(!editor.isFolded(5));
        QCOMPARE(editor.hiddenLineCount(), 2); // racks stays folded
        // Moving the cursor into a folded block unfolds it.
        editor.goTo(14, 5);
        QCOMPARE(editor.hiddenLineCount(), 0);
        QVERIFY(!editor.isFolded(13));
        // A fold whose block is edited away is dropped.
        QVERIFY(editor.fold(10));
        QTextCursor cursor(document.textDocument()->findBlockByNumber(10));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText(); // lines 11-12 go: storageConfig has nothing under it
        QTRY_COMPARE(editor.hiddenLineCount(), 0);
        QVERIFY(!editor.isFolded(10));
    }

    void findAndReplace()
    {
        YamlDocument document;
        YamlEditor editor(&m_repository);
        editor.setYamlDocument(&document);
        document.setText(kDatacenter);
        FindReplaceBar bar(&editor);
        bar.open(true);
        bar.findEdit()->setText(QStringLiteral("NAME"));
        QCOMPARE(bar.matchCount(), 5); // name, clusterName, storageClassName, name, name: case-insensitive
        bar.setCaseSensitive(true);
        QCOMPARE(bar.matchCount(), 0);
        QCOMPARE(bar.status(), QStringLiteral("No match"));
        bar.setCaseSensitive(false);
        bar.findEdit()->setText(QStringLiteral("name: (r\\d)"));
        bar.setRegularExpression(true);
        QCOMPARE(bar.matchCount(), 2);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().blockNumber() + 1, 14);
        QCOMPARE(bar.status(), QStringLiteral("1 of 2"));
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().blockNumber() + 1, 15);
        QVERIFY(bar.findNext()); // wraps
        QCOMPARE(editor.textCursor().blockNumber() + 1, 14);
        QVERIFY(bar.findPrevious()); // wraps backwards
        QCOMPARE(editor.textCursor().blockNumber() + 1, 15);
        bar.replaceEdit()->setText(QStringLiteral("name: rack-\\1"));
        QCOMPARE(bar.replaceAll(), 2);
        QVERIFY(document.text().contains(QLatin1String("- name: rack-r1\n  - name: rack-r2\n")));
        document.textDocument()->undo(); // one undo step for all
        QVERIFY(document.text().contains(QLatin1String("- name: r1\n  - name: r2\n")));
        bar.findEdit()->setText(QStringLiteral("(unclosed"));
        QVERIFY(!bar.findNext());
        QVERIFY(bar.status().startsWith(QLatin1String("Invalid expression")));
    }

    void problemsAreUnderlinedAndListed()
    {
        YamlEditorPane pane(&m_repository, m_schemas, std::nullopt);
        QAbstractItemModelTester tester(pane.problemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.resize(900, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.newDocument(kDatacenter);
        waitForValidation(pane);
        QCOMPARE(pane.problemsModel()->rowCount(), 1);
        QCOMPARE(pane.problemsModel()->index(0, ProblemsModel::LineColumn).data().toInt(), 8);
        const QList<QTextEdit::ExtraSelection> underlines = pane.editor()->problemSelections();
        QCOMPARE(underlines.size(), 1);
        QCOMPARE(underlines.constFirst().format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(underlines.constFirst().format.underlineColor(), severityColor(ProblemSeverity::Error, false));
        QCOMPARE(underlines.constFirst().cursor.selectedText(), QStringLiteral("serverVersion: 4.1"));
        QCOMPARE(pane.editor()->worstProblemOnLine(8), std::optional(ProblemSeverity::Error));
        QVERIFY(pane.editor()->problemToolTip(8, 5).contains(QLatin1String("must be of type string")));
        QVERIFY(pane.editor()->problemToolTip(9, 3).isEmpty());
        QVERIFY(pane.statusLabel()->text().contains(QLatin1String("Errors: 1")));
        QVERIFY(pane.statusLabel()->text().contains(QLatin1String("bundled")));

        // Clicking a problem moves the cursor there.
        pane.editor()->goTo(1, 1);
        const QModelIndex index = pane.problemsModel()->index(0, ProblemsModel::MessageColumn);
        QTest::mouseClick(pane.problemsView()->viewport(), Qt::LeftButton, {},
                          pane.problemsView()->visualRect(index).center());
        QCOMPARE(pane.editor()->textCursor().blockNumber() + 1, 8);
        QCOMPARE(pane.editor()->textCursor().positionInBlock() + 1, 3);

        // Fixing it as you type: the underline goes after the debounce.
        QTextCursor cursor(pane.document()->textDocument()->findBlockByNumber(7));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral(".5\""));
        cursor.setPosition(cursor.block().position() + int(qstrlen("  serverVersion: ")));
        cursor.insertText(QStringLiteral("\""));
        QCOMPARE(pane.document()->textDocument()->findBlockByNumber(7).text(),
                 QStringLiteral("  serverVersion: \"4.1.5\""));
        QTRY_COMPARE_WITH_TIMEOUT(pane.problemsModel()->rowCount(), 0, 5000);
        QVERIFY(pane.editor()->problemSelections().isEmpty());
        QVERIFY(!pane.goToNextProblem());
    }

    void completionOffersSchemaKeysAndValues()
    {
        YamlEditorPane pane(&m_repository, m_schemas, std::nullopt);
        pane.resize(900, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.newDocument(QStringLiteral(
            "apiVersion: cassandra.datastax.com/v1beta1\nkind: CassandraDatacenter\nspec:\n  size: 3\n"));
        YamlEditor *editor = pane.editor();
        editor->setFocus();
        QTextCursor cursor = editor->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, QStringLiteral("  serverT"));
        YamlCompleter *completer = editor->completer();
        QTRY_VERIFY(completer->isPopupVisible());
        QCOMPARE(completer->completer()->completionCount(), 1);
        QCOMPARE(completer->completer()->currentCompletion(), QStringLiteral("serverType"));
        QCOMPARE(completer->lastResult().context.parentPath, QStringLiteral("spec"));
        QTest::keyClick(completer->completer()->popup(), Qt::Key_Return);
        QCOMPARE(editor->textCursor().block().text(), QStringLiteral("  serverType: "));
        // After "key: " the enum values are offered at once.
        QTest::keyClick(editor, Qt::Key_H);
        QTRY_VERIFY(completer->isPopupVisible());
        QCOMPARE(completer->completer()->currentCompletion(), QStringLiteral("hcd"));
        QTest::keyClick(completer->completer()->popup(), Qt::Key_Return);
        QCOMPARE(editor->textCursor().block().text(), QStringLiteral("  serverType: hcd"));
        // Enter keeps the indentation; Ctrl+Space offers the remaining keys, required ones first.
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(editor->textCursor().block().text(), QStringLiteral("  "));
        QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(completer->isPopupVisible());
        const QStringList offered = [&] {
            QStringList out;
            for (const CompletionItem &item : completer->model()->items()) {
                out.append(item.text);
            }
            return out;
        }();
        QCOMPARE(offered.constFirst(), QStringLiteral("clusterName"));
        QVERIFY(!offered.contains(QStringLiteral("size")));
        QVERIFY(!offered.contains(QStringLiteral("serverType")));
        QTest::keyClick(completer->completer()->popup(), Qt::Key_Escape);
        QVERIFY(!completer->isPopupVisible());
        // An object key opens an indented line; a string enum that YAML would read as a boolean is quoted.
        const QList<CompletionItem> items = completer->model()->items();
        const auto storage = std::find_if(items.begin(), items.end(), [](const CompletionItem &i) {
            return i.text == QLatin1String("storageConfig");
        });
        QVERIFY(storage != items.end());
        completer->insert(*storage);
        QCOMPARE(editor->textCursor().block().text(), QStringLiteral("    "));
        QCOMPARE(editor->textCursor().block().previous().text(), QStringLiteral("  storageConfig:"));
    }

    void filesKeepTheirLineEndings()
    {
        const QString path = m_dir.filePath(QStringLiteral("crlf.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFkind: Namespace\r\napiVersion: v1\r\nmetadata:\r\n  name: a\r\n");
        file.close();
        YamlEditorPane pane(&m_repository, m_schemas, std::nullopt);
        QSignalSpy titles(&pane, &YamlEditorPane::titleChanged);
        QCOMPARE(pane.openFile(path), QString());
        QCOMPARE(pane.title(), QStringLiteral("crlf.yaml"));
        QCOMPARE(pane.document()->lineEnding(), YamlDocument::LineEnding::CrLf);
        QVERIFY(!pane.document()->text().contains(u'\r'));
        QTextCursor cursor(pane.document()->textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("  labels: {team: dba}\n"));
        QVERIFY(pane.document()->isModified());
        QCOMPARE(pane.title(), QStringLiteral("crlf.yaml *"));
        QVERIFY(!titles.isEmpty());
        QCOMPARE(pane.save(), QString());
        QVERIFY(!pane.document()->isModified());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFkind: Namespace\r\napiVersion: v1\r\nmetadata:\r\n  name: "
                                            "a\r\n  labels: {team: dba}\r\n"));
        file.close();
        // Save As to a new file, with LF for a document that came with LF.
        const QString other = m_dir.filePath(QStringLiteral("lf.yaml"));
        pane.newDocument(QStringLiteral("a: 1\n"));
        QCOMPARE(pane.title(), QStringLiteral("Untitled"));
        QCOMPARE(pane.saveAs(other), QString());
        QCOMPARE(pane.title(), QStringLiteral("lf.yaml"));
        QFile lf(other);
        QVERIFY(lf.open(QIODevice::ReadOnly));
        QCOMPARE(lf.readAll(), QByteArray("a: 1\n"));
        // Errors are specific and shown.
        QSignalSpy errors(&pane, &YamlEditorPane::errorOccurred);
        QVERIFY(pane.openFile(m_dir.filePath(QStringLiteral("missing.yaml"))).contains(QLatin1String("missing.yaml")));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!pane.messageLabel()->isHidden());
        const QString binary = m_dir.filePath(QStringLiteral("latin1.yaml"));
        QFile bad(binary);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("name: caf\xe9\n");
        bad.close();
        QCOMPARE(pane.openFile(binary), QStringLiteral("%1 is not UTF-8 text").arg(binary));
        QCOMPARE(pane.document()->filePath(), QFileInfo(other).absoluteFilePath()); // unchanged
        QVERIFY(pane.openFile(m_dir.path()).endsWith(QLatin1String("is a directory")));
    }

    void importedCrdTakesOver()
    {
        const QString crd = m_dir.filePath(QStringLiteral("medusatask-crd.yaml"));
        QFile file(crd);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: medusatasks.medusa.k8ssandra.io\n"
                   "spec:\n  group: medusa.k8ssandra.io\n  scope: Namespaced\n"
                   "  names: {kind: MedusaTask, plural: medusatasks, singular: medusatask, listKind: MedusaTaskList}\n"
                   "  versions:\n  - name: v1alpha1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n"
                   "        type: object\n        properties:\n          apiVersion: {type: string}\n          kind: {type: string}\n"
                   "          metadata: {type: object}\n          spec:\n            type: object\n            properties:\n"
                   "              operation: {type: string, enum: [sync]}\n");
        file.close();
        YamlEditorPane pane(&m_repository, m_schemas, std::nullopt);
        pane.newDocument(QStringLiteral("apiVersion: medusa.k8ssandra.io/v1alpha1\nkind: MedusaTask\nspec:\n  operation: purge\n  cassandraDatacenter: dc1\n"));
        waitForValidation(pane);
        QCOMPARE(pane.problemsModel()->rowCount(), 0);
        QCOMPARE(pane.importCrdFile(crd), QString());
        // The imported schema is strict: purge is not in its enum, and it does not know cassandraDatacenter.
        QTRY_COMPARE_WITH_TIMEOUT(pane.problemsModel()->rowCount(), 2, 5000);
        QVERIFY(pane.problemsModel()->problem(0).message.contains(QLatin1String("\"sync\"")));
        QVERIFY(pane.problemsModel()->problem(1).message.contains(QLatin1String("unknown field \"cassandraDatacenter\"")));
        QVERIFY(pane.statusLabel()->text().contains(QLatin1String("imported from")));
        QVERIFY(pane.importCrdFile(m_dir.filePath(QStringLiteral("nothing.yaml"))).contains(QLatin1String("nothing.yaml")));
    }

    void templatesFromTheMenu()
    {
        YamlEditorPane pane(&m_repository, m_schemas, std::nullopt);
        QVERIFY(pane.templatesMenu()->actions().size() >= 15);
        QVERIFY(pane.newFromTemplate(QStringLiteral("medusabackupjob")));
        QVERIFY(pane.document()->text().contains(QLatin1String("kind: MedusaBackupJob")));
        QVERIFY(!pane.document()->isModified());
        waitForValidation(pane);
        QCOMPARE(pane.problemsModel()->rowCount(), 0);
        QVERIFY(!pane.newFromTemplate(QStringLiteral("no-such-template")));
    }

    void diffViewSideBySideAndUnified()
    {
        DiffView view;
        view.resize(900, 400);
        const QString live = QStringLiteral("spec:\n  size: 3\n  serverVersion: \"4.1.5\"\n  stopped: false\n");
        const QString edited = QStringLiteral("spec:\n  size: 4\n  serverVersion: \"4.1.5\"\n  racks:\n  - name: r1\n");
        view.setTexts(live, edited, QStringLiteral("live"), QStringLiteral("edited"));
        QCOMPARE(view.addedCount(), 3);
        QCOMPARE(view.removedCount(), 2);
        QCOMPARE(view.mode(), DiffView::Mode::SideBySide);
        // Side by side: rows aligned, with empty fillers where one side has no line.
        QCOMPARE(view.leftText().split(u'\n'), (QStringList{QStringLiteral("spec:"), QStringLiteral("  size: 3"),
                                                            QStringLiteral("  serverVersion: \"4.1.5\""),
                                                            QStringLiteral("  stopped: false"), QString()}));
        QCOMPARE(view.rightText().split(u'\n'),
                 (QStringList{QStringLiteral("spec:"), QStringLiteral("  size: 4"),
                              QStringLiteral("  serverVersion: \"4.1.5\""), QStringLiteral("  racks:"),
                              QStringLiteral("  - name: r1")}));
        view.setMode(DiffView::Mode::Unified);
        QCOMPARE(view.mode(), DiffView::Mode::Unified);
        QCOMPARE(view.unifiedText(),
                 QStringLiteral("@@ -1,4 +1,5 @@\n spec:\n-  size: 3\n+  size: 4\n   serverVersion: \"4.1.5\"\n-  "
                                "stopped: false\n+  racks:\n+  - name: r1"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMode(DiffView::Mode::SideBySide);
        const QString shot = Test::outputPath(QStringLiteral("screenshots/editor-diff.png"));
        QVERIFY(view.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }
};

QTEST_MAIN(TestYamlEditor)
#include "tst_yamleditor.moc"
