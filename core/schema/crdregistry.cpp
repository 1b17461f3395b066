#include "schema/crdregistry.h"

#include "schema/schemacheck.h"
#include "yaml/yamljson.h"
#include "yaml/yamlnode_p.h"

#include "coretr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSchema, "ringside.schema", QtWarningMsg)

namespace Ringside::Schema {

// ---------------------------------------------------------------------------------------------------------------
// Crd
// ---------------------------------------------------------------------------------------------------------------
Crd::Crd(const QJsonObject &object, CrdSource source, const QString &origin)
    : m_object(object)
    , m_source(source)
    , m_origin(origin)
{}

namespace {

QJsonObject specOf(const QJsonObject &crd)
{
    return crd.value("spec"_L1).toObject();
}

QJsonObject namesOf(const QJsonObject &crd)
{
    return specOf(crd).value("names"_L1).toObject();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        out.append(e.toString());
    }
    return out;
}

} // namespace

bool Crd::isValid() const
{
    return !group().isEmpty() && !kind().isEmpty() && !plural().isEmpty() && !versions().isEmpty();
}

QString Crd::name() const
{
    return m_object.value("metadata"_L1).toObject().value("name"_L1).toString();
}

QString Crd::group() const
{
    return specOf(m_object).value("group"_L1).toString();
}

QString Crd::kind() const
{
    return namesOf(m_object).value("kind"_L1).toString();
}

QString Crd::listKind() const
{
    const QString listKind = namesOf(m_object).value("listKind"_L1).toString();
    return listKind.isEmpty() ? kind() + u"List"_s : listKind;
}

QString Crd::plural() const
{
    return namesOf(m_object).value("plural"_L1).toString();
}

QString Crd::singular() const
{
    const QString singular = namesOf(m_object).value("singular"_L1).toString();
    return singular.isEmpty() ? kind().toLower() : singular;
}

QStringList Crd::shortNames() const
{
    return strings(namesOf(m_object).value("shortNames"_L1));
}

QStringList Crd::categories() const
{
    return strings(namesOf(m_object).value("categories"_L1));
}

bool Crd::isNamespaced() const
{
    return specOf(m_object).value("scope"_L1).toString() == "Namespaced"_L1;
}

QStringList Crd::versions() const
{
    QStringList out;
    for (const QJsonValue &v : specOf(m_object).value("versions"_L1).toArray()) {
        out.append(v.toObject().value("name"_L1).toString());
    }
    return out;
}

QStringList Crd::servedVersions() const
{
    QStringList out;
    for (const QJsonValue &v : specOf(m_object).value("versions"_L1).toArray()) {
        if (v.toObject().value("served"_L1).toBool()) {
            out.append(v.toObject().value("name"_L1).toString());
        }
    }
    return out;
}

QString Crd::storageVersion() const
{
    for (const QJsonValue &v : specOf(m_object).value("versions"_L1).toArray()) {
        if (v.toObject().value("storage"_L1).toBool()) {
            return v.toObject().value("name"_L1).toString();
        }
    }
    return {};
}

QJsonObject Crd::version(const QString &version) const
{
    for (const QJsonValue &v : specOf(m_object).value("versions"_L1).toArray()) {
        if (v.toObject().value("name"_L1).toString() == version) {
            return v.toObject();
        }
    }
    return {};
}

bool Crd::hasStatusSubresource(const QString &version) const
{
    return this->version(version).value("subresources"_L1).toObject().contains("status"_L1);
}

QJsonObject Crd::openApiSchema(const QString &version) const
{
    return this->version(version).value("schema"_L1).toObject().value("openAPIV3Schema"_L1).toObject();
}

// ---------------------------------------------------------------------------------------------------------------
// Reading CRD files
// ---------------------------------------------------------------------------------------------------------------
namespace {

// The node of a document a problem path points at, for its line: ".spec.names.plural" walks the CRD;
// "v1alpha1: .spec.size" walks that version's schema through properties, items ([]) and map values (.*).
YAML::Node nodeForIssue(const YAML::Node &doc, const QString &issuePath)
{
    auto child = [](const YAML::Node &n, const std::string &key) -> YAML::Node {
        if (n.IsMap() && n[key].IsDefined()) {
            return n[key];
        }
        return YAML::Node(YAML::NodeType::Undefined);
    };
    auto walk = [&child](YAML::Node n, const QString &path, bool schema) -> YAML::Node {
        const QStringList segments = path.split(u'.', Qt::SkipEmptyParts);
        for (QString segment : segments) {
            int items = 0;
            while (segment.endsWith("[]"_L1)) {
                segment.chop(2);
                ++items;
            }
            YAML::Node next;
            if (!schema) {
                next = child(n, segment.toStdString());
            } else if (segment == "*"_L1) {
                next = child(n, "additionalProperties");
            } else {
                next = child(child(n, "properties"), segment.toStdString());
            }
            for (int i = 0; i < items && next.IsDefined(); ++i) {
                next = child(next, "items");
            }
            if (!next.IsDefined()) {
                break; // the deepest node found is close enough
            }
            n = next;
        }
        return n;
    };
    if (issuePath.startsWith(u'.')) {
        return walk(doc, issuePath, false);
    }
    const QString versionName = issuePath.section(": "_L1, 0, 0);
    const YAML::Node versions = child(child(doc, "spec"), "versions");
    if (versions.IsSequence()) {
        for (const YAML::Node &v : versions) {
            if (v.IsMap() && v["name"].IsScalar() && QString::fromStdString(v["name"].Scalar()) == versionName) {
                const YAML::Node schema = child(child(v, "schema"), "openAPIV3Schema");
                const QString rest = issuePath.section(": "_L1, 1);
                if (!schema.IsDefined() || rest.isEmpty() || rest == "(root)"_L1) {
                    return v;
                }
                return walk(schema, rest, true);
            }
        }
    }
    return doc;
}

QString placed(const QString &fileName, const Yaml::Mark &mark, const QString &message)
{
    if (!mark.isValid()) {
        return fileName + u": "_s + message;
    }
    return u"%1:%2:%3: %4"_s.arg(fileName).arg(mark.line).arg(mark.column).arg(message);
}

} // namespace

CrdFileResult parseCrdText(const QByteArray &text, const QString &fileName)
{
    CrdFileResult result;
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(std::string(text.constData(), size_t(text.size())));
    } catch (const YAML::Exception &e) {
        const Yaml::Mark mark = e.mark.is_null() ? Yaml::Mark{} : Yaml::Mark{e.mark.line + 1, e.mark.column + 1};
        result.error = placed(fileName, mark, CoreTr::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
        return result;
    }
    int index = 0;
    for (const YAML::Node &doc : documents) {
        ++index;
        const QJsonValue value = Yaml::nodeToJson(doc);
        if (value.isNull()) {
            continue; // an empty document, as between two "---"
        }
        const QJsonObject object = value.toObject();
        if (object.value("kind"_L1).toString() != "CustomResourceDefinition"_L1) {
            ++result.skippedDocuments;
            continue;
        }
        const QString apiVersion = object.value("apiVersion"_L1).toString();
        if (apiVersion != "apiextensions.k8s.io/v1"_L1) {
            result.error
                = placed(fileName, Yaml::markOf(doc),
                         CoreTr::tr("document %1 is a CustomResourceDefinition of %2; only apiextensions.k8s.io/v1 is "
                                    "supported (Kubernetes 1.22 removed v1beta1)")
                             .arg(index)
                             .arg(apiVersion.isEmpty() ? CoreTr::tr("no apiVersion") : apiVersion));
            return result;
        }
        const QList<SchemaIssue> problems = crdProblems(object);
        if (!problems.isEmpty()) {
            const SchemaIssue &first = problems.constFirst();
            const QString more = problems.size() > 1
                                     ? CoreTr::tr(" (and %n more problem(s))", nullptr, int(problems.size() - 1))
                                     : QString();
            result.error = placed(fileName, Yaml::markOf(nodeForIssue(doc, first.path)),
                                  CoreTr::tr("CustomResourceDefinition \"%1\" (document %2): %3%4")
                                      .arg(object.value("metadata"_L1).toObject().value("name"_L1).toString())
                                      .arg(index)
                                      .arg(first.toString(), more));
            return result;
        }
        result.crds.append(object);
    }
    if (result.crds.isEmpty()) {
        result.error = placed(fileName, {}, CoreTr::tr("no CustomResourceDefinition in the file"));
    }
    return result;
}

CrdFileResult importCrdFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CrdFileResult result;
        result.error = placed(QDir::toNativeSeparators(path), {},
                              CoreTr::tr("cannot read the file: %1").arg(file.errorString()));
        return result;
    }
    return parseCrdText(file.readAll(), QDir::toNativeSeparators(path));
}

QStringList bundledCrdFiles()
{
    const QDir dir(u":/schemas"_s);
    QStringList out;
    const QStringList names = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        out.append(dir.filePath(name));
    }
    return out;
}

namespace {

std::optional<QJsonObject> readBundled(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSchema) << "cannot open bundled schema" << path;
        return std::nullopt;
    }
    const Yaml::ParseResult parsed = Yaml::parse(file.readAll());
    if (!parsed.ok() || parsed.documents.size() != 1 || !parsed.documents.constFirst().isObject()) {
        qCWarning(lcSchema) << "bundled schema" << path
                            << "does not parse:" << (parsed.error ? parsed.error->toString() : QString());
        return std::nullopt;
    }
    return parsed.documents.constFirst().toObject();
}

} // namespace

QList<QJsonObject> bundledCrds()
{
    QList<QJsonObject> out;
    const QStringList files = bundledCrdFiles();
    for (const QString &path : files) {
        if (const std::optional<QJsonObject> crd = readBundled(path)) {
            out.append(*crd);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// CrdRegistry
// ---------------------------------------------------------------------------------------------------------------
CrdRegistry CrdRegistry::withBundled()
{
    CrdRegistry registry;
    registry.addBundled();
    return registry;
}

void CrdRegistry::addBundled()
{
    const QStringList files = bundledCrdFiles();
    for (const QString &path : files) {
        if (const std::optional<QJsonObject> crd = readBundled(path)) {
            add(*crd, CrdSource::Bundled, path);
        }
    }
}

void CrdRegistry::add(const QJsonObject &crd, CrdSource source, const QString &origin)
{
    const Crd entry(crd, source, origin);
    for (qsizetype i = 0; i < m_crds.size(); ++i) {
        const Crd &existing = m_crds.at(i);
        if (existing.group() == entry.group() && existing.kind() == entry.kind()) {
            if (existing.source() == CrdSource::Imported && source == CrdSource::Bundled) {
                return;
            }
            m_crds.replace(i, entry);
            return;
        }
    }
    m_crds.append(entry);
}

CrdFileResult CrdRegistry::importFile(const QString &path)
{
    const CrdFileResult result = importCrdFile(path);
    if (result.ok()) {
        for (const QJsonObject &crd : result.crds) {
            add(crd, CrdSource::Imported, path);
        }
    }
    return result;
}

std::optional<Crd> CrdRegistry::findByKind(const QString &group, const QString &kind) const
{
    for (const Crd &crd : m_crds) {
        if (crd.group() == group && crd.kind() == kind) {
            return crd;
        }
    }
    return std::nullopt;
}

std::optional<Crd> CrdRegistry::findByPlural(const QString &group, const QString &plural) const
{
    const QString lower = plural.toLower();
    for (const Crd &crd : m_crds) {
        if (crd.group() == group
            && (crd.plural() == lower || crd.singular() == lower || crd.shortNames().contains(lower))) {
            return crd;
        }
    }
    return std::nullopt;
}

std::optional<Crd> CrdRegistry::findForObject(const QString &apiVersion, const QString &kind) const
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    if (slash <= 0) {
        return std::nullopt; // core objects ("v1") are not CRDs
    }
    const std::optional<Crd> crd = findByKind(apiVersion.left(slash), kind);
    if (crd && crd->servedVersions().contains(apiVersion.mid(slash + 1))) {
        return crd;
    }
    return std::nullopt;
}

QJsonObject CrdRegistry::openApiSchema(const QString &group, const QString &version, const QString &kind) const
{
    const std::optional<Crd> crd = findByKind(group, kind);
    return crd ? crd->openApiSchema(version) : QJsonObject();
}

} // namespace Ringside::Schema
