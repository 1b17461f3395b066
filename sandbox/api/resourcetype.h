#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ringside::Sandbox {

/*! A CRD additionalPrinterColumn (or a built-in printer column). \since 0.1 */
struct PrinterColumn
{
    QString name;
    QString type; //!< string, integer, number, boolean, date
    QString format;
    QString description;
    QString jsonPath;
    int priority = 0;
};

/*! One served resource at one group/version: what discovery, routing, validation and printing need.
    \since 0.1 */
struct ResourceType
{
    enum class Origin { Builtin, Custom };

    QString group; //!< "" for the core group
    QString version;
    QString resource; //!< plural, lower case
    QString kind;
    QString singular;
    QString listKind;
    bool namespaced = true;
    QStringList verbs;
    QStringList shortNames;
    QStringList categories;
    QStringList subresources; //!< status, scale, log, exec, portforward, proxy, ...
    Origin origin = Origin::Builtin;
    QString schemaRef;            //!< built-in: the OpenAPI definition name of the kind
    QJsonObject crdSchema;        //!< custom: the version's openAPIV3Schema
    QList<PrinterColumn> columns; //!< custom: additionalPrinterColumns
    QString crdName;              //!< custom: the CRD's metadata.name
    bool storageVersion = true;   //!< custom: the version objects are stored in
    QStringList selectableFields; //!< custom: spec.versions[].selectableFields jsonPaths

    bool isValid() const { return !resource.isEmpty(); }
    QString apiVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
    /*! "deployments.apps", "pods": how errors name the resource. */
    QString groupResource() const { return group.isEmpty() ? resource : resource + u'.' + group; }
    /*! Where objects live, shared by all versions of the resource ("apps/deployments", "/pods"). */
    QString storageKey() const;
    bool hasSubresource(QStringView name) const { return subresources.contains(name); }
    bool isCustom() const { return origin == Origin::Custom; }
};

} // namespace Ringside::Sandbox
