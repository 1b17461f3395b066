#pragma once

#include <QCoreApplication>

namespace Ringside::Cluster {

/*! The translation context of the cluster, node and fleet pages and their models. */
struct ClusterTr
{
    Q_DECLARE_TR_FUNCTIONS(Ringside::Cluster)
};

} // namespace Ringside::Cluster
