#include "gui/logs/logviewer.h"

#include "gui/logs/logrowdelegate.h"
#include <utility>
#include "models/logs/logfiles.h"
#include "models/logs/logmodel.h"
#include "models/logs/logslogging.h"
#include "models/logs/logstr.h"
#include "models/logs/logviewmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Ringside::Logs {

LogViewer::LogViewer(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_view(new LogViewModel(m_model, this))
    , m_follower(new LogFollower(m_model, this))
    , m_loader(new LogFileLoader(m_model, this))
    , m_delegate(new LogRowDelegate(m_view, this))
{
    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(std::chrono::milliseconds(300));
    connect(&m_filterDebounce, &QTimer::timeout, this, &LogViewer::applyFiltersNow);
    m_wrapDebounce.setSingleShot(true);
    m_wrapDebounce.setInterval(std::chrono::milliseconds(150));
    connect(&m_wrapDebounce, &QTimer::timeout, this, &LogViewer::updateWrapColumns);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(std::chrono::milliseconds(100));
    connect(&m_statusTimer, &QTimer::timeout, this, &LogViewer::updateStatus);
    buildUi();
    connect(m_model, &LogModel::countsChanged, this, [this] {
        if (!m_statusTimer.isActive()) {
            m_statusTimer.start();
        }
    });
    connect(m_view, &LogViewModel::countsChanged, this, [this] {
        if (!m_statusTimer.isActive()) {
            m_statusTimer.start();
        }
    });
    connect(m_view, &LogViewModel::busyChanged, this, &LogViewer::updateStatus);
    connect(m_view, &LogViewModel::refreshed, this, &LogViewer::onRefreshed);
    connect(m_view, &QAbstractItemModel::rowsInserted, this, &LogViewer::onRowsInserted);
    connect(m_follower, &LogFollower::notice, this, &LogViewer::notice);
    connect(m_follower, &LogFollower::runningChanged, this, &LogViewer::updateStatus);
    connect(m_loader, &LogFileLoader::finished, this, [this](qint64, const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT notice(error);
        }
        updateStatus();
    });
    updateStatus();
}

LogViewer::~LogViewer()
{
    m_loader->cancel();
    m_follower->stop();
    for (LogFollower *f : std::as_const(m_extraFollowers)) {
        f->stop();
    }
}

QList<LogSource> LogViewer::systemLoggerSources(const QString &nameSpace, const QStringList &pods)
{
    QList<LogSource> sources;
    for (const QString &pod : pods) {
        sources.append(LogSource{nameSpace, pod, QStringLiteral("server-system-logger")});
    }
    return sources;
}

void LogViewer::resetForNewInput()
{
    m_loader->cancel();
    m_follower->stop();
    for (LogFollower *f : std::exchange(m_extraFollowers, {})) {
        f->stop();
        f->deleteLater();
    }
    m_model->clear();
    m_hiddenPods.clear();
}

void LogViewer::setSources(KubeClient *client, const QList<LogSource> &sources)
{
    LogFollower::Options options;
    options.follow = m_followButton->isChecked();
    setSources(client, sources, options);
}

void LogViewer::setSources(KubeClient *client, const QList<LogSource> &sources, const LogFollower::Options &options)
{
    resetForNewInput();
    {
        const QSignalBlocker block(m_followButton);
        m_followButton->setChecked(options.follow);
    }
    m_followButton->setEnabled(true);
    m_follower->start(client, sources, options);
    rebuildPodMenu();
    updateStatus();
}

void LogViewer::addSources(KubeClient *client, const QList<LogSource> &sources)
{
    auto *follower = new LogFollower(m_model, this);
    connect(follower, &LogFollower::notice, this, &LogViewer::notice);
    connect(follower, &LogFollower::runningChanged, this, &LogViewer::updateStatus);
    m_extraFollowers.append(follower);
    LogFollower::Options options;
    options.follow = m_followButton->isChecked();
    follower->start(client, sources, options);
    rebuildPodMenu();
    updateStatus();
}

void LogViewer::setFollow(bool follow)
{
    if (m_followButton->isChecked() != follow) {
        m_followButton->setChecked(follow); // toggled() lands here again
        return;
    }
    m_follower->setFollow(follow);
    for (LogFollower *f : std::as_const(m_extraFollowers)) {
        f->setFollow(follow);
    }
    if (follow) {
        m_list->scrollToBottom();
    }
    updateStatus();
}

bool LogViewer::isFollowing() const
{
    return m_followButton->isChecked();
}

void LogViewer::openFiles(const QStringList &paths)
{
    resetForNewInput();
    {
        const QSignalBlocker block(m_followButton);
        m_followButton->setChecked(false);
    }
    m_followButton->setEnabled(false);
    m_loader->load(paths);
    rebuildPodMenu();
    updateStatus();
}

void LogViewer::stop()
{
    m_loader->cancel();
    m_follower->stop();
}

void LogViewer::setBufferSize(qint64 entries)
{
    m_model->setCapacity(entries);
    updateStatus();
}

qint64 LogViewer::bufferSize() const
{
    return m_model->capacity();
}

void LogViewer::scheduleFilters()
{
    m_filterDebounce.start();
}

void LogViewer::applyFiltersNow()
{
    m_filterDebounce.stop();
    LogQuery q;
    q.levels = levelsShown();
    for (const QString &pod : std::as_const(m_hiddenPods)) {
        const qsizetype i = m_model->store().sources().indexOf(pod);
        if (i >= 0) {
            q.hiddenSources.insert(quint16(i));
        }
    }
    m_searchError.clear();
    const QString pattern = m_searchEdit->text();
    if (!pattern.isEmpty()) {
        if (const auto re = LogQuery::compile(pattern, m_caseButton->isChecked(), &m_searchError)) {
            q.search = *re;
        }
    }
    m_searchEdit->setToolTip(m_searchError);
    m_searchEdit->setStyleSheet(m_searchError.isEmpty() ? QString() : QStringLiteral("QLineEdit { color: #d32f2f; }"));
    q.onlyMatching = m_onlyMatchingBox->isChecked();
    q.invert = m_invertBox->isChecked();
    if (m_timeBox->isChecked()) {
        q.from = m_fromEdit->dateTime().toMSecsSinceEpoch();
        q.to = m_toEdit->dateTime().toMSecsSinceEpoch();
    }
    // Keep the place: the entry at the top stays at the top after the refresh.
    const QModelIndex top = m_list->indexAt(QPoint(2, 2));
    m_anchorId = top.isValid() ? m_view->idAt(top.row()) : -1;
    m_view->setQuery(q);
    updateStatus();
}

void LogViewer::setLevelsShown(quint8 levels)
{
    static constexpr quint8 bits[] = {0x10, 0x08, 0x04, 0x02, 0x01};
    for (int i = 0; i < m_levelButtons.size(); ++i) {
        const QSignalBlocker block(m_levelButtons[i]);
        m_levelButtons[i]->setChecked(levels & bits[i]);
    }
    scheduleFilters();
}

quint8 LogViewer::levelsShown() const
{
    static constexpr quint8 bits[] = {0x10, 0x08, 0x04, 0x02, 0x01};
    quint8 levels = 0;
    for (int i = 0; i < m_levelButtons.size(); ++i) {
        levels |= m_levelButtons[i]->isChecked() ? bits[i] : 0;
    }
    return levels;
}

void LogViewer::setSearchText(const QString &pattern)
{
    m_searchEdit->setText(pattern); // textChanged schedules
}

void LogViewer::setSearchCaseSensitive(bool sensitive)
{
    m_caseButton->setChecked(sensitive);
}

void LogViewer::setOnlyMatching(bool only)
{
    m_onlyMatchingBox->setChecked(only);
}

void LogViewer::setInvertMatch(bool invert)
{
    m_invertBox->setChecked(invert);
}

void LogViewer::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    const QSignalBlocker b1(m_fromEdit);
    const QSignalBlocker b2(m_toEdit);
    m_fromEdit->setDateTime(from.isValid() ? from.toUTC() : m_fromEdit->minimumDateTime());
    m_toEdit->setDateTime(to.isValid() ? to.toUTC() : m_toEdit->maximumDateTime());
    m_timeBox->setChecked(true);
    scheduleFilters();
}

void LogViewer::clearTimeRange()
{
    m_timeBox->setChecked(false);
}

void LogViewer::setPodShown(const QString &pod, bool shown)
{
    if (shown) {
        m_hiddenPods.remove(pod);
    } else {
        m_hiddenPods.insert(pod);
    }
    rebuildPodMenu();
    scheduleFilters();
}

void LogViewer::setWrap(bool wrap)
{
    m_wrapButton->setChecked(wrap);
}

bool LogViewer::wrap() const
{
    return m_wrapButton->isChecked();
}

void LogViewer::setExpandAll(bool expand)
{
    m_expandButton->setChecked(expand);
}

void LogViewer::updateWrapColumns()
{
    const int available = m_list->viewport()->width() - m_delegate->messageX() - 8;
    m_view->setWrapColumns(wrap() ? std::max(20, available / m_delegate->characterWidth()) : 0);
}

void LogViewer::selectRow(int row)
{
    const QModelIndex index = m_view->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    updateStatus();
}

bool LogViewer::findNext()
{
    const int row = m_view->findMatch(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1, true);
    if (row >= 0) {
        selectRow(row);
    }
    return row >= 0;
}

bool LogViewer::findPrevious()
{
    const int row = m_view->findMatch(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1, false);
    if (row >= 0) {
        selectRow(row);
    }
    return row >= 0;
}

QString LogViewer::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    rows.reserve(selected.size());
    for (const QModelIndex &i : selected) {
        rows.append(i.row());
    }
    const QString text = m_view->copyText(rows);
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
    return text;
}

void LogViewer::exportToFile(const QString &path, ExportScope scope)
{
    ExportRequest request;
    request.snapshot = m_model->store().snapshot();
    request.sourceNames = m_model->store().sources();
    request.prefixSources = request.sourceNames.size() > 1;
    if (scope == ExportScope::Visible) {
        request.ids = m_view->shownIds();
        request.onlyIds = true;
    }
    QtConcurrent::run([request = std::move(request), path] {
        QString error;
        const qint64 written = exportEntries(request, path, &error);
        return std::make_pair(written, error);
    }).then(this, [this, path](const std::pair<qint64, QString> &result) {
        Q_EMIT exported(path, result.first, result.second);
        Q_EMIT notice(result.second.isEmpty()
                          ? Tr::tr("Exported %1 entries to %2").arg(QLocale().toString(result.first), path)
                          : result.second);
    });
}

void LogViewer::onRowsInserted()
{
    if (isFollowing()) {
        m_list->scrollToBottom();
    }
}

void LogViewer::onRefreshed()
{
    if (isFollowing()) {
        m_list->scrollToBottom();
    } else if (m_anchorId >= 0) {
        const int row = m_view->rowAtOrAfter(m_anchorId);
        if (row >= 0) {
            m_list->scrollTo(m_view->index(row), QAbstractItemView::PositionAtTop);
        }
    }
    updateStatus();
}

QString LogViewer::completenessText() const
{
    return m_model->completenessText();
}

QString LogViewer::statusText() const
{
    const QLocale locale;
    QString text = Tr::tr("Showing %1 of %2 entries")
                       .arg(locale.toString(m_view->entryCount()), locale.toString(m_model->store().size()));
    if (m_view->query().hasSearch()) {
        const QModelIndex current = m_list->currentIndex();
        const qint64 ordinal = current.isValid() ? m_view->matchOrdinal(current.row()) : 0;
        text += QStringLiteral(" \u00b7 ")
                + Tr::tr("match %1 of %2").arg(locale.toString(ordinal), locale.toString(m_view->matchCount()));
    }
    text += QStringLiteral(" \u00b7 ") + Tr::tr("buffer %1 entries").arg(locale.toString(m_model->capacity()));
    if (m_view->isBusy()) {
        text += QStringLiteral(" \u00b7 ") + Tr::tr("filtering\u2026");
    }
    if (m_loader->isRunning()) {
        text += QStringLiteral(" \u00b7 ") + Tr::tr("reading files\u2026");
    } else {
        int running = m_follower->runningCount();
        for (const LogFollower *f : m_extraFollowers) {
            running += f->runningCount();
        }
        if (running > 0) {
            text += QStringLiteral(" \u00b7 ")
                    + (isFollowing() ? Tr::tr("following %n stream(s)", nullptr, running) : Tr::tr("reading %n stream(s)", nullptr, running));
        }
    }
    return text;
}

void LogViewer::updateStatus()
{
    if (!m_timeBox->isChecked() && m_model->store().size() > 0) {
        // Offer the buffer's time span as the range to narrow.
        const qint64 first = m_model->store().firstTime();
        const LogRecord &last = m_model->store().at(m_model->store().endId() - 1);
        if (first != LogRecord::NoTime && last.hasTime()) {
            const QSignalBlocker b1(m_fromEdit);
            const QSignalBlocker b2(m_toEdit);
            m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(first - first % 1000, QTimeZone::UTC));
            m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(last.time - last.time % 1000 + 1000, QTimeZone::UTC));
        }
    }
    m_completeLabel->setText(completenessText());
    m_statusLabel->setText(statusText());
    m_matchLabel->setText(m_view->query().hasSearch()
                              ? Tr::tr("%1 matches").arg(QLocale().toString(m_view->matchCount()))
                              : QString());
    updateLevelButtons();
    if (m_podsMenu && m_podsMenu->actions().size() != m_model->store().sources().size()) {
        rebuildPodMenu();
    }
    int podColumns = 3;
    for (const QString &s : m_model->store().sources()) {
        podColumns = std::max(podColumns, int(s.size()));
    }
    m_delegate->setPodColumns(podColumns);
}

bool LogViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && (key->key() == Qt::Key_Space || key->key() == Qt::Key_Right || key->key() == Qt::Key_Left)) {
            const bool expanded = current.data(LogViewModel::ExpandedRole).toBool();
            if (key->key() == Qt::Key_Space || (key->key() == Qt::Key_Right) != expanded) {
                const qint64 id = m_view->idAt(current.row());
                if (m_view->toggleExpanded(current.row())) {
                    selectRow(m_view->rowOfEntry(id));
                    return true;
                }
            }
        }
    }
    if (watched == m_list->viewport() && event->type() == QEvent::Resize && wrap()) {
        m_wrapDebounce.start();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Ringside::Logs
