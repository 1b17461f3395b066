#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace Ringside::Cli {

/*! The flags of one command (kubectl style: `--flag value`, `--flag=value`, `-f value`, `-fvalue`, booleans as
    `--flag` or `--flag=true|false`). What the global Options did not take arrives here, in order. \since 0.1 */
class CommandFlags
{
public:
    struct Spec
    {
        const char *longName;
        char shortName = 0;
        bool takesValue = false;
        bool repeatable = false; //!< values accumulate (`-f a -f b`)
    };

    explicit CommandFlags(std::initializer_list<Spec> specs);

    /*! Parses \a args into flags and positional arguments. On an unknown flag or a missing value returns false
        and sets error() to kubectl's wording. */
    bool parse(const QStringList &args);
    QString error() const { return m_error; }

    bool isSet(const char *longName) const { return m_values.contains(QLatin1String(longName)); }
    QString value(const char *longName, const QString &fallback = {}) const;
    QStringList values(const char *longName) const { return m_values.value(QLatin1String(longName)); }
    /*! A boolean flag: true when given without a value or with "true". */
    bool on(const char *longName) const;
    QStringList positional() const { return m_positional; }

private:
    QList<Spec> m_specs;
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
    QString m_error;
};

/*! Parses a Go duration as kubectl takes it (`5s`, `2m30s`, `1h`, `500ms`); nothing when invalid. \since 0.1 */
std::optional<qint64> parseDurationMs(const QString &text);

} // namespace Ringside::Cli
