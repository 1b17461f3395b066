#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

namespace Ringside::Cli {

/*! One object read from `-f`: the object and where it came from. \since 0.1 */
struct ManifestObject
{
    QString source; //!< the file ("-" for stdin)
    QJsonObject object;
};

/*! Reads every `-f` argument as kubectl does: a file, a directory (its .json, .yaml and .yml files, sorted, not
    recursive unless \a recursive) or "-" for \a stdinText. Multi-document YAML and `List` kinds are flattened.
    Returns false and sets \a error in kubectl's words (`the path "x" does not exist`, or the YAML error with its
    file and line). \since 0.1 */
bool readManifests(const QStringList &paths, bool recursive, QList<ManifestObject> *objects, QString *error);

} // namespace Ringside::Cli
