#pragma once

#include "models/editor/autosavestore.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class QTextDocument;

namespace Ringside::Editor {

/*! A YAML text being edited: its QTextDocument, the local file it belongs to, how that file ends its lines
    and whether it starts with a byte-order mark (both kept on save), the modified state, and autosave.

    Autosave: while the text has unsaved changes, it is written to the autosave store about a second after the
    last edit (and at once on autosaveNow(), which the editor calls when it loses focus). A clean save, undoing
    back to the saved text, or destroying the document (closing it) deletes the autosave; a crash leaves it for
    RecoveryManager. The QTextDocument has no layout yet: the editor widget gives it a QPlainTextDocumentLayout.
    \since 0.1 */
class YamlDocument : public QObject
{
    Q_OBJECT
public:
    enum class LineEnding { Lf, CrLf };
    /*! Files larger than this are refused by load(). */
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    explicit YamlDocument(QObject *parent = nullptr);
    ~YamlDocument() override;

    QTextDocument *textDocument() const { return m_document; }
    QString text() const;
    /*! Replaces the text as a fresh, unmodified document (the undo history is cleared). */
    void setText(const QString &text);

    QString filePath() const { return m_filePath; }
    /*! The file name, or "Untitled". */
    QString displayName() const;
    LineEnding lineEnding() const { return m_lineEnding; }
    void setLineEnding(LineEnding ending) { m_lineEnding = ending; }
    bool hasByteOrderMark() const { return m_bom; }
    bool isModified() const;

    /*! Starts a new untitled document with \a text (no file, LF line endings, unmodified). */
    void newDocument(const QString &text = QString());
    /*! Reads \a path (UTF-8, at most MaxFileSize); returns an empty string or the error. On error nothing changes. */
    QString load(const QString &path);
    /*! Writes the text to filePath() atomically, with the file's line endings; returns an empty string or the error. */
    QString save();
    /*! Writes to \a path and makes it the document's file. */
    QString saveAs(const QString &path);

    /*! Turns autosave on with \a store (off while none is set). */
    void setAutosaveStore(const std::optional<AutosaveStore> &store);
    std::optional<AutosaveStore> autosaveStore() const { return m_store; }
    QString autosaveId() const { return m_autosaveId; }
    void setAutosaveDelay(int milliseconds) { m_autosaveTimer.setInterval(milliseconds); }
    /*! Writes the autosave now if there are edits it does not hold yet; true when it wrote. */
    bool autosaveNow();
    /*! Takes over an autosaved text after a crash: its text (modified), its file, its line ending and its id, so
        that autosave goes on in the same files. */
    void adoptAutosave(const AutosaveEntry &entry, const QString &text);

Q_SIGNALS:
    void modificationChanged(bool modified);
    void filePathChanged(const QString &path);
    void autosaved(const QString &textPath);
    void autosaveFailed(const QString &error);

private:
    void contentsChanged();
    void removeAutosave();
    QString writeFile(const QString &path);

    QTextDocument *m_document;
    QString m_filePath;
    LineEnding m_lineEnding = LineEnding::Lf;
    bool m_bom = false;
    std::optional<AutosaveStore> m_store;
    QString m_autosaveId;
    QTimer m_autosaveTimer;
    bool m_autosaveDirty = false;
    bool m_hasAutosave = false;
};

/*! Finds autosaved texts that no running editor owns (it crashed or was killed) and gives them back.
    \since 0.1 */
class RecoveryManager
{
public:
    explicit RecoveryManager(AutosaveStore store = AutosaveStore());
    /*! Autosaves whose writer process is gone, oldest first. */
    QList<AutosaveEntry> leftovers() const;
    /*! Loads \a entry into \a document (see YamlDocument::adoptAutosave); returns an empty string or the error. */
    QString recover(const AutosaveEntry &entry, YamlDocument *document) const;
    /*! Deletes \a entry's files. */
    bool discard(const AutosaveEntry &entry) const;
    AutosaveStore store() const { return m_store; }

private:
    AutosaveStore m_store;
};

} // namespace Ringside::Editor
