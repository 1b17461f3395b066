#pragma once

// Shared by the operation forms (opforms.cpp, opformsobjects.cpp); not a public header.

#include "gui/ops/opforms.h"

class QComboBox;

namespace Ringside::Operations::Detail {

/*! Fills \a combo with the datacenters of \a cluster (data: the object name), keeping \a preset selected. */
void fillDatacenters(QComboBox *combo, const Cassandra::Domain::Cluster &cluster, const QString &preset, bool allowAll);
/*! A datacenter combo box named "datacenter". */
QComboBox *dcCombo(QWidget *parent);

OperationForm *createTaskForm(OperationType type, const Scope &scope, QWidget *parent);
OperationForm *createBackupForm(bool schedule, const Scope &scope, QWidget *parent);
OperationForm *createRestoreForm(const Scope &scope, QWidget *parent);

} // namespace Ringside::Operations::Detail
