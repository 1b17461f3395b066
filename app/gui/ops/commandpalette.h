#pragma once

#include "models/ops/palettemodel.h"

#include <QDialog>

class QLineEdit;
class QListView;

namespace Ringside::Operations {

/*! The command palette (Ctrl+K): a filter box over a list of commands; Enter or a click triggers the selected one.
    \since 0.1 */
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *parent = nullptr);

    PaletteModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *view() const { return m_view; }

    /*! Shows the palette over \a entries, with an empty filter. */
    void popup(const QList<PaletteModel::Entry> &entries);
    /*! Triggers the selected row (as Enter does); false when none is selected. */
    bool triggerCurrent();

Q_SIGNALS:
    void triggered(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectFirst();

    PaletteModel *m_model;
    QLineEdit *m_filter;
    QListView *m_view;
};

} // namespace Ringside::Operations
