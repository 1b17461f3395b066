#include "models/wizard/datacentermodel.h"

#include "cassandra/ops/validation.h"
#include "models/wizard/wizardtr.h"

#include <QRegularExpression>

namespace Ringside::Wizard {

using Cassandra::Ops::DatacenterSpec;

DatacenterModel::DatacenterModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

DatacenterModel::~DatacenterModel() = default;

int DatacenterModel::rowOf(const Dc *dc) const
{
    for (std::size_t i = 0; i < m_dcs.size(); ++i) {
        if (m_dcs[i].get() == dc) {
            return int(i);
        }
    }
    return -1;
}

QModelIndex DatacenterModel::addDatacenter(const QString &nameIn, int racks, int nodesPerRack)
{
    QString name = nameIn;
    for (int n = 1; name.isEmpty(); ++n) {
        const QString candidate = QStringLiteral("dc%1").arg(n);
        const bool taken = std::any_of(m_dcs.begin(), m_dcs.end(), [&](const auto &d) { return d->name == candidate; });
        if (!taken) {
            name = candidate;
        }
    }
    auto dc = std::make_unique<Dc>();
    dc->name = name;
    dc->nodesPerRack = std::max(1, nodesPerRack);
    for (int i = 1; i <= std::max(1, racks); ++i) {
        dc->racks.append(Rack{QStringLiteral("r%1").arg(i), {}});
    }
    const int row = int(m_dcs.size());
    beginInsertRows({}, row, row);
    m_dcs.push_back(std::move(dc));
    endInsertRows();
    // Other datacenters' names may have become duplicates or unique.
    if (row > 0) {
        Q_EMIT dataChanged(index(0, 0), index(row - 1, ColumnCount - 1));
    }
    return index(row, 0);
}

QModelIndex DatacenterModel::addRack(int dcRow)
{
    if (dcRow < 0 || dcRow >= datacenterCount()) {
        return {};
    }
    Dc &dc = *m_dcs[dcRow];
    QString name;
    for (int n = 1; name.isEmpty(); ++n) {
        const QString candidate = QStringLiteral("r%1").arg(n);
        if (std::none_of(dc.racks.begin(), dc.racks.end(), [&](const Rack &r) { return r.name == candidate; })) {
            name = candidate;
        }
    }
    const QModelIndex parent = index(dcRow, 0);
    const int row = int(dc.racks.size());
    beginInsertRows(parent, row, row);
    dc.racks.append(Rack{name, {}});
    endInsertRows();
    emitRowChanged(parent);
    return index(row, 0, parent);
}

bool DatacenterModel::remove(const QModelIndex &idx)
{
    if (!idx.isValid() || idx.model() != this) {
        return false;
    }
    const QModelIndex parent = idx.parent();
    if (!parent.isValid()) {
        beginRemoveRows({}, idx.row(), idx.row());
        m_dcs.erase(m_dcs.begin() + idx.row());
        endRemoveRows();
        if (!m_dcs.empty()) {
            Q_EMIT dataChanged(index(0, 0), index(datacenterCount() - 1, ColumnCount - 1));
        }
        return true;
    }
    Dc &dc = *m_dcs[parent.row()];
    if (dc.racks.size() <= 1) {
        return false;
    }
    beginRemoveRows(parent, idx.row(), idx.row());
    dc.racks.removeAt(idx.row());
    endRemoveRows();
    emitRowChanged(parent);
    return true;
}

void DatacenterModel::setNodesPerRack(int dcRow, int nodes)
{
    setData(index(dcRow, NodesColumn), nodes);
}

void DatacenterModel::setRackLabels(int dcRow, int rackRow, const QString &text)
{
    setData(index(rackRow, LabelsColumn, index(dcRow, 0)), text);
}

QList<DatacenterSpec> DatacenterModel::datacenters() const
{
    QList<DatacenterSpec> out;
    for (const auto &dc : m_dcs) {
        DatacenterSpec s;
        s.name = dc->name;
        s.size = dc->nodesPerRack * int(dc->racks.size());
        for (const Rack &r : dc->racks) {
            s.racks << r.name;
            QString ignored;
            const auto labels = parseLabels(r.labelsText, &ignored);
            if (labels && !labels->isEmpty()) {
                s.nodeAffinityLabels.insert(r.name, *labels);
            }
        }
        out << s;
    }
    return out;
}

void DatacenterModel::setDatacenters(const QList<DatacenterSpec> &dcs)
{
    beginResetModel();
    m_dcs.clear();
    for (const DatacenterSpec &s : dcs) {
        auto dc = std::make_unique<Dc>();
        dc->name = s.name;
        const QStringList racks = s.racks.isEmpty() ? QStringList{QStringLiteral("r1")} : s.racks;
        dc->nodesPerRack = std::max<int>(1, int((s.size + racks.size() - 1) / racks.size()));
        for (const QString &r : racks) {
            dc->racks.append(Rack{r, formatLabels(s.nodeAffinityLabels.value(r))});
        }
        m_dcs.push_back(std::move(dc));
    }
    endResetModel();
}

QStringList DatacenterModel::problems() const
{
    QStringList out;
    if (m_dcs.empty()) {
        out << WizardTr::tr("add at least one datacenter");
    }
    for (int d = 0; d < datacenterCount(); ++d) {
        const Dc &dc = *m_dcs[d];
        if (const QString e = nameError(d, -1); !e.isEmpty()) {
            out << e;
        }
        for (int r = 0; r < dc.racks.size(); ++r) {
            if (const QString e = nameError(d, r); !e.isEmpty()) {
                out << WizardTr::tr("datacenter %1: %2").arg(dc.name, e);
            }
            if (const QString e = labelsError(d, r); !e.isEmpty()) {
                out << WizardTr::tr("datacenter %1, rack %2: %3").arg(dc.name, dc.racks.at(r).name, e);
            }
        }
    }
    return out;
}

QString DatacenterModel::nameError(int dcRow, int rackRow) const
{
    const Dc &dc = *m_dcs[dcRow];
    if (rackRow < 0) {
        if (const QString e = Cassandra::Ops::checkDns1123Label(dc.name, WizardTr::tr("datacenter name")); !e.isEmpty()) {
            return e;
        }
        for (int i = 0; i < dcRow; ++i) {
            if (m_dcs[i]->name == dc.name) {
                return WizardTr::tr("datacenter \"%1\" is listed twice").arg(dc.name);
            }
        }
        return {};
    }
    const QString name = dc.racks.at(rackRow).name;
    if (const QString e = Cassandra::Ops::checkDns1123Label(name, WizardTr::tr("rack name")); !e.isEmpty()) {
        return e;
    }
    for (int i = 0; i < rackRow; ++i) {
        if (dc.racks.at(i).name == name) {
            return WizardTr::tr("rack \"%1\" is listed twice").arg(name);
        }
    }
    return {};
}

QString DatacenterModel::labelsError(int dcRow, int rackRow) const
{
    QString error;
    parseLabels(m_dcs[dcRow]->racks.at(rackRow).labelsText, &error);
    return error;
}

std::optional<QMap<QString, QString>> DatacenterModel::parseLabels(const QString &text, QString *error)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"));
    QMap<QString, QString> labels;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &partIn : parts) {
        const QString part = partIn.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            *error = WizardTr::tr("\"%1\" is not a label: write key=value (e.g. topology.kubernetes.io/zone=us-east-1a)").arg(part);
            return std::nullopt;
        }
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        const qsizetype slash = key.lastIndexOf(u'/');
        const QString keyName = slash < 0 ? key : key.mid(slash + 1);
        const QString prefix = slash < 0 ? QString() : key.left(slash);
        if (!name.match(keyName).hasMatch()
            || (!prefix.isEmpty() && !Cassandra::Ops::checkDns1123Subdomain(prefix, QStringLiteral("prefix")).isEmpty())) {
            *error = WizardTr::tr("\"%1\" is not a label key: [prefix/]name, the name up to 63 letters, digits, '-', '_' or '.'").arg(key);
            return std::nullopt;
        }
        if (!value.isEmpty() && !name.match(value).hasMatch()) {
            *error = WizardTr::tr("\"%1\" is not a label value: up to 63 letters, digits, '-', '_' or '.', starting and ending "
                                  "with a letter or digit")
                         .arg(value);
            return std::nullopt;
        }
        if (labels.contains(key)) {
            *error = WizardTr::tr("label \"%1\" is given twice").arg(key);
            return std::nullopt;
        }
        labels.insert(key, value);
    }
    return labels;
}

QString DatacenterModel::formatLabels(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        parts << it.key() + u'=' + it.value();
    }
    return parts.join(QLatin1String(", "));
}

QModelIndex DatacenterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, nullptr);
    }
    return createIndex(row, column, m_dcs[parent.row()].get());
}

QModelIndex DatacenterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer()) {
        return {};
    }
    const int row = rowOf(static_cast<const Dc *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int DatacenterModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return datacenterCount();
    }
    if (parent.internalPointer() || parent.column() != 0) {
        return 0;
    }
    return int(m_dcs[parent.row()]->racks.size());
}

int DatacenterModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DatacenterModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid() || !checkIndex(idx, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto *owner = static_cast<const Dc *>(idx.internalPointer());
    const bool isRack = owner != nullptr;
    const int dcRow = isRack ? rowOf(owner) : idx.row();
    const Dc &dc = *m_dcs[dcRow];
    if (role == IsRackRole) {
        return isRack;
    }
    QString error;
    if (idx.column() == NameColumn) {
        error = nameError(dcRow, isRack ? idx.row() : -1);
    } else if (idx.column() == LabelsColumn && isRack) {
        error = labelsError(dcRow, idx.row());
    }
    if (role == ErrorRole) {
        return error;
    }
    if (role == Qt::ToolTipRole) {
        if (!error.isEmpty()) {
            return error;
        }
        if (!isRack && idx.column() == NodesColumn) {
            return WizardTr::tr("Nodes in the datacenter: %1").arg(dc.nodesPerRack * int(dc.racks.size()));
        }
        if (isRack && idx.column() == LabelsColumn) {
            return WizardTr::tr("Node labels the rack's pods must be scheduled on, as key=value pairs separated by commas");
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (idx.column()) {
    case NameColumn:
        return isRack ? dc.racks.at(idx.row()).name : dc.name;
    case NodesColumn:
        if (role == Qt::EditRole) {
            return dc.nodesPerRack;
        }
        return isRack ? QVariant(dc.nodesPerRack) : QVariant(WizardTr::tr("%1 per rack (%2 in all)").arg(dc.nodesPerRack).arg(dc.nodesPerRack * int(dc.racks.size())));
    case LabelsColumn:
        return isRack ? QVariant(dc.racks.at(idx.row()).labelsText) : QVariant();
    default:
        return {};
    }
}

bool DatacenterModel::setData(const QModelIndex &idx, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !idx.isValid() || !checkIndex(idx, CheckIndexOption::IndexIsValid) || !(flags(idx) & Qt::ItemIsEditable)) {
        return false;
    }
    const auto *owner = static_cast<const Dc *>(idx.internalPointer());
    const bool isRack = owner != nullptr;
    Dc &dc = *m_dcs[isRack ? rowOf(owner) : idx.row()];
    switch (idx.column()) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (isRack) {
            dc.racks[idx.row()].name = name;
            emitRowChanged(idx.parent()); // sibling racks' duplicate checks
        } else {
            dc.name = name;
            Q_EMIT dataChanged(index(0, 0), index(datacenterCount() - 1, ColumnCount - 1));
        }
        return true;
    }
    case NodesColumn: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || isRack) {
            return false;
        }
        dc.nodesPerRack = n;
        emitRowChanged(idx.siblingAtColumn(0));
        return true;
    }
    case LabelsColumn:
        if (!isRack) {
            return false;
        }
        dc.racks[idx.row()].labelsText = value.toString().trimmed();
        Q_EMIT dataChanged(idx, idx);
        return true;
    default:
        return false;
    }
}

void DatacenterModel::emitRowChanged(const QModelIndex &dcIndex)
{
    // The datacenter row (its node count) and all its racks.
    Q_EMIT dataChanged(dcIndex.siblingAtColumn(0), dcIndex.siblingAtColumn(ColumnCount - 1));
    const int racks = rowCount(dcIndex);
    if (racks > 0) {
        Q_EMIT dataChanged(index(0, 0, dcIndex), index(racks - 1, ColumnCount - 1, dcIndex));
    }
}

Qt::ItemFlags DatacenterModel::flags(const QModelIndex &idx) const
{
    if (!idx.isValid() || !checkIndex(idx, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool isRack = idx.internalPointer() != nullptr;
    if (idx.column() == NameColumn || (idx.column() == NodesColumn && !isRack) || (idx.column() == LabelsColumn && isRack)) {
        f |= Qt::ItemIsEditable;
    }
    if (isRack) {
        f |= Qt::ItemNeverHasChildren;
    }
    return f;
}

QVariant DatacenterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return WizardTr::tr("Datacenter / rack");
    case NodesColumn:
        return WizardTr::tr("Nodes per rack");
    case LabelsColumn:
        return WizardTr::tr("Node affinity labels");
    default:
        return {};
    }
}

} // namespace Ringside::Wizard
