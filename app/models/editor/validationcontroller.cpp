#include "models/editor/validationcontroller.h"

#include "models/editor/editorlogging.h"

#include <QElapsedTimer>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace Ringside::Editor {

namespace {

struct TimedResult
{
    ValidationResult result;
    qint64 microseconds = 0;
};

} // namespace

ValidationController::ValidationController(QTextDocument *document, SchemaChain schemas, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_schemas(std::move(schemas))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &ValidationController::start);
    connect(document, &QTextDocument::contentsChanged, &m_timer, qOverload<>(&QTimer::start));
}

void ValidationController::setSchemas(const SchemaChain &schemas)
{
    m_schemas = schemas;
    m_timer.start();
}

void ValidationController::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ValidationController::validateNow()
{
    m_timer.stop();
    start();
}

void ValidationController::start()
{
    if (!m_document) {
        return;
    }
    const quint64 generation = ++m_generation;
    // Everything the worker needs is captured by value: the text, the (immutable) schema sources, the last result.
    QtConcurrent::run([text = m_document->toPlainText(), schemas = m_schemas, previous = m_result] {
        QElapsedTimer timer;
        timer.start();
        TimedResult out{validateYaml(text, schemas, previous), 0};
        out.microseconds = timer.nsecsElapsed() / 1000;
        return out;
    }).then(this, [this, generation](const TimedResult &out) {
        // A run that finished before then() was attached would continue right here, inside start(); go through
        // the event loop instead, so results always arrive the same way.
        QMetaObject::invokeMethod(
            this, [this, generation, out] { apply(generation, out.result, out.microseconds); }, Qt::QueuedConnection);
    });
}

void ValidationController::apply(quint64 generation, const ValidationResult &result, qint64 duration)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_generation) {
        ++m_dropped;
        qCDebug(lcEditor) << "dropping validation" << generation << "; latest is" << m_generation;
        return;
    }
    m_result = result;
    m_result.generation = generation;
    m_appliedGeneration = generation;
    m_lastDuration = duration;
    Q_EMIT finished(m_result);
}

} // namespace Ringside::Editor
