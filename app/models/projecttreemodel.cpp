#include "projecttreemodel.h"

#include "modelstr.h"
#include "projecttree.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QPalette>
#include <QSet>

namespace Ringside {

struct ProjectTreeModel::Item
{
    NodeKind kind = NodeKind::Context;
    Item *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;
    // Context data
    KubeContext context;
    QString server;
    QString authKind;
    ConnectionState state = ConnectionState::NotConnected;
    QString errorText;
    // Nodes below a context
    std::unique_ptr<TreeNodeData> node;
};

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ProjectTreeModel::~ProjectTreeModel() = default;

void ProjectTreeModel::setKubeconfig(const Kubeconfig &config)
{
    beginResetModel();
    m_contexts.clear();
    m_currentContext = config.currentContext;
    int row = 0;
    for (const KubeContext &c : config.contexts) {
        auto item = std::make_unique<Item>();
        item->kind = NodeKind::Context;
        item->row = row++;
        item->context = c;
        if (const auto cluster = config.cluster(c.cluster)) {
            item->server = cluster->server;
        }
        if (const auto user = config.user(c.user)) {
            item->authKind = user->authKind();
        }
        m_contexts.push_back(std::move(item));
    }
    if (!indexOfContext(m_activeContext).isValid()) {
        m_activeContext = indexOfContext(m_currentContext).isValid() ? m_currentContext : QString();
    }
    endResetModel();
}

void ProjectTreeModel::setActiveContext(const QString &name)
{
    if (name == m_activeContext) {
        return;
    }
    const QModelIndex before = indexOfContext(m_activeContext);
    m_activeContext = name;
    const QModelIndex after = indexOfContext(name);
    for (const QModelIndex &i : {before, after}) {
        if (i.isValid()) {
            Q_EMIT dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
        }
    }
}

void ProjectTreeModel::setConnectionState(const QString &context, ConnectionState state, const QString &errorText)
{
    const QModelIndex i = indexOfContext(context);
    if (!i.isValid()) {
        return;
    }
    Item *item = itemFor(i);
    item->state = state;
    item->errorText = errorText;
    Q_EMIT dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
}

std::unique_ptr<ProjectTreeModel::Item> ProjectTreeModel::makeItem(const TreeNodeData &data, Item *parent, int row) const
{
    auto item = std::make_unique<Item>();
    item->kind = data.kind;
    item->parent = parent;
    item->row = row;
    item->node = std::make_unique<TreeNodeData>(data);
    item->node->children.clear();
    int childRow = 0;
    for (const TreeNodeData &child : data.children) {
        item->children.push_back(makeItem(child, item.get(), childRow++));
    }
    return item;
}

void ProjectTreeModel::syncChildren(Item *parent, const QModelIndex &parentIndex, const QList<TreeNodeData> &wanted)
{
    // Both lists are sorted by key: remove what is gone, update what stays, insert what is new in place.
    QSet<QString> wantedKeys;
    for (const TreeNodeData &w : wanted) {
        wantedKeys.insert(w.key);
    }
    for (int i = int(parent->children.size()) - 1; i >= 0; --i) {
        if (!wantedKeys.contains(parent->children.at(size_t(i))->node->key)) {
            beginRemoveRows(parentIndex, i, i);
            parent->children.erase(parent->children.begin() + i);
            for (size_t r = size_t(i); r < parent->children.size(); ++r) {
                parent->children.at(r)->row = int(r);
            }
            endRemoveRows();
        }
    }
    for (int i = 0; i < int(wanted.size()); ++i) {
        const TreeNodeData &w = wanted.at(i);
        if (i < int(parent->children.size()) && parent->children.at(size_t(i))->node->key == w.key) {
            Item *existing = parent->children.at(size_t(i)).get();
            const QModelIndex index = createIndex(i, 0, existing);
            if (!existing->node->sameContent(w)) {
                TreeNodeData copy = w;
                copy.children.clear();
                *existing->node = copy;
                Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
            }
            syncChildren(existing, index, w.children);
            continue;
        }
        beginInsertRows(parentIndex, i, i);
        parent->children.insert(parent->children.begin() + i, makeItem(w, parent, i));
        for (size_t r = size_t(i) + 1; r < parent->children.size(); ++r) {
            parent->children.at(r)->row = int(r);
        }
        endInsertRows();
    }
}

void ProjectTreeModel::setContextTree(const QString &context, const QList<TreeNodeData> &children)
{
    const QModelIndex index = indexOfContext(context);
    if (!index.isValid()) {
        return;
    }
    syncChildren(itemFor(index), index, children);
}

const ProjectTreeModel::Item *ProjectTreeModel::contextOf(const Item *item)
{
    while (item && item->parent) {
        item = item->parent;
    }
    return item;
}

QModelIndex ProjectTreeModel::indexOfContext(const QString &name) const
{
    if (name.isEmpty()) {
        return {};
    }
    for (const auto &item : m_contexts) {
        if (item->context.name == name) {
            return createIndex(item->row, 0, item.get());
        }
    }
    return {};
}

int ProjectTreeModel::contextCount() const
{
    return int(m_contexts.size());
}

ProjectTreeModel::Item *ProjectTreeModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : nullptr;
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < int(m_contexts.size()) ? createIndex(row, column, m_contexts.at(size_t(row)).get()) : QModelIndex();
    }
    if (parent.column() != 0) {
        return {};
    }
    const Item *p = itemFor(parent);
    return row < int(p->children.size()) ? createIndex(row, column, p->children.at(size_t(row)).get()) : QModelIndex();
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    const Item *item = itemFor(child);
    if (!item || !item->parent) {
        return {};
    }
    return createIndex(item->parent->row, 0, item->parent);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_contexts.size());
    }
    if (parent.column() != 0) {
        return 0;
    }
    return int(itemFor(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

namespace {
QIcon contextIcon(ProjectTreeModel::ConnectionState state, bool current)
{
    // Our own icons: a desktop without an icon theme (or the build root) shows the same tree.
    switch (state) {
    case ProjectTreeModel::ConnectionState::Failed: return QIcon(QStringLiteral(":/icons/context-error.svg"));
    case ProjectTreeModel::ConnectionState::Connected:
        if (!current) {
            return QIcon(QStringLiteral(":/icons/context-connected.svg"));
        }
        break;
    case ProjectTreeModel::ConnectionState::NotConnected:
    case ProjectTreeModel::ConnectionState::Connecting: break;
    }
    return QIcon(current ? QStringLiteral(":/icons/context-current.svg") : QStringLiteral(":/icons/context.svg"));
}
} // namespace

namespace {
QString contextStateText(ProjectTreeModel::ConnectionState state, bool current)
{
    switch (state) {
    case ProjectTreeModel::ConnectionState::NotConnected: return current ? ModelsTr::tr("current") : QString();
    case ProjectTreeModel::ConnectionState::Connecting: return ModelsTr::tr("connecting…");
    case ProjectTreeModel::ConnectionState::Connected: return ModelsTr::tr("connected");
    case ProjectTreeModel::ConnectionState::Failed: return ModelsTr::tr("cannot connect");
    }
    return {};
}

// A small padlock: the read-only badge.
QIcon readOnlyIcon()
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor amber(0xd9, 0x8e, 0x04);
    p.setPen(QPen(amber, 3.5));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(9, 3, 14, 16), 0, 180 * 16);
    p.drawLine(QPointF(9, 11), QPointF(9, 15));
    p.drawLine(QPointF(23, 11), QPointF(23, 15));
    p.setPen(Qt::NoPen);
    p.setBrush(amber);
    p.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(16, 21), 2.5, 2.5);
    return QIcon(pm);
}
} // namespace

void ProjectTreeModel::setReadOnlyContexts(const QSet<QString> &contexts)
{
    if (contexts == m_readOnly) {
        return;
    }
    const QSet<QString> changed = (contexts - m_readOnly) + (m_readOnly - contexts);
    m_readOnly = contexts;
    for (const QString &name : changed) {
        const QModelIndex ctx = indexOfContext(name);
        if (ctx.isValid()) {
            Q_EMIT dataChanged(ctx, ctx.siblingAtColumn(StatusColumn));
        }
    }
}

QVariant ProjectTreeModel::contextData(const Item &item, int column, int role) const
{
    const bool current = item.context.name == m_currentContext;
    const bool active = item.context.name == m_activeContext;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            return item.context.name;
        }
        if (m_readOnly.contains(item.context.name)) {
            const QString state = contextStateText(item.state, current);
            return state.isEmpty() ? ModelsTr::tr("read-only") : ModelsTr::tr("read-only · %1").arg(state);
        }
        switch (item.state) {
        case ConnectionState::NotConnected: return current ? ModelsTr::tr("current") : QString();
        case ConnectionState::Connecting: return ModelsTr::tr("connecting…");
        case ConnectionState::Connected: return ModelsTr::tr("connected");
        case ConnectionState::Failed: return ModelsTr::tr("cannot connect");
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = ModelsTr::tr("<b>%1</b><br>Cluster: %2<br>Server: %3<br>User: %4 (%5)<br>Namespace: %6<br>From: %7")
                          .arg(item.context.name.toHtmlEscaped(), item.context.cluster.toHtmlEscaped(), item.server.toHtmlEscaped(),
                               item.context.user.toHtmlEscaped(), item.authKind.toHtmlEscaped(),
                               item.context.nameSpace.isEmpty() ? ModelsTr::tr("default") : item.context.nameSpace.toHtmlEscaped(),
                               item.context.sourceFile.toHtmlEscaped());
        if (current) {
            tip += u"<br>" + ModelsTr::tr("This is the kubeconfig's current-context.");
        }
        if (m_readOnly.contains(item.context.name)) {
            tip += u"<br>" + ModelsTr::tr("Read-only: Ringside does not write to this context.");
        }
        if (!item.errorText.isEmpty()) {
            tip += u"<br><font color='red'>" + item.errorText.toHtmlEscaped() + u"</font>";
        }
        return tip;
    }
    case Qt::FontRole:
        if (column == NameColumn && (current || active)) {
            QFont f;
            f.setBold(active);
            f.setItalic(current && !active);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn) {
            return contextIcon(item.state, current);
        }
        if (column == StatusColumn && m_readOnly.contains(item.context.name)) {
            return readOnlyIcon();
        }
        return {};
    case ReadOnlyRole: return m_readOnly.contains(item.context.name);
    case Qt::AccessibleTextRole:
        return current ? ModelsTr::tr("%1, current context").arg(item.context.name) : item.context.name;
    case KindRole: return QVariant::fromValue(item.kind);
    case ContextNameRole: return item.context.name;
    case TreeContextRole: return item.context.name;
    case IsCurrentContextRole: return current;
    case IsActiveContextRole: return active;
    case ServerRole: return item.server;
    case AuthKindRole: return item.authKind;
    case SourceFileRole: return item.context.sourceFile;
    case ConnectionStateRole: return QVariant::fromValue(item.state);
    case ErrorTextRole: return item.errorText;
    default: return {};
    }
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Item *item = itemFor(index);
    if (item->kind == NodeKind::Context) {
        return contextData(*item, index.column(), role);
    }
    return nodeData(*item, index.column(), role);
}

namespace {
QIcon healthIcon(TreeNodeData::Health health, ProjectTreeModel::NodeKind kind)
{
    switch (health) {
    case TreeNodeData::Health::Ok: return QIcon(QStringLiteral(":/icons/context-connected.svg"));
    case TreeNodeData::Health::Progressing: return QIcon(QStringLiteral(":/icons/health-progress.svg"));
    case TreeNodeData::Health::Warning: return QIcon(QStringLiteral(":/icons/health-warning.svg"));
    case TreeNodeData::Health::Error: return QIcon(QStringLiteral(":/icons/context-error.svg"));
    case TreeNodeData::Health::Unknown: break;
    }
    return kind == ProjectTreeModel::NodeKind::Project ? QIcon(QStringLiteral(":/icons/project.svg")) : QIcon();
}
} // namespace

QVariant ProjectTreeModel::nodeData(const Item &item, int column, int role) const
{
    const TreeNodeData &n = *item.node;
    switch (role) {
    case Qt::DisplayRole: return column == NameColumn ? n.text : n.status;
    case Qt::ToolTipRole: return n.toolTip;
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(healthIcon(n.health, n.kind)) : QVariant();
    case Qt::AccessibleTextRole: return n.status.isEmpty() ? n.text : n.text + QLatin1String(", ") + n.status;
    case KindRole: return QVariant::fromValue(item.kind);
    case ContextNameRole: return n.context.isEmpty() ? contextOf(&item)->context.name : n.context;
    case TreeContextRole: return contextOf(&item)->context.name;
    case RemoteContextRole: return n.context;
    case NamespaceRole: return n.nameSpace;
    case ObjectNameRole: return n.key;
    case ReadOnlyRole: return m_readOnly.contains(n.context.isEmpty() ? contextOf(&item)->context.name : n.context);
    default: return {};
    }
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn: return ModelsTr::tr("Name");
    case StatusColumn: return ModelsTr::tr("Status");
    default: return {};
    }
}

QHash<int, QByteArray> ProjectTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ContextNameRole, "contextName");
    names.insert(IsCurrentContextRole, "isCurrentContext");
    names.insert(IsActiveContextRole, "isActiveContext");
    names.insert(ServerRole, "server");
    names.insert(AuthKindRole, "authKind");
    names.insert(SourceFileRole, "sourceFile");
    names.insert(ConnectionStateRole, "connectionState");
    names.insert(ErrorTextRole, "errorText");
    names.insert(NamespaceRole, "namespace");
    names.insert(ObjectNameRole, "objectName");
    names.insert(ReadOnlyRole, "readOnly");
    names.insert(RemoteContextRole, "remoteContext");
    names.insert(TreeContextRole, "treeContext");
    return names;
}

} // namespace Ringside
