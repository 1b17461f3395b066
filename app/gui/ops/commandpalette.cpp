#include "gui/ops/commandpalette.h"

#include "gui/ops/opstr.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Ringside::Operations {

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup)
    , m_model(new PaletteModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(OpsGuiTr::tr("Command Palette"));
    m_filter->setPlaceholderText(OpsGuiTr::tr("Type a command or a cluster name…"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    resize(560, 380);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        selectFirst();
    });
    connect(m_view, &QListView::activated, this, [this] { triggerCurrent(); });
}

void CommandPalette::popup(const QList<PaletteModel::Entry> &entries)
{
    m_filter->clear();
    m_model->setEntries(entries);
    selectFirst();
    if (parentWidget()) {
        const QRect r = parentWidget()->window()->geometry();
        move(r.center().x() - width() / 2, r.top() + 80);
    }
    show();
    raise();
    activateWindow();
    m_filter->setFocus();
}

void CommandPalette::selectFirst()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row).enabled) {
            m_view->setCurrentIndex(m_model->index(row));
            return;
        }
    }
    m_view->setCurrentIndex({});
}

bool CommandPalette::triggerCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !current.data(PaletteModel::EnabledRole).toBool()) {
        return false;
    }
    const QString id = current.data(PaletteModel::IdRole).toString();
    hide();
    Q_EMIT triggered(id);
    return true;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_view, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            triggerCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Ringside::Operations
