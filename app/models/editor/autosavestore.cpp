#include "models/editor/autosavestore.h"

#include "models/editor/editorlogging.h"
#include "models/editor/editortr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

namespace {

constexpr auto kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool isValidId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return re.match(id).hasMatch();
}

/*! Writes \a data to \a path through a temporary file created 0600, flushed to disk and renamed over it. */
QString writePrivateFile(const QString &path, const QByteArray &data)
{
    const QString temporary = path + u".tmp"_s;
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kPrivate)) {
        return Tr::tr("cannot write %1: %2").arg(temporary, file.errorString());
    }
    file.setPermissions(kPrivate);
    if (file.write(data) != data.size() || !file.flush()) {
        const QString error = Tr::tr("cannot write %1: %2").arg(temporary, file.errorString());
        file.close();
        QFile::remove(temporary);
        return error;
    }
#ifdef Q_OS_UNIX
    ::fsync(file.handle());
#endif
    file.close();
#ifndef Q_OS_UNIX
    QFile::remove(path); // rename() does not replace on Windows
#endif
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString error
            = Tr::tr("cannot rename %1 to %2: %3").arg(temporary, path, QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(temporary);
        return error;
    }
    return {};
}

} // namespace

bool isProcessAlive(qint64 pid, const QString &program)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM)) {
        return false;
    }
    const QString exe = QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget();
    return program.isEmpty() || exe.isEmpty() || exe == program;
#else
    Q_UNUSED(pid)
    Q_UNUSED(program)
    return false;
#endif
}

AutosaveStore::AutosaveStore(QString directory)
    : m_directory(std::move(directory))
{}

QString AutosaveStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave"_s;
}

QString AutosaveStore::write(const AutosaveEntry &entry, const QString &text) const
{
    if (!isValidId(entry.id)) {
        return Tr::tr("invalid autosave id \"%1\"").arg(entry.id);
    }
    QDir dir(m_directory);
    if (!dir.exists() && !QDir().mkpath(m_directory)) {
        return Tr::tr("cannot create the autosave directory %1").arg(m_directory);
    }
    QFile::setPermissions(m_directory, kPrivate | QFileDevice::ExeOwner);
    const QByteArray bytes = text.toUtf8();
    if (const QString error = writePrivateFile(dir.filePath(entry.id + u".yaml"_s), bytes); !error.isEmpty()) {
        return error;
    }
    QJsonObject meta{
        {u"format"_s, 1},
        {u"id"_s, entry.id},
        {u"originalPath"_s, entry.originalPath},
        {u"title"_s, entry.title},
        {u"lineEnding"_s, entry.lineEnding.isEmpty() ? u"lf"_s : entry.lineEnding},
        {u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"pid"_s, QCoreApplication::applicationPid()},
        {u"program"_s, QCoreApplication::applicationFilePath()},
        {u"size"_s, qint64(bytes.size())},
    };
    return writePrivateFile(dir.filePath(entry.id + u".json"_s), QJsonDocument(meta).toJson());
}

bool AutosaveStore::remove(const QString &id) const
{
    if (!isValidId(id)) {
        return false;
    }
    const QDir dir(m_directory);
    bool ok = true;
    for (const QString &suffix : {u".yaml"_s, u".json"_s}) {
        const QString path = dir.filePath(id + suffix);
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            qCWarning(lcEditor) << "cannot remove autosave file" << path;
            ok = false;
        }
    }
    return ok;
}

QList<AutosaveEntry> AutosaveStore::entries() const
{
    QList<AutosaveEntry> out;
    const QDir dir(m_directory);
    const QFileInfoList texts = dir.entryInfoList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : texts) {
        AutosaveEntry entry;
        entry.id = info.completeBaseName();
        if (!isValidId(entry.id)) {
            continue;
        }
        entry.textPath = info.absoluteFilePath();
        entry.size = info.size();
        entry.savedAt = info.lastModified().toUTC();
        QFile metaFile(dir.filePath(entry.id + u".json"_s));
        if (metaFile.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
            entry.originalPath = meta.value("originalPath"_L1).toString();
            entry.title = meta.value("title"_L1).toString();
            entry.lineEnding = meta.value("lineEnding"_L1).toString();
            entry.pid = meta.value("pid"_L1).toInteger();
            entry.program = meta.value("program"_L1).toString();
            const QDateTime savedAt = QDateTime::fromString(meta.value("savedAt"_L1).toString(), Qt::ISODateWithMs);
            if (savedAt.isValid()) {
                entry.savedAt = savedAt;
            }
        }
        if (entry.title.isEmpty()) {
            entry.title = entry.originalPath.isEmpty() ? entry.id : QFileInfo(entry.originalPath).fileName();
        }
        out.append(entry);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const AutosaveEntry &a, const AutosaveEntry &b) { return a.savedAt < b.savedAt; });
    return out;
}

std::optional<QString> AutosaveStore::read(const QString &id, QString *error) const
{
    QFile file(QDir(m_directory).filePath(id + u".yaml"_s));
    if (!isValidId(id) || !file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = Tr::tr("cannot read the autosaved text %1: %2").arg(file.fileName(), file.errorString());
        }
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace Ringside::Editor
