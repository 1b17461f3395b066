#include "models/editor/yamldocument.h"

#include "models/editor/editorlogging.h"
#include "models/editor/editortr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Ringside::Editor {

YamlDocument::YamlDocument(QObject *parent)
    : QObject(parent)
    , m_document(new QTextDocument(this))
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(1000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &YamlDocument::autosaveNow);
    connect(m_document, &QTextDocument::contentsChanged, this, &YamlDocument::contentsChanged);
    connect(m_document, &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified) {
            removeAutosave(); // back at the saved text: nothing to recover
        }
        Q_EMIT modificationChanged(modified);
    });
}

YamlDocument::~YamlDocument()
{
    removeAutosave(); // closing is a clean end: only a crash leaves an autosave behind
}

QString YamlDocument::text() const
{
    return m_document->toPlainText();
}

void YamlDocument::setText(const QString &text)
{
    m_document->setPlainText(text);
    m_document->setModified(false);
    m_autosaveDirty = false;
    m_autosaveTimer.stop();
}

QString YamlDocument::displayName() const
{
    return m_filePath.isEmpty() ? Tr::tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool YamlDocument::isModified() const
{
    return m_document->isModified();
}

void YamlDocument::newDocument(const QString &text)
{
    removeAutosave();
    m_lineEnding = LineEnding::Lf;
    m_bom = false;
    setText(text);
    if (!m_filePath.isEmpty()) {
        m_filePath.clear();
        Q_EMIT filePathChanged(m_filePath);
    }
}

QString YamlDocument::load(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return Tr::tr("%1 is a directory").arg(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Tr::tr("cannot open %1: %2").arg(path, file.errorString());
    }
    if (file.size() > MaxFileSize) {
        return Tr::tr("%1 is too large for the editor (%2 MiB; the limit is %3 MiB)")
            .arg(path)
            .arg(file.size() / (1024 * 1024))
            .arg(MaxFileSize / (1024 * 1024));
    }
    QByteArray bytes = file.readAll();
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bom) {
        bytes.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Tr::tr("%1 is not UTF-8 text").arg(path);
    }
    if (text.contains(QChar(0))) {
        return Tr::tr("%1 is a binary file (it contains NUL bytes)").arg(path);
    }
    // The first line break decides how the file ends its lines; save() writes every line that way.
    const qsizetype lf = text.indexOf(u'\n');
    m_lineEnding = lf > 0 && text.at(lf - 1) == u'\r' ? LineEnding::CrLf : LineEnding::Lf;
    text.replace("\r\n"_L1, "\n"_L1);
    m_bom = bom;
    removeAutosave();
    setText(text);
    m_filePath = info.absoluteFilePath();
    Q_EMIT filePathChanged(m_filePath);
    return {};
}

QString YamlDocument::writeFile(const QString &path)
{
    QString text = m_document->toPlainText();
    if (m_lineEnding == LineEnding::CrLf) {
        text.replace(u'\n', "\r\n"_L1);
    }
    QByteArray bytes = text.toUtf8();
    if (m_bom) {
        bytes.prepend("\xEF\xBB\xBF");
    }
    QSaveFile file(path); // atomic, and keeps an existing file's permissions
    if (!file.open(QIODevice::WriteOnly)) {
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

QString YamlDocument::save()
{
    if (m_filePath.isEmpty()) {
        return Tr::tr("the document has no file yet: use Save As");
    }
    return saveAs(m_filePath);
}

QString YamlDocument::saveAs(const QString &path)
{
    if (const QString error = writeFile(path); !error.isEmpty()) {
        return error;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_autosaveTimer.stop();
    m_autosaveDirty = false;
    m_document->setModified(false);
    removeAutosave();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(m_filePath);
    }
    return {};
}

void YamlDocument::setAutosaveStore(const std::optional<AutosaveStore> &store)
{
    removeAutosave();
    m_store = store;
    if (m_store && m_autosaveId.isEmpty()) {
        m_autosaveId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (m_store && isModified()) {
        m_autosaveDirty = true;
        m_autosaveTimer.start();
    }
}

void YamlDocument::contentsChanged()
{
    if (!m_store || !m_document->isModified()) {
        return;
    }
    m_autosaveDirty = true;
    m_autosaveTimer.start();
}

bool YamlDocument::autosaveNow()
{
    m_autosaveTimer.stop();
    if (!m_store || !m_autosaveDirty || !m_document->isModified()) {
        return false;
    }
    AutosaveEntry entry;
    entry.id = m_autosaveId;
    entry.originalPath = m_filePath;
    entry.title = displayName();
    entry.lineEnding = m_lineEnding == LineEnding::CrLf ? u"crlf"_s : u"lf"_s;
    if (const QString error = m_store->write(entry, m_document->toPlainText()); !error.isEmpty()) {
        qCWarning(lcEditor) << "autosave failed:" << error;
        Q_EMIT autosaveFailed(error);
        return false;
    }
    m_autosaveDirty = false;
    m_hasAutosave = true;
    Q_EMIT autosaved(m_store->directory() + u'/' + m_autosaveId + u".yaml"_s);
    return true;
}

void YamlDocument::removeAutosave()
{
    m_autosaveTimer.stop();
    if (m_store && m_hasAutosave) {
        m_store->remove(m_autosaveId);
        m_hasAutosave = false;
    }
}

void YamlDocument::adoptAutosave(const AutosaveEntry &entry, const QString &text)
{
    m_document->setPlainText(text);
    m_document->setModified(true);
    m_lineEnding = entry.lineEnding == "crlf"_L1 ? LineEnding::CrLf : LineEnding::Lf;
    m_autosaveId = entry.id;
    m_hasAutosave = true;
    m_autosaveDirty = true;
    if (entry.originalPath != m_filePath) {
        m_filePath = entry.originalPath;
        Q_EMIT filePathChanged(m_filePath);
    }
}

RecoveryManager::RecoveryManager(AutosaveStore store)
    : m_store(std::move(store))
{}

QList<AutosaveEntry> RecoveryManager::leftovers() const
{
    QList<AutosaveEntry> out;
    const QList<AutosaveEntry> all = m_store.entries();
    for (const AutosaveEntry &entry : all) {
        // A live editor (this one or another instance) still owns its autosave.
        if (entry.pid != 0 && isProcessAlive(entry.pid, entry.program)) {
            continue;
        }
        out.append(entry);
    }
    return out;
}

QString RecoveryManager::recover(const AutosaveEntry &entry, YamlDocument *document) const
{
    QString error;
    const std::optional<QString> text = m_store.read(entry.id, &error);
    if (!text) {
        return error;
    }
    if (!document->autosaveStore() || document->autosaveStore()->directory() != m_store.directory()) {
        document->setAutosaveStore(m_store);
    }
    document->adoptAutosave(entry, *text);
    // Rewrite at once so the sidecar names this process: a second start must not offer it again meanwhile.
    document->autosaveNow();
    return {};
}

bool RecoveryManager::discard(const AutosaveEntry &entry) const
{
    return m_store.remove(entry.id);
}

} // namespace Ringside::Editor
