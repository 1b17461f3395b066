#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ringside::Schema {

/*! One finding about a schema, at a place in it.
    \a path names the data the schema node describes: `.spec.racks[].name` (`[]` for array items,
    `.*` for the values of a map, empty for the root). \since 0.1 */
struct SchemaIssue
{
    QString path;
    QString message;
    /*! "path: message", or the bare message at the root. */
    QString toString() const;
    bool operator==(const SchemaIssue &other) const = default;
};

/*! Checks the rules a Kubernetes API server applies to an `openAPIV3Schema` before it accepts a
    CustomResourceDefinition (a "structural schema"): every node has a type, unless it is
    `x-kubernetes-int-or-string` or `x-kubernetes-preserve-unknown-fields`; arrays have items; properties only on
    objects and never together with additionalProperties; list-map keys exist and are required or defaulted;
    enum and default values have the node's type; no `$ref`; metadata restricts nothing but name and
    generateName. Returns every problem found, or an empty list. \since 0.1 */
QList<SchemaIssue> structuralProblems(const QJsonObject &openApiV3Schema);

/*! Checks a whole apiextensions.k8s.io/v1 CustomResourceDefinition: the names (metadata.name is
    `<plural>.<group>`, lowercase plural and short names), the scope, the versions (at least one served, exactly
    one storage, unique names, a schema each), the printer columns, and every version's schema with
    structuralProblems(). Paths start with the version, as in `v1alpha1: .spec.size`. \since 0.1 */
QList<SchemaIssue> crdProblems(const QJsonObject &crd);

/*! Compares one of our (lenient) schemas with the upstream schema of the same kind and version, node by node.
    Our schema may model less than upstream, but what it models must agree:
    - every property we declare exists upstream, with the same `type`, and the same `format`, `pattern`,
      bounds, `default`, `nullable` and `x-kubernetes-*` markers where we set them;
    - the enum values we declare are a subset of upstream's, and we declare none where upstream has none;
    - we require nothing upstream does not, and require what upstream requires among the fields we model;
    - where upstream preserves unknown fields, so do we; and an object we do not mark as preserving unknown
      fields models every upstream property of it (else we would prune what upstream keeps);
    - upstream's list and map markers (`x-kubernetes-list-type` and so on) are kept where we model the node.
    Returns every mismatch with its path, or an empty list when the schemas agree. \since 0.1 */
QList<SchemaIssue> compareWithUpstream(const QJsonObject &ours, const QJsonObject &upstream);

/*! Compares two CustomResourceDefinitions of the same resource: group, names, scope, the set of versions with
    served/storage/subresources and printer columns (name, type, jsonPath), and every version's schema with
    compareWithUpstream(). Paths of schema mismatches start with the version. \since 0.1 */
QList<SchemaIssue> compareCrdWithUpstream(const QJsonObject &ours, const QJsonObject &upstream);

} // namespace Ringside::Schema
