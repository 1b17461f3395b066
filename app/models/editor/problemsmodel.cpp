#include "models/editor/problemsmodel.h"

#include "models/editor/editortr.h"

#include <QPainter>
#include <QPixmap>

namespace Ringside::Editor {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setProblems(const QList<Problem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

void ProblemsModel::setDark(bool dark)
{
    if (m_dark == dark) {
        return;
    }
    m_dark = dark;
    if (!m_problems.isEmpty()) {
        Q_EMIT dataChanged(index(0, SeverityColumn), index(rowCount() - 1, SeverityColumn), {Qt::DecorationRole});
    }
}

int ProblemsModel::count(ProblemSeverity severity) const
{
    return int(std::count_if(m_problems.begin(), m_problems.end(),
                             [severity](const Problem &p) { return p.severity == severity; }));
}

QString ProblemsModel::summary() const
{
    if (m_problems.isEmpty()) {
        return Tr::tr("No problems");
    }
    return Tr::tr("Errors: %1 · Warnings: %2 · Not checked: %3")
        .arg(count(ProblemSeverity::Error))
        .arg(count(ProblemSeverity::Warning))
        .arg(count(ProblemSeverity::NotChecked));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon ProblemsModel::icon(ProblemSeverity severity) const
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(severityColor(severity, m_dark));
    if (severity == ProblemSeverity::NotChecked) {
        painter.setPen(QPen(severityColor(severity, m_dark), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(2.5, 2.5, 7, 7));
    } else if (severity == ProblemSeverity::Warning) {
        painter.drawPolygon(QPolygonF({QPointF(6, 1), QPointF(11, 11), QPointF(1, 11)}));
    } else {
        painter.drawEllipse(QRectF(1, 1, 10, 10));
    }
    return QIcon(pixmap);
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Problem &p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityName(p.severity);
        case DocumentColumn: return p.document;
        case LineColumn: return p.line;
        case PathColumn: return p.path;
        case MessageColumn: return p.stale ? Tr::tr("%1 (as of the last text that parsed)").arg(p.message) : p.message;
        default: return {};
        }
    case Qt::DecorationRole: return index.column() == SeverityColumn ? QVariant(icon(p.severity)) : QVariant();
    case Qt::ToolTipRole:
        return Tr::tr("Document %1, line %2, column %3: %4").arg(p.document).arg(p.line).arg(p.column).arg(p.message);
    case LineRole: return p.line;
    case ColumnRole: return p.column;
    case SeverityRole: return int(p.severity);
    case DocumentRole: return p.document;
    case StaleRole: return p.stale;
    default: return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn: return Tr::tr("Severity");
    case DocumentColumn: return Tr::tr("Document");
    case LineColumn: return Tr::tr("Line");
    case PathColumn: return Tr::tr("Field");
    case MessageColumn: return Tr::tr("Message");
    default: return {};
    }
}

} // namespace Ringside::Editor
