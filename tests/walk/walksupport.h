#pragma once
// Helpers of the GUI workshop walk: the step log (screenshots and walk.md), tree lookups, the tree's context menu,
// and the manifests a user would paste into the YAML editor. No Q_OBJECT here (raw strings are fine).

#include "testsupport.h"

#include "gui/screenshot.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace Ringside::Test::Walk {

/*! Writes the screenshots under test-output/gui-walk and one walk.md line per step. */
class StepLog
{
public:
    StepLog()
        : m_dir(Test::outputPath(QStringLiteral("gui-walk")))
    {
        QDir(m_dir).removeRecursively();
        QDir().mkpath(m_dir);
        m_md.setFileName(m_dir + QStringLiteral("/walk.md"));
        if (m_md.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            m_md.write(
                "# The workshop walk in the GUI (tst_gui_workshop)\n\n"
                "One line per step: screenshot, lab and step of the workshop guide, what was done through the widgets, "
                "what was checked (through the API or the models).\n\n"
                "| Screenshot | Lab / step | Done | Checked |\n|---|---|---|---|\n");
            m_md.flush();
        }
    }
    /*! Saves \a widget as NN-\a name.png and logs the step; returns the error of the screenshot (empty: saved). */
    QString step(const QString &name, QWidget *widget, const QString &lab, const QString &done, const QString &checked)
    {
        const QString file = QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name);
        QApplication::processEvents();
        const QString error = saveWidgetPng(widget, m_dir + u'/' + file);
        note(file, lab, done, checked);
        return error;
    }
    /*! A walk.md line for a step shown by an earlier screenshot (or none). */
    void note(const QString &file, const QString &lab, const QString &done, const QString &checked)
    {
        auto cell = [](QString s) { return s.replace(u'|', QLatin1String("\\|")).replace(u'\n', u' '); };
        m_md.write(
            QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(cell(file), cell(lab), cell(done), cell(checked)).toUtf8());
        m_md.flush();
    }
    QString lastFile() const { return QStringLiteral("%1-…").arg(m_count, 2, 10, QLatin1Char('0')); }
    QString dir() const { return m_dir; }

private:
    QString m_dir;
    QFile m_md;
    int m_count = 0;
};

inline QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex child = model->index(i, 0, parent);
        if (child.data().toString() == text) {
            return child;
        }
    }
    return {};
}

/*! Selects the project-model item \a source in the dock's view (through its filter proxy). */
inline void selectInTree(QTreeView *view, const QModelIndex &source)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    const QModelIndex index = proxy ? proxy->mapFromSource(source) : source;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
        view->expand(p);
    }
    view->scrollTo(index);
    view->setCurrentIndex(index);
}

/*! Opens the tree's context menu on \a source as a right click would, and triggers the entry whose objectName or
    text (without '&') is \a entry. Returns what the menu offered (texts). */
inline QStringList triggerTreeMenu(QTreeView *view, const QModelIndex &source, const QString &entry, bool *triggered)
{
    selectInTree(view, source);
    QStringList offered;
    *triggered = false;
    QTimer::singleShot(50, view, [&offered, entry, triggered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            return;
        }
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions()) {
            QString text = a->text();
            text.remove(u'&');
            offered << text;
            if (!chosen && a->isEnabled() && (a->objectName() == entry || text == entry)) {
                chosen = a;
            }
        }
        if (!chosen) {
            menu->close();
            return;
        }
        // As a user does: highlight the entry and press Enter, so that QMenu::exec() returns it.
        *triggered = true;
        menu->setActiveAction(chosen);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    Q_EMIT view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
    return offered;
}

/*! Step 17's backup storage, as a user pastes it into a YAML editor: the bucket's key, a MedusaConfiguration, and
    the cluster's reference to it (server-side apply of only that field). */
QString backupStorageYaml(const QString &ns, const QString &cluster);

/*! The Reaper of the cluster's first datacenter (what k8ssandra-operator deploys from spec.reaper). */
QString reaperYaml(const QString &ns, const QString &cluster);

} // namespace Ringside::Test::Walk
