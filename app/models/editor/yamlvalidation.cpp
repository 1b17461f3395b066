#include "models/editor/yamlvalidation.h"

#include "models/editor/editortr.h"
#include "models/editor/yamloutline.h"
#include "yaml/yamljson.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

namespace {

ProblemSeverity fromSchema(Schema::Severity severity)
{
    switch (severity) {
    case Schema::Severity::Error: return ProblemSeverity::Error;
    case Schema::Severity::Warning: return ProblemSeverity::Warning;
    case Schema::Severity::NotChecked: return ProblemSeverity::NotChecked;
    }
    return ProblemSeverity::Error;
}

/*! A problem at a YAML mark of document \a doc (whose text starts at its firstLine). */
Problem atMark(const YamlOutline &outline, const OutlineDocument &doc, const Yaml::Mark &mark)
{
    Problem p;
    p.document = doc.number;
    const QStringList lines = outline.lines();
    p.line = mark.isValid() ? std::clamp(doc.firstLine + mark.line - 1, doc.firstLine, doc.lastLine) : doc.firstLine;
    const QString &text = lines.at(p.line - 1);
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace()) {
        --end;
    }
    p.column = std::clamp(mark.isValid() ? mark.column : 1, 1, int(std::max<qsizetype>(end, 1)));
    p.length = std::max(1, int(end) - p.column + 1);
    return p;
}

Problem atPath(const YamlOutline &outline, int document, const QString &path)
{
    const OutlineLocation where = outline.locate(document, path);
    Problem p;
    p.document = document;
    p.line = where.line;
    p.column = where.column;
    p.length = std::max(1, where.length);
    p.path = path;
    return p;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Array: return Tr::tr("a sequence");
    case QJsonValue::String: return Tr::tr("a string");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::Bool: return Tr::tr("a boolean");
    case QJsonValue::Null: return Tr::tr("null");
    case QJsonValue::Object:
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("a scalar");
}

/*! Checks one document that parsed: its kind, its schema, its findings. */
void validateObject(const QJsonValue &value, const SchemaChain &schemas, const YamlOutline &outline,
                    DocumentResult &result, QList<Problem> &problems)
{
    const int n = result.number;
    if (!value.isObject()) {
        Problem p = atPath(outline, n, QString());
        p.message = Tr::tr("a Kubernetes object must be a mapping, not %1").arg(typeName(value));
        problems.append(p);
        return;
    }
    const QJsonObject object = value.toObject();
    result.apiVersion = object.value("apiVersion"_L1).toString();
    result.kind = object.value("kind"_L1).toString();
    bool complete = true;
    for (const auto &[field, text] :
         {std::pair{u"apiVersion"_s, result.apiVersion}, std::pair{u"kind"_s, result.kind}}) {
        if (text.isEmpty()) {
            Problem p = atPath(outline, n, object.contains(field) ? field : QString());
            p.path = field;
            p.message = object.contains(field) ? Tr::tr("%1 must be a non-empty string").arg(field)
                                               : Tr::tr("%1 is missing: the API server needs it").arg(field);
            problems.append(p);
            complete = false;
        }
    }
    if (!complete) {
        return;
    }
    const SchemaLookup schema = schemas.lookup(result.apiVersion, result.kind);
    if (!schema.isValid()) {
        Problem p = atPath(outline, n, u"kind"_s);
        p.severity = ProblemSeverity::Warning;
        const QStringList known = schemas.versionsOf(result.kind);
        p.message = known.isEmpty() ? Tr::tr("no schema for %1 (import its CRD)").arg(result.kind)
                                    : Tr::tr("no schema for %1 in %2; known in %3 (import its CRD for %2)")
                                          .arg(result.kind, result.apiVersion, known.join(", "_L1));
        problems.append(p);
        return;
    }
    result.schemaSource = schema.source;
    result.findings = Schema::validate(value, schema.schema);
}

} // namespace

int ValidationResult::count(ProblemSeverity severity) const
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [severity](const Problem &p) { return p.severity == severity; }));
}

ValidationResult validateYaml(const QString &text, const SchemaChain &schemas, const ValidationResult &previous)
{
    ValidationResult out;
    const YamlOutline outline = YamlOutline::build(text);
    for (const OutlineDocument &doc : outline.documents()) {
        DocumentResult result;
        result.number = doc.number;
        const Yaml::ParseResult parsed = Yaml::parse(outline.documentText(doc.number).toUtf8());
        for (const Yaml::Diagnostic &warning : parsed.warnings) {
            Problem p = atMark(outline, doc, warning.mark);
            p.severity = ProblemSeverity::Warning;
            p.message = warning.message;
            out.problems.append(p);
        }
        if (!parsed.ok()) {
            Problem p = atMark(outline, doc, parsed.error->mark);
            p.message = Tr::tr("YAML syntax: %1").arg(parsed.error->message);
            out.problems.append(p);
            // Keep what the last good text of this document showed, placed on the current text.
            const auto before = std::find_if(previous.documents.begin(), previous.documents.end(),
                                             [&doc](const DocumentResult &d) { return d.number == doc.number; });
            if (before != previous.documents.end()) {
                result.apiVersion = before->apiVersion;
                result.kind = before->kind;
                result.schemaSource = before->schemaSource;
                result.findings = before->findings;
            }
        } else {
            result.parsed = true;
            if (!parsed.documents.isEmpty()) {
                validateObject(parsed.documents.constFirst(), schemas, outline, result, out.problems);
            }
        }
        for (const Schema::Finding &finding : std::as_const(result.findings)) {
            Problem p = atPath(outline, doc.number, finding.path);
            p.severity = fromSchema(finding.severity);
            p.message = finding.message;
            p.stale = !result.parsed;
            out.problems.append(p);
        }
        out.documents.append(result);
    }
    std::stable_sort(out.problems.begin(), out.problems.end(), [](const Problem &a, const Problem &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return out;
}

QColor severityColor(ProblemSeverity severity, bool dark)
{
    switch (severity) {
    case ProblemSeverity::Error: return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x1f, 0x1f);
    case ProblemSeverity::Warning: return dark ? QColor(0xff, 0xb3, 0x47) : QColor(0xc8, 0x6a, 0x00);
    case ProblemSeverity::NotChecked: return dark ? QColor(0x74, 0xa7, 0xff) : QColor(0x2f, 0x6f, 0xd6);
    }
    return {};
}

QString severityName(ProblemSeverity severity)
{
    switch (severity) {
    case ProblemSeverity::Error: return Tr::tr("Error");
    case ProblemSeverity::Warning: return Tr::tr("Warning");
    case ProblemSeverity::NotChecked: return Tr::tr("Not checked");
    }
    return {};
}

} // namespace Ringside::Editor
