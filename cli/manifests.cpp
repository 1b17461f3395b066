#include "manifests.h"

#include "clitr.h"
#include "yaml/yamljson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace Ringside::Cli {

namespace {

bool readText(const QString &path, QByteArray *text, QString *error)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly)) {
            *error = Tr::tr("cannot read standard input");
            return false;
        }
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("error reading %1: %2").arg(path, f.errorString());
            return false;
        }
    }
    *text = f.readAll();
    return true;
}

bool parseInto(const QString &source, const QByteArray &text, QList<ManifestObject> *objects, QString *error)
{
    const Yaml::ParseResult parsed = Yaml::parse(text);
    if (!parsed.ok()) {
        *error = Tr::tr("error parsing %1: %2").arg(source, parsed.error->toString());
        return false;
    }
    for (const QJsonValue &v : parsed.documents) {
        if (v.isNull() || (v.isObject() && v.toObject().isEmpty())) {
            continue;
        }
        if (!v.isObject()) {
            *error = Tr::tr("error validating \"%1\": a document is not an object with apiVersion and kind").arg(source);
            return false;
        }
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("kind")).toString().endsWith(QLatin1String("List")) && o.value(QLatin1String("items")).isArray()) {
            for (const QJsonValue &item : o.value(QLatin1String("items")).toArray()) {
                objects->append({source, item.toObject()});
            }
            continue;
        }
        if (o.value(QLatin1String("kind")).toString().isEmpty() || o.value(QLatin1String("apiVersion")).toString().isEmpty()) {
            *error = Tr::tr("error validating \"%1\": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false")
                         .arg(source);
            return false;
        }
        objects->append({source, o});
    }
    return true;
}

} // namespace

bool readManifests(const QStringList &paths, bool recursive, QList<ManifestObject> *objects, QString *error)
{
    for (const QString &path : paths) {
        QStringList files;
        if (path == QLatin1String("-")) {
            files.append(path);
        } else {
            const QFileInfo info(path);
            if (!info.exists()) {
                *error = Tr::tr("the path \"%1\" does not exist").arg(path);
                return false;
            }
            if (info.isDir()) {
                QDirIterator it(path, {QStringLiteral("*.json"), QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                                recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
                while (it.hasNext()) {
                    files.append(it.next());
                }
                files.sort();
            } else {
                files.append(path);
            }
        }
        for (const QString &file : std::as_const(files)) {
            QByteArray text;
            if (!readText(file, &text, error) || !parseInto(file, text, objects, error)) {
                return false;
            }
        }
    }
    if (objects->isEmpty()) {
        *error = Tr::tr("no objects passed to apply");
        return false;
    }
    return true;
}

} // namespace Ringside::Cli
