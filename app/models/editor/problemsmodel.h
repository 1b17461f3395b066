#pragma once

#include "models/editor/yamlvalidation.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace Ringside::Editor {

/*! The problems of the text in the editor, one row each: severity, document, line, path and message.
    Backs the problems list; activating a row moves the editor's cursor to LineRole/ColumnRole. \since 0.1 */
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, DocumentColumn, LineColumn, PathColumn, MessageColumn, ColumnCount };
    enum Role {
        LineRole = Qt::UserRole + 1, //!< int, 1-based
        ColumnRole,                  //!< int, 1-based
        SeverityRole,                //!< int (ProblemSeverity)
        DocumentRole,                //!< int, 1-based
        StaleRole,                   //!< bool
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    /*! Replaces every row with \a problems (a reset: results arrive as a whole). */
    void setProblems(const QList<Problem> &problems);
    QList<Problem> problems() const { return m_problems; }
    Problem problem(int row) const { return m_problems.value(row); }
    int count(ProblemSeverity severity) const;
    /*! "Errors: 2 · Warnings: 1 · Not checked: 1", or "No problems" (labels, so no plural forms are needed). */
    QString summary() const;
    /*! Uses the dark variants of the severity colours for the icons. */
    void setDark(bool dark);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QIcon icon(ProblemSeverity severity) const;

    QList<Problem> m_problems;
    bool m_dark = false;
};

} // namespace Ringside::Editor
