#include "tablepanel.h"

#include "models/cluster/rowtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ringside::Cluster {

TablePanel::TablePanel(const QString &title, RowTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(title, this))
    , m_message(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
    , m_header(new QWidget(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title);
    header->addStretch(1);
    m_title->setVisible(!title.isEmpty());
    m_layout->addWidget(m_header);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_message);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(RowTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(36);
    m_view->horizontalHeader()->setDefaultSectionSize(48); // columns grow to their contents (fitColumns)
    m_view->setTextElideMode(Qt::ElideMiddle);             // host IDs and object names keep both ends
    m_view->horizontalHeader()->setHighlightSections(false);
    m_layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(RowTableModel::KeyRole).toString());
    });
    const auto changed = [this] {
        updateMessage();
        if (!m_fitted && m_model->rowCount() > 0) {
            m_fitted = true; // one fit per burst of changes
            QTimer::singleShot(0, this, [this] {
                m_fitted = false;
                fitColumns();
            });
        }
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &RowTableModel::placeholderChanged, this, &TablePanel::updateMessage);
    updateMessage();
    fitColumns(); // at least the headers' width, also while empty
}

void TablePanel::addHeaderWidget(QWidget *widget)
{
    static_cast<QHBoxLayout *>(m_header->layout())->addWidget(widget);
}

void TablePanel::setMessage(const QString &text, bool error)
{
    m_text = text;
    m_error = error;
    updateMessage();
}

QString TablePanel::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void TablePanel::updateMessage()
{
    QString text = m_text;
    if (text.isEmpty() && m_model->rowCount() == 0) {
        text = m_model->placeholder();
    }
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(m_error ? QStringLiteral("color: #d03a3a;") : QString());
}

void TablePanel::fitColumns(int maxWidth)
{
    // Columns only grow (up to maxWidth) as values arrive, so live updates do not make the table jump, and a
    // column the user widened stays wide.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    for (int c = 0; c < m_model->columnCount() - 1; ++c) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28;
        for (int r = 0; r < std::min(m_model->rowCount(), 500); ++r) {
            width = std::max(width, metrics.horizontalAdvance(m_model->index(r, c).data().toString()) + 16);
        }
        width = std::min(width, maxWidth);
        if (width > header->sectionSize(c)) {
            header->resizeSection(c, width);
        }
    }
}

} // namespace Ringside::Cluster
