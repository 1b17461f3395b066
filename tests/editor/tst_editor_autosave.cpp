// Autosave and recovery: private atomic files, debounce and focus-out, deletion on save and close, the recovery
// model and dialog, and an edit that survives kill -9 of the editor process.
#include "testsupport.h"

#include "gui/editor/recoverydialog.h"
#include "gui/editor/yamleditor.h"
#include "gui/editor/yamleditorpane.h"
#include "models/editor/recoverymodel.h"
#include "models/editor/validationcontroller.h"
#include "models/editor/yamldocument.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <sys/stat.h>

using namespace Ringside;
using namespace Ringside::Editor;

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return int(st.st_mode & 0777);
}

const char kTyped[] = "apiVersion: v1\nkind: Secret\nmetadata: {name: crash-test}\nstringData: {password: hunter2}\n";

} // namespace

class TestEditorAutosave : public QObject
{
    Q_OBJECT
private:
    KSyntaxHighlighting::Repository m_repository;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("ringside"));
    }

    void defaultDirectoryIsAppData()
    {
        QCOMPARE(AutosaveStore::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave"));
        QCOMPARE(AutosaveStore().directory(), AutosaveStore::defaultDirectory());
    }

    void storeWritesPrivateFilesAtomically()
    {
        QTemporaryDir dir;
        const AutosaveStore store(dir.filePath(QStringLiteral("autosave")));
        AutosaveEntry entry;
        entry.id = QStringLiteral("doc-1");
        entry.originalPath = QStringLiteral("/tmp/cluster.yaml");
        entry.title = QStringLiteral("cluster.yaml");
        entry.lineEnding = QStringLiteral("crlf");
        QCOMPARE(store.write(entry, QStringLiteral("password: s3cret\n")), QString());
        QCOMPARE(modeOf(store.directory()), 0700);
        QCOMPARE(modeOf(store.directory() + QStringLiteral("/doc-1.yaml")), 0600);
        QCOMPARE(modeOf(store.directory() + QStringLiteral("/doc-1.json")), 0600);
        QVERIFY(!QFileInfo::exists(store.directory() + QStringLiteral("/doc-1.yaml.tmp")));
        QCOMPARE(store.read(QStringLiteral("doc-1")).value_or(QString()), QStringLiteral("password: s3cret\n"));
        const QList<AutosaveEntry> entries = store.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().originalPath, QStringLiteral("/tmp/cluster.yaml"));
        QCOMPARE(entries.constFirst().lineEnding, QStringLiteral("crlf"));
        QCOMPARE(entries.constFirst().pid, QCoreApplication::applicationPid());
        QCOMPARE(entries.constFirst().size, qint64(17));
        QVERIFY(qAbs(entries.constFirst().savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // A text whose sidecar was lost (a crash between the two renames) is still listed.
        QVERIFY(QFile::remove(store.directory() + QStringLiteral("/doc-1.json")));
        QCOMPARE(store.entries().size(), 1);
        QCOMPARE(store.entries().constFirst().pid, 0);
        QCOMPARE(store.entries().constFirst().title, QStringLiteral("doc-1"));
        QVERIFY(store.remove(QStringLiteral("doc-1")));
        QCOMPARE(store.entries().size(), 0);
        // Ids cannot leave the directory.
        entry.id = QStringLiteral("../escape");
        QVERIFY(store.write(entry, QStringLiteral("x")).contains(QLatin1String("invalid autosave id")));
        QVERIFY(!store.read(QStringLiteral("../escape")).has_value());
    }

    void documentAutosavesDebouncedAndOnFocusOut()
    {
        QTemporaryDir dir;
        const AutosaveStore store(dir.filePath(QStringLiteral("autosave")));
        YamlEditorPane pane(&m_repository, SchemaChain(), store);
        YamlDocument *document = pane.document();
        document->setAutosaveDelay(150);
        QSignalSpy autosaved(document, &YamlDocument::autosaved);
        pane.newDocument(QStringLiteral("a: 1\n"));
        QTest::qWait(300);
        QCOMPARE(autosaved.size(), 0); // nothing unsaved yet
        QTextCursor cursor(document->textDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("b: 2\n"));
        cursor.insertText(QStringLiteral("c: 3\n"));
        QCOMPARE(autosaved.size(), 0);
        QVERIFY(autosaved.wait(3000));
        QTest::qWait(300);
        QCOMPARE(autosaved.size(), 1); // one write for the burst
        QCOMPARE(store.read(document->autosaveId()).value_or(QString()), QStringLiteral("a: 1\nb: 2\nc: 3\n"));
        QCOMPARE(modeOf(autosaved.constFirst().constFirst().toString()), 0600);

        // Focus leaving the editor writes at once.
        document->setAutosaveDelay(60000);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.editor()->setFocus();
        QTest::keyClicks(pane.editor(), QStringLiteral("d"));
        QLineEdit other(&pane);
        other.show();
        other.setFocus();
        QTRY_COMPARE(autosaved.size(), 2);
        QVERIFY(store.read(document->autosaveId()).value_or(QString()).endsWith(QLatin1String("d")));

        // Undoing back to the saved text, saving, or closing removes the autosave.
        const QString id = document->autosaveId();
        QCOMPARE(pane.saveAs(dir.filePath(QStringLiteral("saved.yaml"))), QString());
        QCOMPARE(store.entries().size(), 0);
        cursor.insertText(QStringLiteral("e: 5\n"));
        QVERIFY(document->autosaveNow());
        QCOMPARE(store.entries().size(), 1);
        document->textDocument()->undo();
        QVERIFY(!document->isModified());
        QCOMPARE(store.entries().size(), 0);
        cursor.insertText(QStringLiteral("f: 6\n"));
        QVERIFY(document->autosaveNow());
        QVERIFY(!document->autosaveNow()); // nothing new since
        QCOMPARE(store.entries().size(), 1);
        QCOMPARE(store.entries().constFirst().originalPath,
                 QFileInfo(dir.filePath(QStringLiteral("saved.yaml"))).absoluteFilePath());
        QCOMPARE(id, document->autosaveId());
    }

    void closingDeletesTheAutosave()
    {
        QTemporaryDir dir;
        const AutosaveStore store(dir.path());
        {
            YamlDocument document;
            document.setAutosaveStore(store);
            QTextCursor(document.textDocument()).insertText(QStringLiteral("x: 1\n"));
            QVERIFY(document.autosaveNow());
            QCOMPARE(store.entries().size(), 1);
        }
        QCOMPARE(store.entries().size(), 0);
    }

    void recoveryModelAndDialog()
    {
        QTemporaryDir dir;
        const AutosaveStore store(dir.path());
        for (const char *id : {"first", "second"}) {
            AutosaveEntry entry;
            entry.id = QString::fromLatin1(id);
            entry.title = QStringLiteral("Untitled");
            QCOMPARE(store.write(entry, QStringLiteral("kind: %1\n").arg(entry.id)), QString());
            QTest::qWait(20);
        }
        // Written by this live process: not leftovers. Pretend a dead writer by rewriting the pid.
        QCOMPARE(RecoveryManager(store).leftovers().size(), 0);
        for (const char *id : {"first", "second"}) {
            const QString meta = dir.filePath(QString::fromLatin1(id) + QStringLiteral(".json"));
            QFile f(meta);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray json = f.readAll();
            f.close();
            json.replace(QByteArray::number(QCoreApplication::applicationPid()), "999999999");
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(json);
        }
        const RecoveryManager manager(store);
        QCOMPARE(manager.leftovers().size(), 2);
        // A live process that is not an editor (a reused pid) does not hold an autosave back.
        QVERIFY(isProcessAlive(QCoreApplication::applicationPid()));
        QVERIFY(isProcessAlive(QCoreApplication::applicationPid(), QCoreApplication::applicationFilePath()));
        QVERIFY(!isProcessAlive(QCoreApplication::applicationPid(), QStringLiteral("/usr/bin/some-other-program")));
        QVERIFY(!isProcessAlive(999999999));

        RecoveryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(manager.leftovers());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RecoveryModel::TitleColumn).data().toString(), QStringLiteral("Untitled"));
        QCOMPARE(model.index(0, RecoveryModel::FileColumn).data().toString(), QStringLiteral("(not saved yet)"));
        QCOMPARE(model.index(0, 0).data(RecoveryModel::IdRole).toString(), QStringLiteral("first"));
        QVERIFY(!model.index(1, RecoveryModel::SavedColumn).data().toString().isEmpty());
        model.removeEntry(QStringLiteral("first"));
        QCOMPARE(model.rowCount(), 1);

        RecoveryDialog dialog(manager);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.previewText(), QStringLiteral("kind: first\n"));
        QSignalSpy recovered(&dialog, &RecoveryDialog::recoverRequested);
        dialog.discardRow(0);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(store.entries().size(), 1);
        QCOMPARE(dialog.previewText(), QStringLiteral("kind: second\n"));
        dialog.recoverRow(0);
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(recovered.constFirst().constFirst().value<AutosaveEntry>().id, QStringLiteral("second"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted)); // closed when nothing is left
    }

    void editSurvivesKill9()
    {
        QTemporaryDir dir;
        const QString autosaveDir = dir.filePath(QStringLiteral("autosave"));
        QProcess child;
        child.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/editor_crash_helper"));
        child.setArguments({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--autosave-dir"),
                            autosaveDir, QStringLiteral("--text"), QString::fromLatin1(kTyped)});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QString output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains(QLatin1String("AUTOSAVED")) && timer.elapsed() < 20000
               && child.state() == QProcess::Running) {
            child.waitForReadyRead(500);
            output += QString::fromUtf8(child.readAllStandardOutput());
        }
        QVERIFY2(output.contains(QLatin1String("TYPED")) && output.contains(QLatin1String("AUTOSAVED")),
                 qPrintable(output));
        QVERIFY(!output.contains(QLatin1String("FAILED")));
        const qint64 childPid = child.processId();
        child.kill(); // SIGKILL: no destructor runs, nothing is cleaned up
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The next start finds the edit and offers it back.
        const RecoveryManager manager{AutosaveStore(autosaveDir)};
        const QList<AutosaveEntry> leftovers = manager.leftovers();
        QCOMPARE(leftovers.size(), 1);
        const AutosaveEntry entry = leftovers.constFirst();
        QCOMPARE(entry.pid, childPid);
        QCOMPARE(entry.title, QStringLiteral("Untitled"));
        QCOMPARE(modeOf(entry.textPath), 0600);
        QCOMPARE(AutosaveStore(autosaveDir).read(entry.id).value_or(QString()), QString::fromLatin1(kTyped));

        YamlEditorPane pane(&m_repository, SchemaChain::offline(), AutosaveStore(autosaveDir));
        QCOMPARE(pane.recover(entry, manager), QString());
        QCOMPARE(pane.document()->text(), QString::fromLatin1(kTyped));
        QVERIFY(pane.document()->isModified());
        QCOMPARE(pane.document()->autosaveId(), entry.id);
        QCOMPARE(pane.title(), QStringLiteral("Untitled *"));
        // Now owned by this live process: not offered again; saving it ends the autosave.
        QCOMPARE(RecoveryManager(AutosaveStore(autosaveDir)).leftovers().size(), 0);
        QCOMPARE(AutosaveStore(autosaveDir).entries().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(pane.validation()->generation() > 0 && !pane.validation()->isPending(), 5000);
        QCOMPARE(pane.saveAs(dir.filePath(QStringLiteral("secret.yaml"))), QString());
        QCOMPARE(AutosaveStore(autosaveDir).entries().size(), 0);
    }
};

QTEST_MAIN(TestEditorAutosave)
#include "tst_editor_autosave.moc"
