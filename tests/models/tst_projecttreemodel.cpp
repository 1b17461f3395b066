#include "testsupport.h"

#include "kubeconfig/kubeconfigloader.h"
#include "models/projecttreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Ringside;

namespace {
Kubeconfig fixture(const char *names, const char *current)
{
    // Readable fixture: "a;b;c" becomes three contexts.
    QByteArray yaml = "contexts:\n";
    for (const QByteArray &n : QByteArray(names).split(';')) {
        if (!n.isEmpty()) {
            yaml += "- name: " + n + "\n  context: {cluster: c-" + n + ", user: u-" + n + "}\n";
        }
    }
    yaml += "clusters:\n- name: c-a\n  cluster: {server: 'https://a.example:6443'}\n";
    yaml += QByteArray("current-context: ") + current + "\n";
    return KubeconfigLoader::loadText(yaml, QStringLiteral("/fixture"));
}
} // namespace

class TestProjectTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contextsAndRoles()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("b;a;c", "b"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a"));
        QCOMPARE(model.index(0, 0).data(ProjectTreeModel::ServerRole).toString(), QStringLiteral("https://a.example:6443"));
        const QModelIndex b = model.indexOfContext(QStringLiteral("b"));
        QCOMPARE(b.row(), 1);
        QVERIFY(b.data(ProjectTreeModel::IsCurrentContextRole).toBool());
        QVERIFY(b.data(ProjectTreeModel::IsActiveContextRole).toBool()); // the current-context is active by default
        QCOMPARE(b.siblingAtColumn(1).data().toString(), QStringLiteral("current"));
        QVERIFY(b.data(Qt::ToolTipRole).toString().contains(QLatin1String("c-b")));
        QCOMPARE(model.rowCount(b), 0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void activeContextEmitsDataChanged()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("a;b", "a"));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.setActiveContext(QStringLiteral("b"));
        QCOMPARE(spy.size(), 2); // old and new active rows
        QVERIFY(model.indexOfContext(QStringLiteral("b")).data(ProjectTreeModel::IsActiveContextRole).toBool());
        QVERIFY(!model.indexOfContext(QStringLiteral("a")).data(ProjectTreeModel::IsActiveContextRole).toBool());
        model.setActiveContext(QStringLiteral("b"));
        QCOMPARE(spy.size(), 2);
    }

    void connectionStateAndErrors()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("a", "a"));
        model.setConnectionState(QStringLiteral("a"), ProjectTreeModel::ConnectionState::Failed, QStringLiteral("connection refused"));
        const QModelIndex a = model.indexOfContext(QStringLiteral("a"));
        QCOMPARE(a.siblingAtColumn(1).data().toString(), QStringLiteral("cannot connect"));
        QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QLatin1String("connection refused")));
        QCOMPARE(a.data(ProjectTreeModel::ErrorTextRole).toString(), QStringLiteral("connection refused"));
    }

    void reloadKeepsActiveWhenStillThere()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKubeconfig(fixture("a;b;c", "a"));
        model.setActiveContext(QStringLiteral("c"));
        model.setKubeconfig(fixture("a;c", "a"));
        QCOMPARE(model.activeContext(), QStringLiteral("c"));
        model.setKubeconfig(fixture("a", "a"));
        QCOMPARE(model.activeContext(), QStringLiteral("a"));
        model.setKubeconfig(fixture("", ""));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.activeContext().isEmpty());
    }
};

QTEST_MAIN(TestProjectTreeModel)
#include "tst_projecttreemodel.moc"
