#include "gui/charts/timerangebar.h"

#include "gui/charts/chartstr.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

#include <cstdlib>

namespace Ringside::Charts {

TimeRangeBar::TimeRangeBar(QWidget *parent)
    : QWidget(parent)
    , m_window(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_apply(new QPushButton(Tr::tr("Apply"), this))
    , m_problem(new QLabel(this))
    , m_refresh(new QComboBox(this))
    , m_refreshNow(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *windowLabel = new QLabel(Tr::tr("&Time range:"), this);
    windowLabel->setBuddy(m_window);
    for (const WindowPreset p : windowPresets()) {
        m_window->addItem(p == WindowPreset::Custom ? Tr::tr("Custom\u2026") : TimeWindow::last(p).label(), int(p));
    }
    m_window->setToolTip(Tr::tr("The time range every panel shows"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_from->setToolTip(Tr::tr("Start of the custom range (local time)"));
    m_to->setToolTip(Tr::tr("End of the custom range (local time)"));
    m_apply->setToolTip(Tr::tr("Show the custom range"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #d9534f; }"));
    m_problem->setWordWrap(false);
    auto *refreshLabel = new QLabel(Tr::tr("&Auto-refresh:"), this);
    refreshLabel->setBuddy(m_refresh);
    for (const std::chrono::seconds s : refreshIntervals()) {
        m_refresh->addItem(Charts::refreshLabel(s), qint64(s.count()));
    }
    m_refresh->setToolTip(Tr::tr("Reload moving time ranges at this interval"));
    m_refreshNow->setText(Tr::tr("Refresh"));
    m_refreshNow->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refreshNow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshNow->setToolTip(Tr::tr("Load the data again now (F5)"));
    m_refreshNow->setShortcut(QKeySequence::Refresh);

    layout->addWidget(windowLabel);
    layout->addWidget(m_window);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_apply);
    layout->addWidget(m_problem, 1);
    layout->addStretch();
    layout->addWidget(refreshLabel);
    layout->addWidget(m_refresh);
    layout->addWidget(m_refreshNow);

    connect(m_window, &QComboBox::activated, this, &TimeRangeBar::onWindowActivated);
    connect(m_apply, &QPushButton::clicked, this, &TimeRangeBar::onApply);
    connect(m_refresh, &QComboBox::activated, this,
            [this](int index) { Q_EMIT autoRefreshChanged(int(m_refresh->itemData(index).toLongLong())); });
    connect(m_refreshNow, &QToolButton::clicked, this, &TimeRangeBar::refreshRequested);
    setTimeWindow(m_current);
}

TimeRangeBar::~TimeRangeBar() = default;

void TimeRangeBar::setTimeWindow(const TimeWindow &window)
{
    m_current = window;
    m_window->setCurrentIndex(m_window->findData(int(window.preset)));
    if (window.preset == WindowPreset::Custom) {
        m_from->setDateTime(window.customStart.toLocalTime());
        m_to->setDateTime(window.customEnd.toLocalTime());
    } else {
        const auto [start, end] = window.resolve(QDateTime::currentDateTimeUtc());
        m_from->setDateTime(start.toLocalTime());
        m_to->setDateTime(end.toLocalTime());
    }
    m_problem->clear();
    showCustomEditors(window.preset == WindowPreset::Custom);
}

std::chrono::seconds TimeRangeBar::autoRefresh() const
{
    return std::chrono::seconds(m_refresh->currentData().toLongLong());
}

void TimeRangeBar::setAutoRefresh(std::chrono::seconds interval)
{
    int best = 0;
    for (int i = 0; i < m_refresh->count(); ++i) {
        if (std::abs(m_refresh->itemData(i).toLongLong() - interval.count())
            < std::abs(m_refresh->itemData(best).toLongLong() - interval.count())) {
            best = i;
        }
    }
    m_refresh->setCurrentIndex(best);
}

QString TimeRangeBar::problem() const
{
    return m_problem->text();
}

void TimeRangeBar::onWindowActivated(int index)
{
    const auto preset = WindowPreset(m_window->itemData(index).toInt());
    if (preset == WindowPreset::Custom) {
        // Start from what is shown now; the range applies with the button.
        showCustomEditors(true);
        m_from->setFocus();
        return;
    }
    showCustomEditors(false);
    m_problem->clear();
    m_current = TimeWindow::last(preset);
    Q_EMIT timeWindowChanged(m_current);
}

void TimeRangeBar::onApply()
{
    const TimeWindow w = TimeWindow::custom(m_from->dateTime(), m_to->dateTime());
    const QString problem = w.validate();
    m_problem->setText(problem);
    if (!problem.isEmpty()) {
        return;
    }
    m_current = w;
    Q_EMIT timeWindowChanged(m_current);
}

void TimeRangeBar::showCustomEditors(bool show)
{
    m_from->setVisible(show);
    m_to->setVisible(show);
    m_apply->setVisible(show);
    m_problem->setVisible(show);
}

} // namespace Ringside::Charts
