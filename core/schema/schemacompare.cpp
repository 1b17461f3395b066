#include "schema/schemacheck.h"
#include "schema/schemautil_p.h"

#include "coretr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ringside::Schema {

using namespace Detail;

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Comparison with upstream
// ---------------------------------------------------------------------------------------------------------------
class Comparer
{
public:
    QList<SchemaIssue> issues;

    void node(const QJsonObject &ours, const QJsonObject &up, const QString &path)
    {
        if (ours.contains(kType) && ours.value(kType) != up.value(kType)) {
            add(path, CoreTr::tr("type %1, upstream %2").arg(compact(ours.value(kType)), compact(up.value(kType))));
        }
        static const QLatin1StringView sameWhereSet[] = {"format"_L1,
                                                         "pattern"_L1,
                                                         "minimum"_L1,
                                                         "maximum"_L1,
                                                         "exclusiveMinimum"_L1,
                                                         "exclusiveMaximum"_L1,
                                                         "minLength"_L1,
                                                         "maxLength"_L1,
                                                         "minItems"_L1,
                                                         "maxItems"_L1,
                                                         "minProperties"_L1,
                                                         "maxProperties"_L1,
                                                         "default"_L1,
                                                         "nullable"_L1,
                                                         kIntOrString,
                                                         kMapType,
                                                         kListType,
                                                         kListMapKeys,
                                                         "x-kubernetes-embedded-resource"_L1};
        for (const QLatin1StringView key : sameWhereSet) {
            if (ours.contains(key) && ours.value(key) != up.value(key)) {
                add(path, CoreTr::tr("%1 %2, upstream %3").arg(key, compact(ours.value(key)), compact(up.value(key))));
            }
        }
        const bool modelled = ours.contains(kType) || ours.contains(kProperties) || ours.contains(kIntOrString);
        static const QLatin1StringView keptFromUpstream[]
            = {kIntOrString, kMapType, kListType, kListMapKeys, "nullable"_L1};
        for (const QLatin1StringView key : keptFromUpstream) {
            if (modelled && up.contains(key) && !ours.contains(key)) {
                add(path, CoreTr::tr("upstream sets %1 %2, ours does not").arg(key, compact(up.value(key))));
            }
        }
        enums(ours, up, path);
        if (isTrue(up, kPreserve) && !isTrue(ours, kPreserve)) {
            add(path, CoreTr::tr("upstream keeps unknown fields here, ours would prune them"));
        }
        required(ours, up, path);
        properties(ours, up, path);

        if (ours.value(kItems).isObject()) {
            if (!up.value(kItems).isObject()) {
                add(path, CoreTr::tr("ours has items, upstream has none"));
            } else {
                node(ours.value(kItems).toObject(), up.value(kItems).toObject(), path + u"[]"_s);
            }
        }
        if (ours.value(kAdditional).isObject()) {
            if (!up.value(kAdditional).isObject()) {
                add(path, CoreTr::tr("ours is a map (additionalProperties), upstream is not"));
            } else {
                node(ours.value(kAdditional).toObject(), up.value(kAdditional).toObject(), path + u".*"_s);
            }
        } else if (up.value(kAdditional).isObject() && ours.contains(kType) && !isTrue(ours, kPreserve)) {
            add(path, CoreTr::tr("upstream is a map (additionalProperties), ours would prune its entries"));
        }
    }

private:
    void add(const QString &path, const QString &message) { issues.append({path, message}); }

    void enums(const QJsonObject &ours, const QJsonObject &up, const QString &path)
    {
        if (!ours.contains(kEnum)) {
            return;
        }
        if (!up.contains(kEnum)) {
            add(path, CoreTr::tr("ours restricts the values to an enum, upstream accepts any"));
            return;
        }
        const QJsonArray upstreamValues = up.value(kEnum).toArray();
        for (const QJsonValue &v : ours.value(kEnum).toArray()) {
            if (!upstreamValues.contains(v)) {
                add(path, CoreTr::tr("enum value %1 is not an upstream value").arg(compact(v)));
            }
        }
    }

    void required(const QJsonObject &ours, const QJsonObject &up, const QString &path)
    {
        const QStringList ourRequired = stringList(ours.value(kRequired));
        const QStringList upRequired = stringList(up.value(kRequired));
        const QJsonObject ourProps = ours.value(kProperties).toObject();
        for (const QString &r : ourRequired) {
            if (!upRequired.contains(r)) {
                add(path, CoreTr::tr("ours requires \"%1\", upstream does not").arg(r));
            }
        }
        for (const QString &r : upRequired) {
            if (ourProps.contains(r) && !ourRequired.contains(r)) {
                add(path, CoreTr::tr("upstream requires \"%1\", ours does not").arg(r));
            }
        }
    }

    void properties(const QJsonObject &ours, const QJsonObject &up, const QString &path)
    {
        const QJsonObject ourProps = ours.value(kProperties).toObject();
        const QJsonObject upProps = up.value(kProperties).toObject();
        for (auto it = ourProps.begin(); it != ourProps.end(); ++it) {
            const QString child = path + u'.' + it.key();
            if (!upProps.contains(it.key())) {
                add(child, CoreTr::tr("not a field upstream"));
                continue;
            }
            node(it.value().toObject(), upProps.value(it.key()).toObject(), child);
        }
        if (ours.value(kType).toString() == "object"_L1 && !isTrue(ours, kPreserve)) {
            for (auto it = upProps.begin(); it != upProps.end(); ++it) {
                if (!ourProps.contains(it.key())) {
                    add(path + u'.' + it.key(),
                        CoreTr::tr("upstream field not modelled, and its parent does not keep unknown fields"));
                }
            }
        }
    }
};

QJsonObject versionNamed(const QJsonArray &versions, const QString &name)
{
    for (const QJsonValue &v : versions) {
        if (v.toObject().value("name"_L1).toString() == name) {
            return v.toObject();
        }
    }
    return {};
}

QJsonArray columnsKey(const QJsonObject &version)
{
    QJsonArray out;
    for (const QJsonValue &c : version.value("additionalPrinterColumns"_L1).toArray()) {
        const QJsonObject col = c.toObject();
        out.append(QJsonArray{col.value("name"_L1), col.value("type"_L1), col.value("jsonPath"_L1)});
    }
    return out;
}

} // namespace

QList<SchemaIssue> compareWithUpstream(const QJsonObject &ours, const QJsonObject &upstream)
{
    Comparer comparer;
    comparer.node(ours, upstream, QString());
    return comparer.issues;
}

QList<SchemaIssue> compareCrdWithUpstream(const QJsonObject &ours, const QJsonObject &upstream)
{
    QList<SchemaIssue> out;
    const QJsonObject spec = ours.value("spec"_L1).toObject();
    const QJsonObject upSpec = upstream.value("spec"_L1).toObject();
    for (const auto key : {"group"_L1, "scope"_L1, "names"_L1}) {
        if (spec.value(key) != upSpec.value(key)) {
            out.append({u".spec."_s + key,
                        CoreTr::tr("%1, upstream %2").arg(compact(spec.value(key)), compact(upSpec.value(key)))});
        }
    }
    const QJsonArray versions = spec.value("versions"_L1).toArray();
    const QJsonArray upVersions = upSpec.value("versions"_L1).toArray();
    QStringList names;
    for (const QJsonValue &v : versions) {
        names.append(v.toObject().value("name"_L1).toString());
    }
    for (const QJsonValue &v : upVersions) {
        const QString name = v.toObject().value("name"_L1).toString();
        if (!names.contains(name)) {
            out.append({name, CoreTr::tr("upstream version missing from ours")});
        }
    }
    for (const QJsonValue &v : versions) {
        const QJsonObject version = v.toObject();
        const QString name = version.value("name"_L1).toString();
        const QJsonObject upVersion = versionNamed(upVersions, name);
        if (upVersion.isEmpty()) {
            out.append({name, CoreTr::tr("not an upstream version")});
            continue;
        }
        for (const auto key : {"served"_L1, "storage"_L1, "subresources"_L1, "deprecated"_L1}) {
            if (version.value(key) != upVersion.value(key)) {
                out.append({name, CoreTr::tr("%1 %2, upstream %3")
                                      .arg(key, compact(version.value(key)), compact(upVersion.value(key)))});
            }
        }
        if (columnsKey(version) != columnsKey(upVersion)) {
            out.append({name, CoreTr::tr("printer columns %1, upstream %2")
                                  .arg(compact(columnsKey(version)), compact(columnsKey(upVersion)))});
        }
        for (const SchemaIssue &issue : compareWithUpstream(schemaOf(version), schemaOf(upVersion))) {
            out.append({name + u": "_s + (issue.path.isEmpty() ? u"(root)"_s : issue.path), issue.message});
        }
    }
    return out;
}

} // namespace Ringside::Schema
