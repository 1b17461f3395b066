#pragma once

#include "auth/identity.h"
#include "resourcetype.h"
#include "status.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace Ringside::Sandbox {

class ObjectStore;
class Registry;
class Schemas;
struct StoredObject;

/*! Who writes and how: the options every write shares. \since 0.1 */
struct WriteOptions
{
    enum class FieldValidation { Ignore, Warn, Strict };
    UserInfo user;
    QString fieldManager; //!< explicit fieldManager, or derived from the User-Agent
    bool dryRun = false;
    FieldValidation fieldValidation = FieldValidation::Warn;
};

/*! The result of a read or write: an object in its served form (with kind/apiVersion), or an error. \since 0.1 */
struct ObjectResult
{
    QJsonObject object;
    int status = 200;
    std::optional<ApiError> error;
    QStringList warnings;
    bool ok() const { return !error.has_value(); }
    static ObjectResult failure(const ApiError &e)
    {
        ObjectResult r;
        r.error = e;
        r.status = e.code;
        return r;
    }
};

/*! Query options of list, watch and deletecollection. \since 0.1 */
struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
    qint64 limit = 0;
    QString continueToken;
    QString resourceVersion;
    QString resourceVersionMatch;
    bool hasResourceVersion = false;
};

/*! One item of a list: a stored object (fast path, cached JSON) or an object from a snapshot. \since 0.1 */
struct ListItem
{
    const StoredObject *stored = nullptr;
    QJsonObject object;
    const QJsonObject &value() const;
    QByteArray json() const;
};

struct ListResult
{
    QList<ListItem> items;
    QString resourceVersion;
    QString continueToken;
    qint64 remainingItemCount = -1;
    std::optional<ApiError> error;
    bool ok() const { return !error.has_value(); }
};

/*! Options of a delete. \since 0.1 */
struct DeleteOptions
{
    QString propagationPolicy; //!< Orphan, Background, Foreground, or empty for the kind's default
    std::optional<qint64> gracePeriodSeconds;
    QString preconditionUid;
    QString preconditionResourceVersion;
    std::optional<bool> orphanDependents; //!< deprecated field, still honoured
};

/*! Patch types the server accepts. \since 0.1 */
enum class PatchType { Json, Merge, Strategic, Apply };

/*! The semantics of the API, independent of HTTP: admission (metadata, defaults, validation, pruning),
    optimistic concurrency, the status subresource, generation, finalizers and graceful deletion, dry runs,
    managed fields and every patch type. The HTTP handlers call it; the simulated operators call it directly
    (in process, as a trusted user). Objects go in and come out in their served form. \since 0.1 */
class ResourceService : public QObject
{
    Q_OBJECT
public:
    ResourceService(Registry *registry, ObjectStore *store, Schemas *schemas, QObject *parent = nullptr);

    Registry *registry() const { return m_registry; }
    ObjectStore *store() const { return m_store; }
    Schemas *schemas() const { return m_schemas; }

    ObjectResult get(const ResourceType &type, const QString &ns, const QString &name) const;
    ListResult list(const ResourceType &type, const QString &ns, const ListOptions &options) const;

    ObjectResult create(const ResourceType &type, const QString &ns, QJsonObject object, const WriteOptions &options);
    ObjectResult update(const ResourceType &type, const QString &ns, const QString &name, QJsonObject object,
                        const WriteOptions &options, const QString &subresource = {});
    ObjectResult patch(const ResourceType &type, const QString &ns, const QString &name, PatchType patchType,
                       const QByteArray &patch, const WriteOptions &options, const QString &subresource = {},
                       bool force = false);
    ObjectResult remove(const ResourceType &type, const QString &ns, const QString &name,
                        const DeleteOptions &deleteOptions, const WriteOptions &options);
    /*! Deletes every object a list with \a listOptions would return; the result is the list of deleted objects. */
    ObjectResult removeCollection(const ResourceType &type, const QString &ns, const ListOptions &listOptions,
                                  const DeleteOptions &deleteOptions, const WriteOptions &options);

    /*! Converts a stored object into its served form for \a type (kind, apiVersion, event shapes). */
    QJsonObject toServed(const ResourceType &type, const QJsonObject &stored) const;
    /*! The served JSON of a stored object (fast path for lists and watches). */
    QByteArray servedJson(const ResourceType &type, const ListItem &item, bool withTypeMeta) const;
    /*! The value of a field selector field of a stored object ("" when absent). */
    QString fieldValue(const ResourceType &type, const QJsonObject &stored, const QString &field) const;
    /*! Checks that a field selector only uses fields the kind supports. */
    std::optional<ApiError> checkFieldSelector(const ResourceType &type, const QString &selector) const;

    /*! The fieldManager of a request without one: the User-Agent up to the first '/'. */
    static QString managerFromUserAgent(const QByteArray &userAgent);

    /*! Decides whether a namespace can take new objects (exists, not terminating). */
    std::optional<ApiError> checkNamespaceWritable(const ResourceType &type, const QString &ns,
                                                   const QString &name) const;

private:
    friend class DeletionHelper;
    QJsonObject toStorage(const ResourceType &type, QJsonObject served) const;
    /*! Validates, prunes, defaults and stores a changed object; the common tail of update, patch and apply. */
    ObjectResult commitUpdate(const ResourceType &type, const StoredObject &old, QJsonObject candidate,
                              const WriteOptions &options, const QString &subresource, bool applyOperation);
    std::optional<ApiError> admit(const ResourceType &type, QJsonObject &object, const QJsonObject *old,
                                  const WriteOptions &options, QStringList *warnings, const QString &subresource) const;
    ObjectResult createImpl(const ResourceType &type, const QString &ns, QJsonObject body, const WriteOptions &options,
                            bool presetManagedFields);
    ObjectResult applyPatch(const ResourceType &type, const QString &ns, const QString &name, const QByteArray &patch,
                            const WriteOptions &options, const QString &subresource, bool force);
    ObjectResult finishDelete(const ResourceType &type, const QString &key, const QJsonObject &stored,
                              const WriteOptions &options);

    Registry *m_registry;
    ObjectStore *m_store;
    Schemas *m_schemas;
};

} // namespace Ringside::Sandbox
