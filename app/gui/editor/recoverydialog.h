#pragma once

#include "models/editor/yamldocument.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace Ringside::Editor {

class RecoveryModel;

/*! Offers back the texts autosaved by an editor that crashed: a list (document, file, time, size) with a preview,
    Recover, Discard and Later. Recovering emits recoverRequested(); the host opens an editor for it and calls
    RecoveryManager::recover(). \since 0.1 */
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(const RecoveryManager &manager, QWidget *parent = nullptr);

    RecoveryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString previewText() const;
    /*! Recovers or discards the entry in \a row; the dialog closes when none is left. */
    void recoverRow(int row);
    void discardRow(int row);

Q_SIGNALS:
    void recoverRequested(const Ringside::Editor::AutosaveEntry &entry);

private:
    void selectionChanged();
    int currentRow() const;
    void closeWhenEmpty();

    RecoveryManager m_manager;
    RecoveryModel *m_model;
    QTreeView *m_view;
    QPlainTextEdit *m_preview;
    QPushButton *m_recover;
    QPushButton *m_discard;
};

} // namespace Ringside::Editor
