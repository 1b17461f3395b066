// Screenshots of the log viewer in light and dark: three pods' system.log files merged by time, a search that
// highlights, an unfolded stack trace and a marker row. The models behind each picture are asserted.
#include "logfixtures.h"
#include "testsupport.h"

#include "gui/logs/logrowdelegate.h"
#include "gui/logs/logviewer.h"
#include "gui/screenshot.h"
#include "models/logs/logfiles.h"
#include "models/logs/logmodel.h"
#include "models/logs/logviewmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Ringside;
using namespace Ringside::Logs;
using namespace Ringside::Test;

namespace {

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
    return p;
}

} // namespace

class TestLogViewerScreenshots : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_files;
    qint64 m_entries = 0;
    qint64 m_errors = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QDateTime start(QDate(2024, 3, 12), QTime(10, 15), QTimeZone::UTC);
        for (int i = 0; i < 3; ++i) {
            const QString name = QStringLiteral("demo-dc1-r%1-sts-0.log").arg(i + 1);
            const GeneratedLog g = generateSystemLog(400, start.addMSecs(i * 7), 37, "r" + QByteArray::number(i + 1));
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(g.text);
            m_files.append(f.fileName());
            m_entries += g.entries;
            m_errors += g.errors;
        }
    }

    void screenshot_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshot()
    {
        QFETCH(bool, dark);
        LogViewer viewer;
        QAbstractItemModelTester tester(viewer.viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (dark) {
            viewer.setPalette(darkPalette());
        }
        viewer.resize(1500, 640);
        QSignalSpy loaded(viewer.fileLoader(), &LogFileLoader::finished);
        viewer.openFiles(m_files);
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE(viewer.viewModel()->entryCount(), m_entries);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));

        // Search ks_3 (highlight), unfold the first stack trace.
        viewer.setSearchText(QStringLiteral("ks_3\\b"));
        viewer.applyFiltersNow();
        QTRY_VERIFY(!viewer.viewModel()->isBusy() && viewer.viewModel()->matchCount() > 0);
        LogViewModel *view = viewer.viewModel();
        int errorRow = -1;
        for (int r = 0; r < view->rowCount() && errorRow < 0; ++r) {
            if (view->index(r).data(LogViewModel::LineCountRole).toInt() == 4) {
                errorRow = r;
            }
        }
        QVERIFY(errorRow > 10);
        QVERIFY(view->toggleExpanded(errorRow));
        QCOMPARE(view->rowCount(), int(m_entries) + 3);
        QCOMPARE(view->index(errorRow + 1).data(LogViewModel::RowTextRole).toString().left(35),
                 QStringLiteral("java.lang.RuntimeException: boom 49"));
        viewer.listView()->scrollTo(view->index(errorRow - 8), QAbstractItemView::PositionAtTop);
        viewer.listView()->setCurrentIndex(view->index(errorRow));

        // The models behind the picture: merged by time across three pods, whole entries, counts in the bars.
        const LogModel *model = viewer.logModel();
        QCOMPARE(model->rowCount(), int(m_entries));
        QCOMPARE(model->store().sources(), (QStringList{QStringLiteral("demo-dc1-r1-sts-0"), QStringLiteral("demo-dc1-r2-sts-0"),
                                                        QStringLiteral("demo-dc1-r3-sts-0")}));
        QCOMPARE(model->index(0, LogModel::PodColumn).data().toString(), QStringLiteral("demo-dc1-r1-sts-0"));
        QCOMPARE(model->index(1, LogModel::PodColumn).data().toString(), QStringLiteral("demo-dc1-r2-sts-0"));
        QCOMPARE(model->index(2, LogModel::PodColumn).data().toString(), QStringLiteral("demo-dc1-r3-sts-0"));
        for (int r = 1; r < model->rowCount(); ++r) {
            QVERIFY(model->record(r - 1).time <= model->record(r).time);
        }
        QCOMPARE(model->store().levelCount(Cassandra::LogLevel::Error), m_errors);
        QVERIFY2(viewer.completenessText().startsWith(
                     QStringLiteral("Complete: %1 entries (1,200 lines) since 2024-03-12 10:15:00 UTC")
                         .arg(QLocale().toString(m_entries))
                         .replace(QStringLiteral("1,200"), QLocale().toString(1200))),
                 qPrintable(viewer.completenessText()));
        QVERIFY2(viewer.statusText().contains(QStringLiteral("match %1 of %2")
                                                  .arg(view->matchOrdinal(errorRow))
                                                  .arg(view->matchCount())),
                 qPrintable(viewer.statusText()));
        QTest::qWait(150); // the status label is refreshed on a short timer
        QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("completeness"))->text(), viewer.completenessText());

        const QString shot = Test::outputPath(dark ? QStringLiteral("screenshots/logs-dark.png")
                                                   : QStringLiteral("screenshots/logs-light.png"));
        QCOMPARE(saveWidgetPng(&viewer, shot), QString());
        qInfo("screenshot: %s", qPrintable(shot));

        // Only ERROR entries, wrapped at the view's width.
        viewer.setSearchText(QString());
        viewer.setLevelsShown(LogQuery::levelBit(Cassandra::LogLevel::Error));
        viewer.setExpandAll(true);
        viewer.setWrap(true);
        viewer.applyFiltersNow();
        QTRY_VERIFY(!view->isBusy() && view->entryCount() == m_errors);
        QVERIFY(view->wrapColumns() > 20);
        QCOMPARE(view->rowCount() >= int(m_errors * 4), true);
        for (int r = 0; r < view->rowCount(); ++r) {
            QVERIFY(view->rowText(r).size() <= view->wrapColumns());
        }
        viewer.listView()->scrollToTop();
        QTest::qWait(50);
        QCOMPARE(saveWidgetPng(&viewer, Test::outputPath(dark ? QStringLiteral("screenshots/logs-errors-dark.png")
                                                              : QStringLiteral("screenshots/logs-errors-light.png"))),
                 QString());
    }
};

QTEST_MAIN(TestLogViewerScreenshots)
#include "tst_logviewer_screenshots.moc"
