#pragma once

#include "models/editor/yamlvalidation.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTextDocument;

namespace Ringside::Editor {

/*! Validates a QTextDocument as it is typed: each change restarts a debounce timer (300 ms by default); when it
    fires, the text is validated with validateYaml() on a worker thread and the result comes back to this
    object's thread. "Latest wins": every run takes a new generation number, and a result whose generation is
    not the latest is dropped. The previous result is handed to each run, so a document that stops parsing
    keeps its last schema findings. \since 0.1 */
class ValidationController : public QObject
{
    Q_OBJECT
public:
    ValidationController(QTextDocument *document, SchemaChain schemas, QObject *parent = nullptr);

    /*! Replaces the schema sources (for example when a cluster connects) and validates again. */
    void setSchemas(const SchemaChain &schemas);
    SchemaChain schemas() const { return m_schemas; }
    void setDelay(int milliseconds);
    int delay() const { return m_timer.interval(); }

    /*! Starts a validation now, skipping the debounce. */
    void validateNow();
    /*! The latest result applied (generation 0: none yet). */
    ValidationResult result() const { return m_result; }
    quint64 generation() const { return m_generation; }
    /*! True while a started validation has not come back. */
    bool isPending() const { return m_timer.isActive() || m_appliedGeneration != m_generation; }
    /*! Results dropped because a newer validation had started (for tests and diagnostics). */
    int droppedResults() const { return m_dropped; }
    /*! How long the last applied validation took on its worker thread, in microseconds. */
    qint64 lastDurationMicroseconds() const { return m_lastDuration; }

Q_SIGNALS:
    /*! A result of the latest generation arrived. */
    void finished(const Ringside::Editor::ValidationResult &result);

private:
    void start();
    void apply(quint64 generation, const ValidationResult &result, qint64 duration);

    QPointer<QTextDocument> m_document;
    SchemaChain m_schemas;
    QTimer m_timer;
    quint64 m_generation = 0;
    quint64 m_appliedGeneration = 0;
    ValidationResult m_result;
    int m_dropped = 0;
    qint64 m_lastDuration = 0;
};

} // namespace Ringside::Editor
