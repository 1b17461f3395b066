#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ringside::Schema {

/*! Where a CustomResourceDefinition known to Ringside came from. \since 0.1 */
enum class CrdSource {
    Bundled,  //!< Ringside's own schemas (resources/schemas): lenient, they model only what Ringside uses
    Imported, //!< a file the user imported, for example their operator release's CRDs: full validation
};

/*! One CustomResourceDefinition (apiextensions.k8s.io/v1), with accessors for what clients ask of it.
    A cheap value type; isValid() is false for a default-constructed one. \since 0.1 */
class Crd
{
public:
    Crd() = default;
    /*! Wraps \a object; \a origin names its file (a path, or a `:/schemas/...` resource). */
    explicit Crd(const QJsonObject &object, CrdSource source = CrdSource::Imported, const QString &origin = QString());

    /*! True when it has a group, a kind, a plural and at least one version. */
    bool isValid() const;
    QJsonObject object() const { return m_object; }
    CrdSource source() const { return m_source; }
    /*! The file it was read from. */
    QString origin() const { return m_origin; }
    /*! Bundled schemas model less than upstream: a field they do not know is "not checked", not wrong. */
    bool isLenient() const { return m_source == CrdSource::Bundled; }

    QString name() const;
    QString group() const;
    QString kind() const;
    QString listKind() const;
    QString plural() const;
    QString singular() const;
    QStringList shortNames() const;
    QStringList categories() const;
    bool isNamespaced() const;
    /*! Every version, in the CRD's order. */
    QStringList versions() const;
    QStringList servedVersions() const;
    QString storageVersion() const;
    bool hasStatusSubresource(const QString &version) const;
    /*! The entry of spec.versions called \a version, or an empty object. */
    QJsonObject version(const QString &version) const;
    /*! The openAPIV3Schema of \a version, or an empty object when there is no such version. */
    QJsonObject openApiSchema(const QString &version) const;

private:
    QJsonObject m_object;
    CrdSource m_source = CrdSource::Imported;
    QString m_origin;
};

/*! The CustomResourceDefinitions read from a file, or why it could not be read. \since 0.1 */
struct CrdFileResult
{
    QList<QJsonObject> crds;
    /*! Empty on success, else "FILE:LINE:COLUMN: message" (or "FILE:LINE: ..." / "FILE: ...") for the first
        problem: unreadable file, invalid YAML, a CRD that the API server would reject, or no CRD at all. */
    QString error;
    /*! Documents that are not CRDs (a release manifest also holds Deployments and so on) are skipped. */
    int skippedDocuments = 0;
    bool ok() const { return error.isEmpty(); }
};

/*! The names of Ringside's bundled CRD files, as Qt resource paths (`:/schemas/<group>_<plural>.yaml`). \since 0.1 */
QStringList bundledCrdFiles();

/*! Ringside's own CRDs, one per kind it serves and reads, parsed from the Qt resource with Ringside::Yaml::parse.
    A bundled file that does not parse is a build defect; it is logged and left out. \since 0.1 */
QList<QJsonObject> bundledCrds();

/*! Reads the CRDs of a (multi-document) YAML or JSON file. Each CRD must be apiextensions.k8s.io/v1 and pass
    crdProblems(); other kinds of documents are skipped and counted. \since 0.1 */
CrdFileResult importCrdFile(const QString &path);

/*! As importCrdFile(), for text already in memory; \a fileName names it in errors. \since 0.1 */
CrdFileResult parseCrdText(const QByteArray &text, const QString &fileName);

/*! The CRDs a client knows without asking a cluster: the bundled ones and the ones the user imported.
    An imported CRD takes precedence over a bundled one of the same name, and a later import over an earlier
    one. A value type; no network, no global state. \since 0.1 */
class CrdRegistry
{
public:
    /*! An empty registry. */
    CrdRegistry() = default;
    /*! A registry holding the bundled CRDs. */
    static CrdRegistry withBundled();

    /*! Adds the bundled CRDs (lowest precedence). */
    void addBundled();
    /*! Adds one CRD; it replaces a CRD of the same name unless that one is imported and this one bundled. */
    void add(const QJsonObject &crd, CrdSource source, const QString &origin = QString());
    /*! Reads \a path with importCrdFile() and, on success, adds its CRDs as imported. */
    CrdFileResult importFile(const QString &path);

    QList<Crd> crds() const { return m_crds; }
    bool isEmpty() const { return m_crds.isEmpty(); }

    /*! The CRD serving \a kind in \a group. */
    std::optional<Crd> findByKind(const QString &group, const QString &kind) const;
    /*! The CRD serving the resource \a plural (or a short name or the singular) in \a group. */
    std::optional<Crd> findByPlural(const QString &group, const QString &plural) const;
    /*! The CRD for an object's `apiVersion` ("group/version") and `kind`, if it serves that version. */
    std::optional<Crd> findForObject(const QString &apiVersion, const QString &kind) const;
    /*! The openAPIV3Schema for \a kind in \a group at \a version, or an empty object. */
    QJsonObject openApiSchema(const QString &group, const QString &version, const QString &kind) const;

private:
    QList<Crd> m_crds;
};

} // namespace Ringside::Schema
