#pragma once

#include "cassandra/ops/clusterspec.h"

#include <QAbstractItemModel>
#include <QMap>

#include <memory>
#include <optional>
#include <vector>

namespace Ringside::Wizard {

/*! The datacenters and racks of a new cluster, as a two-level tree: datacenters at the top (name, nodes per rack),
    their racks below (name, node-affinity labels). Names and labels are editable in place; a datacenter's size is
    its nodes per rack times its racks, because cass-operator spreads a datacenter's nodes evenly over its racks.
    Each cell with a problem carries it in ErrorRole (and the tooltip). \since 0.1 */
class DatacenterModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, NodesColumn, LabelsColumn, ColumnCount };
    enum Roles {
        ErrorRole = Qt::UserRole + 1, //!< QString: what is wrong with this cell, empty when fine
        IsRackRole,                   //!< bool
    };

    explicit DatacenterModel(QObject *parent = nullptr);
    ~DatacenterModel() override;

    /*! Adds a datacenter named \a name (empty: the first free "dcN") with \a racks racks r1..rN of \a nodesPerRack
        nodes; returns its index. */
    QModelIndex addDatacenter(const QString &name = {}, int racks = 3, int nodesPerRack = 1);
    /*! Adds a rack (the first free "rN") to the datacenter at \a dcRow; returns its index. */
    QModelIndex addRack(int dcRow);
    /*! Removes the datacenter or rack at \a index; the last rack of a datacenter is kept. Returns false when nothing
        was removed. */
    bool remove(const QModelIndex &index);

    int datacenterCount() const { return int(m_dcs.size()); }
    void setNodesPerRack(int dcRow, int nodes);
    /*! Sets the rack's labels from "key=value, key2=value2" text; wrong text is kept and reported in ErrorRole. */
    void setRackLabels(int dcRow, int rackRow, const QString &text);

    /*! The datacenters as the core's spec values (size = nodes per rack × racks, labels per rack). */
    QList<Cassandra::Ops::DatacenterSpec> datacenters() const;
    /*! Replaces everything with \a dcs (a model reset); sizes are divided over the racks, rounded up. */
    void setDatacenters(const QList<Cassandra::Ops::DatacenterSpec> &dcs);
    /*! Every problem of the tree, translated, one per entry ("datacenter dc1: ..."). Empty when all is valid. */
    QStringList problems() const;

    /*! Parses "key=value, key2=value2" into labels; on failure sets \a error and returns nothing. Keys are
        Kubernetes label keys ([prefix/]name), values label values. */
    static std::optional<QMap<QString, QString>> parseLabels(const QString &text, QString *error);
    /*! Writes \a labels as "key=value, key2=value2". */
    static QString formatLabels(const QMap<QString, QString> &labels);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Rack
    {
        QString name;
        QString labelsText;
    };
    struct Dc
    {
        QString name;
        int nodesPerRack = 1;
        QList<Rack> racks;
    };
    QString nameError(int dcRow, int rackRow) const;
    QString labelsError(int dcRow, int rackRow) const;
    void emitRowChanged(const QModelIndex &first);

    int rowOf(const Dc *dc) const;

    std::vector<std::unique_ptr<Dc>> m_dcs; // stable addresses: a rack's index points at its datacenter
};

} // namespace Ringside::Wizard
