#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Ringside::Editor {

/*! One autosaved text: `<id>.yaml` and its JSON sidecar `<id>.json` in the autosave directory. \since 0.1 */
struct AutosaveEntry
{
    QString id;
    QString textPath;     //!< the autosaved text
    QString originalPath; //!< the file the text belongs to; empty for an untitled document
    QString title;        //!< what the editor showed: the file name or "Untitled 1"
    QString lineEnding;   //!< "lf" or "crlf": how the document saves
    QDateTime savedAt;    //!< UTC
    qint64 pid = 0;       //!< the process that wrote it; 0 when the sidecar is missing
    QString program;      //!< that process's executable, to tell it from an unrelated process that reuses the pid
    qint64 size = 0;      //!< bytes of the text
};

/*! The autosave directory (by default `QStandardPaths::AppDataLocation/autosave`). Files are written atomically
    (a temporary file, flushed and renamed) and readable by the owner only (0600 in a 0700 directory), since
    manifests can hold Secrets. A value type; no global state. \since 0.1 */
class AutosaveStore
{
public:
    explicit AutosaveStore(QString directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /*! Writes the text and its sidecar; returns an empty string or why it failed. */
    QString write(const AutosaveEntry &entry, const QString &text) const;
    /*! Deletes both files of \a id; true when nothing of it is left. */
    bool remove(const QString &id) const;
    /*! Every autosaved text in the directory, oldest first. A text whose sidecar is missing or unreadable is
        listed too, with its modification time. */
    QList<AutosaveEntry> entries() const;
    /*! The text of \a id, or nothing (and \a error) when it cannot be read. */
    std::optional<QString> read(const QString &id, QString *error = nullptr) const;

private:
    QString m_directory;
};

/*! True when process \a pid is running (on Unix) and, where /proc tells, runs \a program (when given): used to tell
    a crashed editor's autosave from a live one, also after the pid was reused. \since 0.1 */
bool isProcessAlive(qint64 pid, const QString &program = QString());

} // namespace Ringside::Editor

Q_DECLARE_METATYPE(Ringside::Editor::AutosaveEntry)
