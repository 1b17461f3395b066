#pragma once

#include "resourcetype.h"

#include <QHash>
#include <QObject>

namespace Ringside::Sandbox {

/*! Every resource the server serves: the built-in kinds, plus one entry per served version of every
    established CustomResourceDefinition. CRDs come and go at run time (POST/DELETE of
    customresourcedefinitions), as on a real server. \since 0.1 */
class Registry : public QObject
{
    Q_OBJECT
public:
    explicit Registry(QObject *parent = nullptr);

    /*! The resource at group/version with that plural name (or nullptr). */
    const ResourceType *find(QStringView group, QStringView version, QStringView resource) const;
    /*! The resource serving \a kind at group/version (or nullptr). */
    const ResourceType *findKind(QStringView group, QStringView version, QStringView kind) const;
    /*! Every version of a group's resource (for storage-wide operations). */
    QList<const ResourceType *> versionsOf(QStringView group, QStringView resource) const;
    /*! All resources, built-ins first, in a stable order. */
    QList<const ResourceType *> all() const;
    /*! Groups in discovery order: the core group "" first, then built-in groups, then CRD groups by name. */
    QStringList groups() const;
    /*! The versions a group serves, preferred first. */
    QStringList versions(const QString &group) const;
    QString preferredVersion(const QString &group) const;
    bool hasGroupVersion(QStringView group, QStringView version) const;
    bool isBuiltinGroupVersion(QStringView group, QStringView version) const;

    /*! Serves the versions of \a crd (an apiextensions.k8s.io/v1 CustomResourceDefinition); replaces what an
        earlier CRD of the same name served. */
    void applyCrd(const QJsonObject &crd);
    /*! Stops serving the CRD named \a name. */
    void removeCrd(const QString &name);
    /*! Increases whenever the set of served resources changes (discovery caches use it). */
    quint64 generation() const { return m_generation; }

    /*! The ResourceTypes one CRD object describes (exposed for tests). */
    static QList<ResourceType> typesFromCrd(const QJsonObject &crd);

Q_SIGNALS:
    void changed();

private:
    void addBuiltins();
    void rebuildIndex();

    QList<ResourceType> m_builtins;
    QHash<QString, QList<ResourceType>> m_custom; //!< by CRD name
    QList<const ResourceType *> m_all;
    QHash<QString, const ResourceType *> m_byResource; //!< "group/version/resource"
    QHash<QString, const ResourceType *> m_byKind;     //!< "group/version/Kind"
    quint64 m_generation = 0;
};

} // namespace Ringside::Sandbox
