#pragma once

// The configuration page of the cluster wizard: cassandra.yaml and JVM overrides typed as a small YAML mapping,
// checked against a catalogue of the keys Ringside knows, with their types. Unknown keys, keys the operator manages
// and ill-typed values are errors with the line they are on.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ringside::Wizard {

/*! One problem of an override text: a 1-based line (0: the whole text) and a translated message. \since 0.1 */
struct ConfigProblem
{
    int line = 0;
    QString key;
    QString message;
    /*! "line 3: message", or the bare message. */
    QString toString() const;
};

/*! What an override text says: the values to write and the problems. Empty text is valid and gives no values.
    \since 0.1 */
struct ConfigCheck
{
    QJsonObject values;
    QList<ConfigProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    /*! Every problem, one per line. */
    QString errorText() const;
};

/*! Checks \a text (a YAML mapping of cassandra.yaml keys, e.g. `num_tokens: 16`) for a cluster of \a serverType at
    \a version: the 4.1-style names (`read_request_timeout: 5000ms`) need Cassandra 4.1 or later or HCD. \since 0.1 */
ConfigCheck checkCassandraYaml(const QString &text, const QString &serverType, const QString &version);

/*! Checks \a text (a YAML mapping of k8ssandra `config.jvmOptions` keys, e.g. `gc: G1GC`). The heap size has its own
    field and is refused here. \since 0.1 */
ConfigCheck checkJvmOptions(const QString &text);

/*! The cassandra.yaml keys known for \a serverType at \a version, sorted (for completion and hints). \since 0.1 */
QStringList knownCassandraYamlKeys(const QString &serverType, const QString &version);
/*! The JVM option keys known, sorted. \since 0.1 */
QStringList knownJvmOptionKeys();

} // namespace Ringside::Wizard
