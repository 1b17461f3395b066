#pragma once

#include "models/editor/schemasource.h"
#include "schema/schemavalidator.h"

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Ringside::Editor {

/*! How much a problem matters. \since 0.1 */
enum class ProblemSeverity {
    Error,      //!< YAML that does not parse, or an object the API server would reject
    Warning,    //!< accepted, but probably not meant; also "no schema for KIND"
    NotChecked, //!< the schema keeps this part without describing it: an information, not a fault
};

/*! One problem of a YAML text, placed at its line and column. A value type. \since 0.1 */
struct Problem
{
    ProblemSeverity severity = ProblemSeverity::Error;
    int document = 0; //!< 1-based number of the document
    int line = 0;     //!< 1-based line in the whole text
    int column = 0;   //!< 1-based column
    int length = 1;   //!< characters to underline
    QString path;     //!< the field path (`spec.size`), empty for syntax problems
    QString message;
    bool stale = false; //!< kept from the last text that parsed, while this document does not parse
    bool operator==(const Problem &other) const = default;
};

/*! What validation learnt about one document. \since 0.1 */
struct DocumentResult
{
    int number = 0;
    QString apiVersion;
    QString kind;
    bool parsed = false;             //!< false while the document has a YAML syntax error
    QString schemaSource;            //!< where the schema came from, empty when none was found
    QList<Schema::Finding> findings; //!< schema findings; those of the last text that parsed when !parsed
};

/*! The result of validating a whole YAML text. A value type that crosses from the worker thread. \since 0.1 */
struct ValidationResult
{
    quint64 generation = 0; //!< set by ValidationController: which edit this result belongs to
    QList<DocumentResult> documents;
    QList<Problem> problems; //!< sorted by line and column
    int count(ProblemSeverity severity) const;
};

/*! Validates every document of \a text against the schema of its own apiVersion and kind from \a schemas.
    A document with a YAML syntax error gets that error at its place, and keeps the schema findings it had in
    \a previous (placed again on the current text, marked stale); the other documents are validated as usual.
    Pure and thread-safe: meant to run on a worker thread. \since 0.1 */
ValidationResult validateYaml(const QString &text, const SchemaChain &schemas,
                              const ValidationResult &previous = ValidationResult());

/*! The colour used for a severity's underline and marker. \since 0.1 */
QColor severityColor(ProblemSeverity severity, bool dark);
/*! "Error", "Warning", "Not checked", translated. \since 0.1 */
QString severityName(ProblemSeverity severity);

} // namespace Ringside::Editor

Q_DECLARE_METATYPE(Ringside::Editor::ValidationResult)
