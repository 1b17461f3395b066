// The cluster creation wizard driven like a user would (QTest on the real widgets) against the in-process sandbox
// with its simulated operators: Next stays disabled with the error under the field, the review shows the YAML of a
// golden file, the server dry run passes, Create makes the MissionControlCluster and its datacenter comes up.
// Every page is saved as a screenshot in light and dark, with the model behind it asserted.
#include "sandboxfixture.h"
#include "testsupport.h"
#include "tst_sandbox_op_support.h"

#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/editor/yamleditor.h"
#include "gui/mainwindow.h"
#include "gui/projectdock.h"
#include "gui/screenshot.h"
#include "gui/wizard/clusterwizard.h"
#include "gui/wizard/reviewpage.h"
#include "gui/wizard/wizardpages.h"
#include "models/editor/yamldocument.h"
#include "models/wizard/datacentermodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Ringside;
using namespace Ringside::Wizard;
using Field = WizardModel::Field;

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
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

template<typename T>
T *child(QWidget *page, const char *name)
{
    T *w = page->findChild<T *>(QLatin1String(name));
    if (!w) {
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    }
    return w;
}

QString errorText(ClusterWizard *wizard, Field field)
{
    auto *page = qobject_cast<FieldPage *>(wizard->currentPage());
    QLabel *label = page ? page->errorLabel(field) : nullptr;
    return label && label->isVisible() ? label->text() : QString();
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/*! Clicks a check box or radio button on its indicator (a click right of its text does nothing). */
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

bool nextEnabled(ClusterWizard *wizard)
{
    return wizard->button(QWizard::NextButton)->isEnabled();
}

} // namespace

class TestClusterWizard : public QObject
{
    Q_OBJECT
private:
    Test::SandboxFixture m_fx;
    QTemporaryDir m_dir;

    /*! Edits cell \a index of the tree through its editor: types \a text and presses Enter. */
    void editCell(QTreeView *view, const QModelIndex &index, const QString &text)
    {
        view->setCurrentIndex(index);
        view->edit(index);
        QWidget *editor = view->indexWidget(index); // the open editor
        QVERIFY(editor);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->selectAll();
        }
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view->indexWidget(index)); // the delegate commits and closes the editor (queued)
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QString error;
        QVERIFY2(Test::Op::startWorld(m_fx, &error), qPrintable(error));
    }

    void createOnTheSandbox()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        window.resize(1100, 700);
        window.show();
        window.setActiveContext(QStringLiteral("ringside-sandbox"));

        // Cluster › New Cluster… (Ctrl+Shift+N) opens the wizard on the active context.
        auto *action = window.findChild<QAction *>(QStringLiteral("newCluster"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        QVERIFY(window.clusterMenu()->actions().contains(action));
        action->trigger();
        QPointer<ClusterWizard> wizard = window.findChild<ClusterWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        WizardModel *model = wizard->model();
        auto tester = std::make_unique<QAbstractItemModelTester>(model->datacenterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy created(wizard, &ClusterWizard::clusterCreated);
        QCOMPARE(model->context(), QStringLiteral("ringside-sandbox"));

        // Basics: Next is disabled with the error under the field until the name is valid.
        QCOMPARE(wizard->currentId(), int(ClusterWizard::BasicsId));
        QWidget *page = wizard->currentPage();
        QVERIFY(!nextEnabled(wizard));
        QCOMPARE(errorText(wizard, Field::Name), QStringLiteral("cluster name must not be empty"));
        auto *name = child<QLineEdit>(page, "name");
        QTest::keyClicks(name, QStringLiteral("Shop_2"));
        QVERIFY(!nextEnabled(wizard));
        QCOMPARE(errorText(wizard, Field::Name),
                 QStringLiteral("cluster name \"Shop_2\" is not a valid DNS-1123 label: use lower-case letters, digits and '-', starting and "
                                "ending with a letter or digit"));
        retype(name, QStringLiteral("shop2"));
        QCOMPARE(errorText(wizard, Field::Name), QString());
        QCOMPARE(errorText(wizard, Field::Namespace), QStringLiteral("namespace must not be empty"));
        QTest::keyClicks(child<QLineEdit>(page, "namespace"), Test::Op::Ns);
        auto *type = child<QComboBox>(page, "type");
        auto *version = child<QComboBox>(page, "version");
        type->setCurrentIndex(type->findData(QStringLiteral("hcd")));
        QCOMPARE(version->itemText(0), QStringLiteral("1.2.1")); // the versions follow the type
        type->setCurrentIndex(type->findData(QStringLiteral("cassandra")));
        version->setCurrentIndex(version->findText(QStringLiteral("4.1.8")));
        QCOMPARE(model->version(), QStringLiteral("4.1.8"));
        QVERIFY(nextEnabled(wizard));
        wizard->next();

        // Datacenters: dc1 with r1..r3; two nodes per rack and a zone label on r1, typed into the tree's editors.
        QCOMPARE(wizard->currentId(), int(ClusterWizard::DatacentersId));
        auto *view = child<QTreeView>(wizard->currentPage(), "datacenters");
        DatacenterModel *dcs = model->datacenterModel();
        const QModelIndex dc1 = dcs->index(0, 0);
        editCell(view, dcs->index(0, DatacenterModel::LabelsColumn, dc1), QStringLiteral("zone"));
        QCOMPARE(dcs->index(0, DatacenterModel::LabelsColumn, dc1).data().toString(), QStringLiteral("zone"));
        QVERIFY(!nextEnabled(wizard));
        QCOMPARE(errorText(wizard, Field::Datacenters),
                 QStringLiteral("datacenter dc1, rack r1: \"zone\" is not a label: write key=value (e.g. topology.kubernetes.io/zone=us-east-1a)"));
        editCell(view, dcs->index(0, DatacenterModel::LabelsColumn, dc1), QStringLiteral("sandbox.ringside.io/zone=a"));
        QCOMPARE(wizard->currentId(), int(ClusterWizard::DatacentersId)); // Enter in a cell does not press Next
        QCOMPARE(errorText(wizard, Field::Datacenters), QString());
        QVERIFY(nextEnabled(wizard));
        // Add a rack, then remove it again with the buttons.
        QTest::mouseClick(child<QAbstractButton>(wizard->currentPage(), "addRack"), Qt::LeftButton);
        QCOMPARE(dcs->rowCount(dc1), 4);
        QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("r4"));
        QTest::mouseClick(child<QAbstractButton>(wizard->currentPage(), "remove"), Qt::LeftButton);
        QCOMPARE(dcs->rowCount(dc1), 3);
        wizard->next();

        // Storage: the sandbox's classes are read; an unknown one is refused.
        QCOMPARE(wizard->currentId(), int(ClusterWizard::StorageId));
        QTRY_VERIFY_WITH_TIMEOUT(model->storageClassesKnown(), 10000);
        QCOMPARE(model->storageClasses(), QStringList{QStringLiteral("standard")});
        auto *storageClass = child<QComboBox>(wizard->currentPage(), "storageClass");
        QCOMPARE(storageClass->currentText(), QStringLiteral("standard")); // the default class
        retype(storageClass->lineEdit(), QStringLiteral("fast"));
        QCOMPARE(errorText(wizard, Field::StorageClass), QStringLiteral("storage class \"fast\" does not exist in ringside-sandbox (it has: standard)"));
        QVERIFY(!nextEnabled(wizard));
        storageClass->setCurrentIndex(0);
        QCOMPARE(model->storageClass(), QStringLiteral("standard"));
        retype(child<QLineEdit>(wizard->currentPage(), "storageSize"), QStringLiteral("5Gi"));
        QVERIFY(nextEnabled(wizard));
        wizard->next();

        // Resources and heap.
        QCOMPARE(wizard->currentId(), int(ClusterWizard::ResourcesId));
        QTest::keyClicks(child<QLineEdit>(wizard->currentPage(), "cpu"), QStringLiteral("1"));
        QTest::keyClicks(child<QLineEdit>(wizard->currentPage(), "memory"), QStringLiteral("4Gi"));
        QTest::keyClicks(child<QLineEdit>(wizard->currentPage(), "heap"), QStringLiteral("3Gi"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(errorText(wizard, Field::Heap).startsWith(QLatin1String("the heap (3Gi) must be at most half of the memory request (4Gi)")));
        retype(child<QLineEdit>(wizard->currentPage(), "heap"), QStringLiteral("2Gi"));
        QVERIFY(nextEnabled(wizard));
        wizard->next();

        // Configuration: unknown keys are refused with a suggestion.
        QCOMPARE(wizard->currentId(), int(ClusterWizard::ConfigurationId));
        auto *yaml = child<QPlainTextEdit>(wizard->currentPage(), "cassandraYaml");
        yaml->setFocus();
        QTest::keyClicks(yaml, QStringLiteral("num_token: 16"));
        QCOMPARE(errorText(wizard, Field::CassandraYaml), QStringLiteral("line 1: unknown cassandra.yaml key \"num_token\" (did you mean num_tokens?)"));
        QVERIFY(!nextEnabled(wizard));
        yaml->setPlainText(QStringLiteral("num_tokens: 16\nconcurrent_compactors: 2\n"));
        auto *jvm = child<QPlainTextEdit>(wizard->currentPage(), "jvmOptions");
        jvm->setFocus();
        QTest::keyClicks(jvm, QStringLiteral("gc: G1GC"));
        QVERIFY2(nextEnabled(wizard), qPrintable(model->pageErrors(WizardModel::Page::Configuration).join(u'\n')));
        wizard->next();

        // Security: an existing secret needs its name.
        QCOMPARE(wizard->currentId(), int(ClusterWizard::SecurityId));
        QVERIFY(child<QCheckBox>(wizard->currentPage(), "auth")->isChecked());
        clickIndicator(child<QAbstractButton>(wizard->currentPage(), "existingSecret"));
        QCOMPARE(errorText(wizard, Field::SuperuserSecret), QStringLiteral("superuser secret must not be empty"));
        QVERIFY(!nextEnabled(wizard));
        clickIndicator(child<QAbstractButton>(wizard->currentPage(), "generateSecret"));
        QVERIFY(nextEnabled(wizard));
        wizard->next();

        // Data API: Mission Control is served by the sandbox.
        QCOMPARE(wizard->currentId(), int(ClusterWizard::DataApiId));
        QTRY_VERIFY_WITH_TIMEOUT(model->installation().isValid(), 10000);
        QVERIFY(model->installation().hasMissionControl());
        clickIndicator(child<QCheckBox>(wizard->currentPage(), "dataApi"));
        QVERIFY(model->dataApi());
        QVERIFY(nextEnabled(wizard));
        wizard->next();

        // Review: the YAML of the golden file, read-only, and a passing server dry run that leaves nothing behind.
        QCOMPARE(wizard->currentId(), int(ClusterWizard::ReviewId));
        ReviewPage *review = wizard->reviewPage();
        QCOMPARE(review->editor()->yamlDocument()->text(), model->generatedYaml());
        QVERIFY(review->editor()->isReadOnly());
        RINGSIDE_COMPARE_GOLDEN(Test::dataPath(QStringLiteral("wizard/shop2-sandbox.yaml")), review->editor()->yamlDocument()->text());
        QTRY_VERIFY_WITH_TIMEOUT(review->dryRunPassed(), 10000);
        QCOMPARE(review->dryRunLabel()->text(),
                 QStringLiteral("Server dry run passed: missioncontrolcluster/shop2 serverside-applied (server dry run)"));
        QCOMPARE(m_fx.get(Test::Op::mccPath(QStringLiteral("shop2"))).status, 404);

        // Expert mode: an edit that renames the object is refused and disables Create.
        QAbstractButton *create = wizard->button(QWizard::FinishButton);
        QVERIFY(create->isEnabled());
        QCOMPARE(create->text(), QStringLiteral("&Create"));
        review->expertBox()->click();
        QVERIFY(!review->editor()->isReadOnly());
        QTextCursor cursor = review->editor()->document()->find(QStringLiteral("name: shop2")); // metadata.name, the first
        QVERIFY(!cursor.isNull());
        cursor.insertText(QStringLiteral("name: shop3"));
        QCOMPARE(errorText(wizard, Field::Manifest), QStringLiteral("metadata.name must stay \"shop2\" (change the name on the first page)"));
        QVERIFY(!create->isEnabled());
        review->expertBox()->click(); // back to the generated text
        QCOMPARE(review->editor()->yamlDocument()->text(), model->generatedYaml());
        QVERIFY(!review->dryRunPassed() || review->editor()->isReadOnly());
        review->runDryRun();
        QTRY_VERIFY_WITH_TIMEOUT(review->dryRunPassed() && create->isEnabled(), 10000);

        // Create: the MissionControlCluster exists, the wizard hands over (and is deleted), and the datacenter comes up.
        tester.reset();
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        QCOMPARE(created.constFirst(), (QVariantList{QStringLiteral("ringside-sandbox"), Test::Op::Ns, QStringLiteral("shop2")}));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 5000);
        const QJsonObject mcc = m_fx.get(Test::Op::mccPath(QStringLiteral("shop2"))).json();
        QCOMPARE(Test::Op::at(mcc, QStringLiteral("spec.k8ssandra.cassandra.serverVersion")).toString(), QStringLiteral("4.1.8"));
        QCOMPARE(Test::Op::at(mcc, QStringLiteral("spec.k8ssandra.cassandra.config.jvmOptions.heapSize")).toString(), QStringLiteral("2Gi"));
        QCOMPARE(Test::Op::at(mcc, QStringLiteral("spec.dataApi.enabled")).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.get(Test::Op::dcPath(QStringLiteral("shop2-dc1"))).status == 200, 20000);
        const QJsonObject dc = m_fx.get(Test::Op::dcPath(QStringLiteral("shop2-dc1"))).json();
        QCOMPARE(Test::Op::at(dc, QStringLiteral("spec.size")).toInt(), 3);
        QCOMPARE(Test::Op::at(dc, QStringLiteral("spec.racks")).toArray().at(0).toObject().value(QLatin1String("nodeAffinityLabels")).toObject(),
                 (QJsonObject{{QStringLiteral("sandbox.ringside.io/zone"), QStringLiteral("a")}}));
        QTRY_VERIFY_WITH_TIMEOUT(Test::Op::dcReady(m_fx, QStringLiteral("shop2-dc1")), 60000);
    }

    void newClusterHereFromTheTree()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-tree.ini")));
        MainWindow window(settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        window.resize(1000, 700);
        window.show();
        window.setActiveContext(QStringLiteral("ringside-sandbox"));
        QTreeView *view = window.projectDock()->view();
        const QModelIndex ctx = view->model()->index(0, 0);
        QCOMPARE(ctx.data().toString(), QStringLiteral("ringside-sandbox"));
        QModelIndex project;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < view->model()->rowCount(ctx); ++i) {
                    if (view->model()->index(i, 0, ctx).data().toString() == Test::Op::Ns) {
                        project = view->model()->index(i, 0, ctx);
                    }
                }
                return project.isValid();
            }(),
            10000);
        view->expand(ctx);
        view->scrollTo(project);
        // The project's context menu offers "New Cluster Here…", which opens the wizard on that context and namespace.
        QStringList offered;
        QTimer::singleShot(100, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                return;
            }
            for (QAction *a : menu->actions()) {
                offered << a->objectName();
                if (a->objectName() == QLatin1String("newClusterHere")) {
                    a->trigger();
                }
            }
            menu->close();
        });
        Q_EMIT view->customContextMenuRequested(view->visualRect(project).center());
        QVERIFY2(offered.contains(QStringLiteral("newClusterHere")), qPrintable(offered.join(u',')));
        auto *wizard = window.findChild<ClusterWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->model()->context(), QStringLiteral("ringside-sandbox"));
        QCOMPARE(wizard->model()->nameSpace(), Test::Op::Ns);
        QCOMPARE(child<QLineEdit>(wizard->currentPage(), "namespace")->text(), Test::Op::Ns);
        wizard->reject();
        QTRY_VERIFY(!window.findChild<ClusterWizard *>()); // deleted on close

        // Marked read-only in the settings: the entry is disabled, and the wizard refuses the context.
        settings.setReadOnlyContexts({QStringLiteral("ringside-sandbox")});
        settings.sync();
        bool enabled = true;
        QString tip;
        QTimer::singleShot(100, this, [&enabled, &tip] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                return;
            }
            for (QAction *a : menu->actions()) {
                if (a->objectName() == QLatin1String("newClusterHere")) {
                    enabled = a->isEnabled();
                    tip = a->toolTip();
                }
            }
            menu->close();
        });
        Q_EMIT view->customContextMenuRequested(view->visualRect(project).center());
        QVERIFY(!enabled);
        QCOMPARE(tip, QStringLiteral("context ringside-sandbox is read-only: clusters cannot be created there"));
        window.findChild<QAction *>(QStringLiteral("newCluster"))->trigger();
        wizard = window.findChild<ClusterWizard *>();
        QVERIFY(wizard);
        QCOMPARE(errorText(wizard, Field::Context), QStringLiteral("context ringside-sandbox is read-only: clusters cannot be created there"));
        QVERIFY(!nextEnabled(wizard));
        QString why;
        QVERIFY(!wizard->startApply(true, &why));
        QCOMPARE(why, QStringLiteral("context ringside-sandbox is read-only: clusters cannot be created there"));
        wizard->reject();
    }

    void readOnlyContextsCannotBeChosen()
    {
        auto *model = new WizardModel;
        model->setContexts({QStringLiteral("prod"), QStringLiteral("ringside-sandbox")}, Cassandra::Ops::WriteGuard({QStringLiteral("prod")}));
        model->setContext(QStringLiteral("ringside-sandbox"));
        ClusterWizard wizard(model, {});
        model->setParent(&wizard);
        auto *context = child<QComboBox>(wizard.page(ClusterWizard::BasicsId), "context");
        QCOMPARE(context->count(), 2);
        QCOMPARE(context->itemText(0), QStringLiteral("prod (read-only)"));
        auto *items = qobject_cast<QStandardItemModel *>(context->model());
        QVERIFY(!items->item(0)->isEnabled());
        QCOMPARE(items->item(0)->toolTip(), QStringLiteral("context prod is read-only: clusters cannot be created there"));
        QVERIFY(items->item(1)->isEnabled());
        QCOMPARE(context->currentText(), QStringLiteral("ringside-sandbox"));
        // Without a client (offline) the storage class is free text, with a note saying so.
        QVERIFY(!model->storageClassesKnown());
        QString why;
        QVERIFY(!wizard.startApply(true, &why)); // no client: nothing is sent
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-shots.ini")));
        MainWindow window(settings, KubeconfigLoadingRules::fromEnvironment(m_fx.kubeconfigPath()));
        window.setActiveContext(QStringLiteral("ringside-sandbox"));
        auto *model = new WizardModel;
        model->setContexts(window.kubeconfig().contextNames(), {});
        model->setContext(QStringLiteral("ringside-sandbox"));
        ClusterWizard wizard(model, [&window](const QString &c, QString *why) { return window.clientFor(c, why); });
        model->setParent(&wizard);
        QAbstractItemModelTester tester(model->datacenterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.show();
        model->setName(QStringLiteral("orders"));
        model->setNameSpace(Test::Op::Ns);
        model->datacenterModel()->setRackLabels(0, 0, QStringLiteral("topology.kubernetes.io/zone=eu-west-1a"));
        model->datacenterModel()->addDatacenter(QStringLiteral("dc2"), 2, 2);
        model->setMemory(QStringLiteral("8Gi"));
        model->setHeap(QStringLiteral("4Gi"));
        model->setCassandraYamlText(QStringLiteral("num_tokens: 16\nconcurrent_compactors: two\n")); // an error to show
        model->setJvmOptionsText(QStringLiteral("gc: G1GC\n"));
        QTRY_VERIFY_WITH_TIMEOUT(model->storageClassesKnown() && model->installation().isValid(), 10000);

        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        const QStringList names{QStringLiteral("basics"), QStringLiteral("datacenters"), QStringLiteral("storage"), QStringLiteral("resources"),
                                QStringLiteral("configuration"), QStringLiteral("security"), QStringLiteral("dataapi"), QStringLiteral("review")};
        for (int id = ClusterWizard::BasicsId; id <= ClusterWizard::ReviewId; ++id) {
            QCOMPARE(wizard.currentId(), id);
            switch (id) {
            case ClusterWizard::BasicsId:
                QCOMPARE(child<QLineEdit>(wizard.currentPage(), "name")->text(), QStringLiteral("orders"));
                break;
            case ClusterWizard::DatacentersId:
                QCOMPARE(model->datacenterModel()->datacenterCount(), 2);
                QCOMPARE(model->spec().datacenters.at(1).size, 4);
                break;
            case ClusterWizard::StorageId:
                QCOMPARE(child<QComboBox>(wizard.currentPage(), "storageClass")->currentText(), QStringLiteral("standard"));
                break;
            case ClusterWizard::ConfigurationId:
                QCOMPARE(errorText(&wizard, Field::CassandraYaml), QStringLiteral("line 2: concurrent_compactors must be a whole number, not \"two\""));
                QVERIFY(!nextEnabled(&wizard));
                break;
            case ClusterWizard::ReviewId:
                QTRY_VERIFY_WITH_TIMEOUT(wizard.reviewPage()->dryRunPassed(), 10000);
                QCOMPARE(wizard.reviewPage()->editor()->yamlDocument()->text(), model->generatedYaml());
                QVERIFY(wizard.reviewPage()->editor()->isDarkTheme() == dark);
                break;
            default:
                break;
            }
            QTest::qWait(50);
            QVERIFY(saveWidgetPng(&wizard, Test::outputPath(QStringLiteral("screenshots/wizard-%1-%2-%3.png").arg(id).arg(names.at(id), theme))).isEmpty());
            if (id == ClusterWizard::ConfigurationId) {
                model->setCassandraYamlText(QStringLiteral("num_tokens: 16\nconcurrent_compactors: 2\n"));
            }
            if (id < ClusterWizard::ReviewId) {
                QVERIFY2(nextEnabled(&wizard), qPrintable(model->pageErrors(WizardModel::Page(id)).join(u'\n')));
                wizard.next();
            }
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestClusterWizard)
#include "tst_clusterwizard.moc"
