// The services dialogs of the main window (app/gui/services) on their own: the project dialog's names, validation,
// read-only refusal, the server's permission check (the sandbox's viewer is refused, nothing created), server-side
// apply and its operation history entries; the Data API dialog against the in-process sandbox: enable (guarded and
// recorded), the token hidden until asked, port-forward, a keyspace created and a bad name refused, disable.
#include "sandboxfixture.h"
#include "testsupport.h"
#include "tst_sandbox_op_support.h"

#include "gui/application.h"
#include "gui/ops/settingsdialog.h"
#include "gui/screenshot.h"
#include "gui/services/dataapidialog.h"
#include "gui/services/gitopsdialog.h"
#include "gui/services/projectdialog.h"

#include "cassandra/ops/history.h"
#include "kube/kubeclient.h"
#include "kube/restconfig.h"
#include "kubeconfig/kubeconfigloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Ringside;
using namespace Ringside::Services;
using Ringside::Operations::applyTheme;
namespace Op = Ringside::Test::Op;

namespace {
const QString Ctx = QStringLiteral("ringside-sandbox");
}

class TestServicesDialogs : public QObject
{
    Q_OBJECT
private:
    Test::SandboxFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<KubeClient> m_client;
    int m_resolved = 0;

    KubeClient *resolve(const QString &context, QString *why)
    {
        ++m_resolved;
        if (context != Ctx) {
            *why = QStringLiteral("no client for %1").arg(context);
            return nullptr;
        }
        return m_client.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QString error;
        QVERIFY2(Op::startWorld(m_fx, &error), qPrintable(error));
        const Kubeconfig config
            = KubeconfigLoader::load(KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        const auto rest = RestConfig::fromKubeconfig(config, Ctx, &error);
        QVERIFY2(rest, qPrintable(error));
        m_client = std::make_unique<KubeClient>(*rest);
    }

    void namespaceNames_data()
    {
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("name");
        QTest::newRow("simple") << QStringLiteral("Workshop") << QStringLiteral("workshop");
        QTest::newRow("spaces and symbols") << QStringLiteral("  My Team / Prod! ") << QStringLiteral("my-team-prod");
        QTest::newRow("nothing usable") << QStringLiteral("!!!") << QString();
        QTest::newRow("long") << QString(70, u'a') << QString(63, u'a');
    }

    void namespaceNames()
    {
        QFETCH(QString, display);
        QFETCH(QString, name);
        QCOMPARE(namespaceNameFor(display), name);
        QCOMPARE(namespaceNameError(name).isEmpty(), !name.isEmpty());
    }

    void projectDialogValidatesAndApplies()
    {
        Cassandra::Ops::WriteGuard guard;
        guard.setReadOnly(QStringLiteral("prod"), true);
        ProjectDialog dialog({QStringLiteral("prod"), Ctx}, QStringLiteral("prod"), guard,
                             [this](const QString &c, QString *why) { return resolve(c, why); });
        dialog.show();
        QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("Team A"));
        QCOMPARE(dialog.namespaceEdit()->text(), QStringLiteral("team-a"));
        QVERIFY(!dialog.createButton()->isEnabled());
        QCOMPARE(dialog.errorLabel()->text(),
                 QStringLiteral("context prod is read-only: projects cannot be created there"));
        dialog.contextCombo()->setCurrentText(Ctx);
        QVERIFY(dialog.createButton()->isEnabled());
        // An edited namespace stays as typed; a bad one is named.
        dialog.namespaceEdit()->selectAll();
        QTest::keyClicks(dialog.namespaceEdit(), QStringLiteral("Team_A"));
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("not a valid DNS-1123 label")),
                 qPrintable(dialog.errorLabel()->text()));
        QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("!"));
        QCOMPARE(dialog.namespaceEdit()->text(), QStringLiteral("Team_A"));
        dialog.namespaceEdit()->selectAll();
        QTest::keyClicks(dialog.namespaceEdit(), QStringLiteral("team-a"));
        QVERIFY(dialog.createButton()->isEnabled());
        QVERIFY(
            saveWidgetPng(&dialog, Test::outputPath(QStringLiteral("screenshots/services-new-project.png"))).isEmpty());
        const Cassandra::Ops::OperationHistory history(m_dir.filePath(QStringLiteral("project-history.jsonl")));
        dialog.setHistory(history);
        QSignalSpy created(&dialog, &ProjectDialog::projectCreated);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        QCOMPARE(created.at(0), (QVariantList{Ctx, QStringLiteral("team-a")}));
        const QList<Cassandra::Ops::HistoryEntry> entries = history.read();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).operation, QStringLiteral("create-project"));
        QCOMPARE(entries.at(0).result, QStringLiteral("succeeded"));
        QCOMPARE(entries.at(0).context, Ctx);
        QCOMPARE(entries.at(0).target, QStringLiteral("team-a"));
        QCOMPARE(entries.at(0).summary, QStringLiteral("Create project \"Team A!\" (namespace team-a)"));
        const QJsonObject ns = m_fx.get(QStringLiteral("/api/v1/namespaces/team-a")).json();
        QCOMPARE(Op::at(ns, QStringLiteral("metadata.labels"))
                     .toObject()
                     .value(QLatin1String("mission-control.datastax.com/is-project"))
                     .toString(),
                 QStringLiteral("true"));
        QCOMPARE(Op::at(ns, QStringLiteral("metadata.annotations"))
                     .toObject()
                     .value(QLatin1String("mission-control.datastax.com/project-name"))
                     .toString(),
                 QStringLiteral("Team A!"));
        QVERIFY(!dialog.isVisible());
    }

    void projectDialogRefusedWithoutPermission()
    {
        // The sandbox's read-only RBAC user may not create namespaces: the server says so before anything is sent.
        const QString viewerCtx = QStringLiteral("ringside-sandbox-viewer");
        QString error;
        const Kubeconfig config
            = KubeconfigLoader::load(KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        const auto rest = RestConfig::fromKubeconfig(config, viewerCtx, &error);
        QVERIFY2(rest, qPrintable(error));
        KubeClient viewer(*rest);
        int resolved = 0;
        ProjectDialog dialog({Ctx, viewerCtx}, viewerCtx, Cassandra::Ops::WriteGuard(),
                             [&](const QString &c, QString *why) {
                                 ++resolved;
                                 if (c != viewerCtx) {
                                     *why = QStringLiteral("not connected to %1").arg(c);
                                     return static_cast<KubeClient *>(nullptr);
                                 }
                                 return &viewer;
                             });
        const Cassandra::Ops::OperationHistory history(m_dir.filePath(QStringLiteral("refused-history.jsonl")));
        dialog.setHistory(history);
        dialog.show();
        QTest::keyClicks(dialog.displayNameEdit(), QStringLiteral("Viewer Team"));
        QCOMPARE(dialog.namespaceEdit()->text(), QStringLiteral("viewer-team"));
        QVERIFY(dialog.createButton()->isEnabled()); // not marked read-only locally: only the server can refuse
        QSignalSpy created(&dialog, &ProjectDialog::projectCreated);
        QSignalSpy failed(&dialog, &ProjectDialog::projectFailed);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(resolved, 1);
        QCOMPARE(created.size(), 0);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("viewer-team"));
        QVERIFY(failed.at(0).at(1).toBool()); // refused, not failed
        const QString message = failed.at(0).at(2).toString();
        QVERIFY2(message.startsWith(QLatin1String("you may not create namespaces (context ringside-sandbox-viewer); "
                                                  "nothing was sent")),
                 qPrintable(message));
        QCOMPARE(dialog.errorLabel()->text(), message);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.createButton()->isEnabled()); // the user may fix the context and try again
        // Nothing was created.
        QCOMPARE(m_fx.get(QStringLiteral("/api/v1/namespaces/viewer-team")).status, 404);
        const QList<Cassandra::Ops::HistoryEntry> entries = history.read();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).operation, QStringLiteral("create-project"));
        QCOMPARE(entries.at(0).result, QStringLiteral("refused"));
        QCOMPARE(entries.at(0).context, viewerCtx);
        QCOMPARE(entries.at(0).target, QStringLiteral("viewer-team"));
        QCOMPARE(entries.at(0).message, message);
        QCOMPARE(entries.at(0).user, Cassandra::Ops::OperationHistory::currentUser());
        QVERIFY(saveWidgetPng(&dialog, Test::outputPath(QStringLiteral("screenshots/services-new-project-refused.png")))
                    .isEmpty());

        // A context without a client: failed, recorded as such.
        dialog.contextCombo()->setCurrentText(Ctx);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QCOMPARE(failed.size(), 2);
        QVERIFY(!failed.at(1).at(1).toBool());
        QCOMPARE(failed.at(1).at(2).toString(),
                 QStringLiteral("namespace viewer-team could not be created: not connected to ringside-sandbox"));
        QCOMPARE(history.read().size(), 2);
        QCOMPARE(history.read().constLast().result, QStringLiteral("failed"));
        QCOMPARE(m_fx.get(QStringLiteral("/api/v1/namespaces/viewer-team")).status, 404);
    }

    void dataApiEndToEnd()
    {
        QJsonObject mcc = Op::mcc(QStringLiteral("demo"), QStringLiteral("4.1.5"), 3, 1);
        QJsonObject spec = mcc.value(QLatin1String("spec")).toObject();
        QJsonObject k8ssandra = spec.value(QLatin1String("k8ssandra")).toObject();
        k8ssandra.insert(QStringLiteral("auth"), true);
        spec.insert(QStringLiteral("k8ssandra"), k8ssandra);
        mcc.insert(QStringLiteral("spec"), spec);
        QVERIFY(Op::createAndWait(m_fx, mcc, 30000));

        // Read-only: nothing can be enabled, and the button says why.
        {
            DataApiDialog::Options options;
            options.context = Ctx;
            options.nameSpace = Op::Ns;
            options.cluster = QStringLiteral("demo");
            options.pollMs = 100;
            options.guard.setReadOnly(Ctx, true);
            DataApiDialog readOnly(options, [this](const QString &c, QString *why) { return resolve(c, why); });
            QTRY_COMPARE_WITH_TIMEOUT(readOnly.state(), DataApiDialog::State::NotDeployed, 10000);
            QVERIFY(!readOnly.enableButton()->isEnabled());
            QCOMPARE(readOnly.enableButton()->toolTip(), QStringLiteral("context ringside-sandbox is read-only"));
        }

        const Cassandra::Ops::OperationHistory history(m_dir.filePath(QStringLiteral("history.jsonl")));
        DataApiDialog dialog({Ctx, Op::Ns, QStringLiteral("demo"), {}, history, 100},
                             [this](const QString &c, QString *why) { return resolve(c, why); });
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), DataApiDialog::State::NotDeployed, 10000);
        QVERIFY(dialog.statusLabel()->text().startsWith(QLatin1String("Not enabled")));
        QVERIFY(!dialog.forwardButton()->isEnabled());
        QVERIFY(!dialog.createKeyspaceButton()->isEnabled());
        QSignalSpy enabled(&dialog, &DataApiDialog::enableFinished);
        QTest::mouseClick(dialog.enableButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(enabled.size(), 1, 15000);
        QVERIFY2(enabled.at(0).at(0).toBool(), qPrintable(enabled.at(0).at(1).toString()));
        QCOMPARE(Op::at(Op::getJson(m_fx, Op::mccPath(QStringLiteral("demo"))), QStringLiteral("spec.dataApi.enabled"))
                     .toBool(),
                 true);
        QCOMPARE(history.read().constLast().operation, QStringLiteral("data-api"));
        QCOMPARE(history.read().constLast().result, QStringLiteral("sent"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), DataApiDialog::State::Running, 30000);
        QCOMPARE(dialog.endpoint().service, QStringLiteral("demo-dc1-data-api"));
        QVERIFY(dialog.statusLabel()->text().contains(dialog.backendPod()));

        // The token: hidden until Show is ticked.
        QSignalSpy token(&dialog, &DataApiDialog::tokenRead);
        QTest::mouseClick(dialog.tokenButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(token.size(), 1, 10000);
        QVERIFY(token.at(0).at(0).toBool());
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.tokenEdit()->displayText() != dialog.tokenEdit()->text());
        dialog.showTokenCheck()->setChecked(true);
        QCOMPARE(dialog.tokenEdit()->displayText(), dialog.tokenEdit()->text());
        dialog.showTokenCheck()->setChecked(false);

        // Forward and create keyspaces: a bad name is refused by the Data API and shown as such.
        QTest::mouseClick(dialog.forwardButton(), Qt::LeftButton);
        QVERIFY(dialog.isForwarding());
        QCOMPARE(dialog.localUrl(), QStringLiteral("http://127.0.0.1:%1/v1").arg(dialog.localPort()));
        QSignalSpy answered(&dialog, &DataApiDialog::requestFinished);
        QTest::keyClicks(dialog.keyspaceEdit(), QStringLiteral("1bad"));
        QTest::mouseClick(dialog.createKeyspaceButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
        QVERIFY(!answered.at(0).at(0).toBool());
        QVERIFY2(answered.at(0).at(1).toString().contains(QLatin1String("Invalid keyspace name")),
                 qPrintable(answered.at(0).at(1).toString()));
        dialog.keyspaceEdit()->clear();
        QTest::keyClicks(dialog.keyspaceEdit(), QStringLiteral("demo"));
        QTest::keyClick(dialog.keyspaceEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 10000);
        QVERIFY2(answered.at(1).at(0).toBool(), qPrintable(answered.at(1).at(1).toString()));
        QVERIFY(!dialog.responseView()->toPlainText().contains(dialog.tokenEdit()->text()));
        for (const bool dark : {false, true}) {
            applyTheme(dark ? QStringLiteral("dark") : QStringLiteral("light"));
            QCoreApplication::processEvents();
            QVERIFY(saveWidgetPng(&dialog,
                                  Test::outputPath(QStringLiteral("screenshots/services-dataapi-%1.png")
                                                       .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))))
                        .isEmpty());
        }
        applyTheme(QStringLiteral("light"));

        // Stop, disable: the service goes away.
        QTest::mouseClick(dialog.forwardButton(), Qt::LeftButton);
        QVERIFY(!dialog.isForwarding());
        QVERIFY(!dialog.createKeyspaceButton()->isEnabled());
        QTest::mouseClick(dialog.disableButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(enabled.size(), 2, 15000);
        QVERIFY(enabled.at(1).at(0).toBool());
        QCOMPARE(Op::at(Op::getJson(m_fx, Op::mccPath(QStringLiteral("demo"))), QStringLiteral("spec.dataApi.enabled"))
                     .toBool(),
                 false);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), DataApiDialog::State::NotDeployed, 30000);
    }

    void gitOpsExport()
    {
        GitOpsDialog missing(Ctx, Op::Ns, QStringLiteral("nope"),
                             [this](const QString &c, QString *why) { return resolve(c, why); });
        QSignalSpy failed(&missing, &GitOpsDialog::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("nope")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!missing.exportButton()->isEnabled());

        GitOpsDialog dialog(Ctx, Op::Ns, QStringLiteral("demo"),
                            [this](const QString &c, QString *why) { return resolve(c, why); });
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result().has_value(), 10000);
        QCOMPARE(dialog.fileList()->item(0)->text(), QStringLiteral("missioncontrolcluster-demo.yaml"));
        QCOMPARE(dialog.fileList()->item(dialog.fileList()->count() - 1)->text().endsWith(QLatin1String(".yaml")),
                 true);
        QVERIFY(dialog.preview()->toPlainText().startsWith(QLatin1String("apiVersion: missioncontrol.datastax.com/")));
        QVERIFY(!dialog.preview()->toPlainText().contains(QLatin1String("resourceVersion")));
        QVERIFY(!dialog.exportButton()->isEnabled()); // no directory yet
        QCOMPARE(dialog.exportFiles(), QStringList());
        const QString out = m_dir.filePath(QStringLiteral("export"));
        QTest::keyClicks(dialog.directoryEdit(), out);
        QVERIFY(dialog.exportButton()->isEnabled());
        QSignalSpy exported(&dialog, &GitOpsDialog::exported);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QCOMPARE(exported.size(), 1);
        const QStringList written = exported.at(0).at(0).toStringList();
        QVERIFY(written.contains(QStringLiteral("missioncontrolcluster-demo.yaml")));
        QVERIFY(written.contains(QStringLiteral("kustomization.yaml")));
        for (const QString &f : written) {
            QVERIFY2(QFile::exists(out + u'/' + f), qPrintable(f));
        }
        QVERIFY2(dialog.statusLabel()->text().startsWith(QLatin1String("Wrote "))
                     && dialog.statusLabel()->text().contains(out),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(saveWidgetPng(&dialog, Test::outputPath(QStringLiteral("screenshots/services-gitops.png"))).isEmpty());
    }
};

QTEST_MAIN(TestServicesDialogs)
#include "tst_services_dialogs.moc"
