#pragma once

// Before a write: a read-only context refuses it, and the server is asked (SelfSubjectAccessReview) whether the user
// may make it.

#include "cassandra/ops/operation.h"

#include <QJsonObject>
#include <QSet>

namespace Ringside::Cassandra::Ops {

/*! One permission a change needs: verb on group/resource in a namespace, in a context. \since 0.1 */
struct AccessCheck
{
    QString context;
    QString verb;     //!< create, patch, delete
    QString group;
    QString resource; //!< plural
    QString nameSpace;
    QString name;
    bool isValid() const { return !verb.isEmpty() && !resource.isEmpty(); }
    /*! The SelfSubjectAccessReview (authorization.k8s.io/v1) to POST. */
    QJsonObject reviewObject() const;
    /*! "create cassandratasks.control.k8ssandra.io in namespace ns". */
    QString toString() const;
    friend bool operator==(const AccessCheck &, const AccessCheck &) = default;
};

/*! The answer to an AccessCheck. \since 0.1 */
struct AccessDecision
{
    bool allowed = false;
    QString reason; //!< the server's status.reason (or evaluationError)
    /*! Reads a SelfSubjectAccessReview response. */
    static AccessDecision fromReview(const QJsonObject &review);
};

/*! The plural resource of a Cassandra-related kind ("CassandraTask" -> "cassandratasks"). \since 0.1 */
QString pluralOf(const QString &kind);

/*! The permissions \a op needs, one per change (server-side apply is a patch; new objects are created). \since 0.1 */
QList<AccessCheck> requiredAccess(const Operation &op);

/*! Refuses writes to contexts marked read-only (a production safety switch kept in settings). \since 0.1 */
class WriteGuard
{
public:
    WriteGuard() = default;
    explicit WriteGuard(const QSet<QString> &readOnlyContexts)
        : m_readOnly(readOnlyContexts)
    {}
    void setReadOnly(const QString &context, bool readOnly);
    bool isReadOnly(const QString &context) const { return m_readOnly.contains(context); }
    /*! Why \a op must not be sent (translated), or an empty string when it may. */
    QString refusal(const Operation &op) const;

private:
    QSet<QString> m_readOnly;
};

/*! The key, in Ringside's settings file, of the list of read-only contexts (a string list). The app's settings dialog
    writes it; the app and the CLI read it. \since 0.1 */
QString readOnlyContextsSettingsKey();

/*! Ringside's settings file, shared by the app and the CLI: $XDG_CONFIG_HOME/Ringside/ringside.ini on Linux. \since 0.1 */
QString defaultSettingsFile();

/*! The contexts Ringside must not write to: those of \a envList (RINGSIDE_READ_ONLY_CONTEXTS, comma-separated) plus
    the list stored under readOnlyContextsSettingsKey() in \a settingsFile (empty: defaultSettingsFile()). A missing
    settings file adds nothing. \since 0.1 */
QSet<QString> readOnlyContexts(const QString &envList, const QString &settingsFile = {});

/*! Writes \a contexts as the read-only list of \a settingsFile (empty: defaultSettingsFile()); false with \a error
    when the file cannot be written. \since 0.1 */
bool storeReadOnlyContexts(const QStringList &contexts, const QString &settingsFile = {}, QString *error = nullptr);

/*! The message for a write the server would refuse. \since 0.1 */
QString permissionRefusal(const AccessCheck &check, const AccessDecision &decision);

} // namespace Ringside::Cassandra::Ops
