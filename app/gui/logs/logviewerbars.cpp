// The LogViewer's bars: follow, levels, pods, time range, wrap, fold, open, export, copy; search; status.
#include "gui/logs/logrowdelegate.h"
#include "gui/logs/logviewer.h"
#include "models/logs/logmodel.h"
#include "models/logs/logstr.h"
#include "models/logs/logviewmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using Ringside::Cassandra::LogLevel;

namespace Ringside::Logs {

namespace {

QToolButton *toolButton(const QString &text, const QString &tip, bool checkable, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(checkable);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

constexpr LogLevel buttonLevels[] = {LogLevel::Error, LogLevel::Warn, LogLevel::Info, LogLevel::Debug, LogLevel::Trace};

// The filter bar is wider than a narrow window: let it scroll sideways instead of forcing the window (and the
// project dock beside it) to its full width.
QWidget *sideways(QWidget *bar, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(bar);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    area->setFixedHeight(bar->sizeHint().height() + area->horizontalScrollBar()->sizeHint().height());
    return area;
}

} // namespace

void LogViewer::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(sideways(buildFilterBar(), this));
    layout->addWidget(buildSearchBar());

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("logList"));
    m_list->setModel(m_view);
    m_list->setItemDelegate(m_delegate);
    m_delegate->setFont(m_delegate->font(), m_list->viewport());
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_statusTimer.isActive()) {
            m_statusTimer.start();
        }
    });
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    layout->addWidget(m_list, 1);

    auto *copy = new QAction(Tr::tr("Copy"), m_list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogViewer::copySelection);
    m_list->addAction(copy);
    auto *next = new QAction(Tr::tr("Next match"), this);
    next->setShortcut(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &LogViewer::findNext);
    addAction(next);
    auto *previous = new QAction(Tr::tr("Previous match"), this);
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, &LogViewer::findPrevious);
    addAction(previous);
    auto *find = new QAction(Tr::tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addAction(find);

    auto *status = new QHBoxLayout;
    status->setContentsMargins(4, 0, 4, 2);
    m_completeLabel = new QLabel(this);
    m_completeLabel->setObjectName(QStringLiteral("completeness"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    status->addWidget(m_completeLabel, 1);
    status->addWidget(m_statusLabel);
    layout->addLayout(status);
}

QWidget *LogViewer::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(4, 2, 4, 0);
    m_followButton = toolButton(Tr::tr("Follow"), Tr::tr("Keep reading new lines and stay at the end; re-attaches "
                                                         "when a pod restarts"), true, bar);
    m_followButton->setChecked(true);
    connect(m_followButton, &QToolButton::toggled, this, &LogViewer::setFollow);
    h->addWidget(m_followButton);
    h->addSpacing(8);
    for (const LogLevel level : buttonLevels) {
        QToolButton *b = toolButton(Cassandra::logLevelName(level),
                                    Tr::tr("Show %1 entries").arg(Cassandra::logLevelName(level)), true, bar);
        b->setChecked(true);
        connect(b, &QToolButton::toggled, this, &LogViewer::scheduleFilters);
        m_levelButtons.append(b);
        h->addWidget(b);
    }
    h->addSpacing(8);
    m_podsButton = toolButton(Tr::tr("Pods"), Tr::tr("Which pods to show"), false, bar);
    m_podsButton->setPopupMode(QToolButton::InstantPopup);
    m_podsMenu = new QMenu(m_podsButton);
    m_podsButton->setMenu(m_podsMenu);
    h->addWidget(m_podsButton);
    h->addSpacing(8);
    m_timeBox = new QCheckBox(Tr::tr("From"), bar);
    m_timeBox->setToolTip(Tr::tr("Only entries logged in this time range (UTC)"));
    m_fromEdit = new QDateTimeEdit(bar);
    m_toEdit = new QDateTimeEdit(bar);
    for (QDateTimeEdit *e : {m_fromEdit, m_toEdit}) {
        e->setTimeZone(QTimeZone::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        e->setEnabled(false);
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &LogViewer::scheduleFilters);
    }
    connect(m_timeBox, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        if (on && m_fromEdit->dateTime() == m_fromEdit->minimumDateTime() && m_model->store().size() > 0) {
            const QSignalBlocker b1(m_fromEdit);
            const QSignalBlocker b2(m_toEdit);
            const qint64 first = m_model->store().firstTime();
            if (first != LogRecord::NoTime) {
                m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(first - first % 1000, QTimeZone::UTC));
                m_toEdit->setDateTime(QDateTime::currentDateTimeUtc().addSecs(3600));
            }
        }
        scheduleFilters();
    });
    h->addWidget(m_timeBox);
    h->addWidget(m_fromEdit);
    h->addWidget(new QLabel(Tr::tr("to"), bar));
    h->addWidget(m_toEdit);
    h->addStretch(1);
    m_wrapButton = toolButton(Tr::tr("Wrap"), Tr::tr("Wrap long lines"), true, bar);
    connect(m_wrapButton, &QToolButton::toggled, this, &LogViewer::updateWrapColumns);
    h->addWidget(m_wrapButton);
    m_expandButton = toolButton(Tr::tr("Unfold all"), Tr::tr("Show every line of multi-line entries (stack traces)"),
                                true, bar);
    connect(m_expandButton, &QToolButton::toggled, m_view, &LogViewModel::setExpandAll);
    h->addWidget(m_expandButton);
    QToolButton *open = toolButton(Tr::tr("Open\u2026"), Tr::tr("Open local log files (several are merged by time)"),
                                   false, bar);
    connect(open, &QToolButton::clicked, this, &LogViewer::promptOpen);
    h->addWidget(open);
    QToolButton *exportButton = toolButton(Tr::tr("Export"), Tr::tr("Write entries to a file"), false, bar);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(Tr::tr("Visible entries\u2026"), this, [this] { promptExport(ExportScope::Visible); });
    exportMenu->addAction(Tr::tr("All entries in the buffer\u2026"), this, [this] { promptExport(ExportScope::All); });
    exportButton->setMenu(exportMenu);
    h->addWidget(exportButton);
    QToolButton *copy = toolButton(Tr::tr("Copy"), Tr::tr("Copy the selected entries"), false, bar);
    connect(copy, &QToolButton::clicked, this, &LogViewer::copySelection);
    h->addWidget(copy);
    return bar;
}

QWidget *LogViewer::buildSearchBar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(4, 0, 4, 0);
    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("search"));
    m_searchEdit->setPlaceholderText(Tr::tr("Search (regular expression, whole entries including stack traces)"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &LogViewer::scheduleFilters);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &LogViewer::findNext);
    h->addWidget(m_searchEdit, 1);
    m_caseButton = toolButton(QStringLiteral("Aa"), Tr::tr("Match case"), true, bar);
    connect(m_caseButton, &QToolButton::toggled, this, &LogViewer::scheduleFilters);
    h->addWidget(m_caseButton);
    m_onlyMatchingBox = new QCheckBox(Tr::tr("Only matching"), bar);
    m_onlyMatchingBox->setToolTip(Tr::tr("Show only the entries the search matches (like grep)"));
    connect(m_onlyMatchingBox, &QCheckBox::toggled, this, &LogViewer::scheduleFilters);
    h->addWidget(m_onlyMatchingBox);
    m_invertBox = new QCheckBox(Tr::tr("Invert"), bar);
    m_invertBox->setToolTip(Tr::tr("With \"Only matching\": show the entries the search does not match (grep -v)"));
    connect(m_invertBox, &QCheckBox::toggled, this, &LogViewer::scheduleFilters);
    h->addWidget(m_invertBox);
    QToolButton *previous = toolButton(QStringLiteral("\u25b2"), Tr::tr("Previous match (Shift+F3)"), false, bar);
    connect(previous, &QToolButton::clicked, this, &LogViewer::findPrevious);
    h->addWidget(previous);
    QToolButton *next = toolButton(QStringLiteral("\u25bc"), Tr::tr("Next match (F3)"), false, bar);
    connect(next, &QToolButton::clicked, this, &LogViewer::findNext);
    h->addWidget(next);
    m_matchLabel = new QLabel(bar);
    m_matchLabel->setMinimumWidth(90);
    h->addWidget(m_matchLabel);
    return bar;
}

void LogViewer::updateLevelButtons()
{
    const QLocale locale;
    for (int i = 0; i < m_levelButtons.size(); ++i) {
        const LogLevel level = buttonLevels[i];
        qint64 count = m_model->store().levelCount(level);
        if (level == LogLevel::Error) {
            count += m_model->store().levelCount(LogLevel::Fatal);
        } else if (level == LogLevel::Info) {
            count += m_model->store().levelCount(LogLevel::Unknown);
        }
        m_levelButtons[i]->setText(Cassandra::logLevelName(level) + u' ' + locale.toString(count));
    }
}

void LogViewer::rebuildPodMenu()
{
    m_podsMenu->clear();
    const QStringList sources = m_model->store().sources();
    for (const QString &pod : sources) {
        QAction *a = m_podsMenu->addAction(pod);
        a->setCheckable(true);
        a->setChecked(!m_hiddenPods.contains(pod));
        connect(a, &QAction::toggled, this, [this, pod](bool shown) { setPodShown(pod, shown); });
    }
    const qsizetype shown = sources.size() - std::count_if(sources.cbegin(), sources.cend(), [this](const QString &p) {
                                return m_hiddenPods.contains(p);
                            });
    m_podsButton->setText(Tr::tr("Pods %1/%2").arg(shown).arg(sources.size()));
    m_podsButton->setEnabled(!sources.isEmpty());
}

void LogViewer::promptOpen()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, Tr::tr("Open log files"), QString(),
                                                            Tr::tr("Log files (*.log *.txt);;All files (*)"));
    if (!paths.isEmpty()) {
        openFiles(paths);
    }
}

void LogViewer::promptExport(ExportScope scope)
{
    const QString path = QFileDialog::getSaveFileName(this, Tr::tr("Export log"), QStringLiteral("system.log"),
                                                      Tr::tr("Log files (*.log);;All files (*)"));
    if (!path.isEmpty()) {
        exportToFile(path, scope);
    }
}

} // namespace Ringside::Logs
