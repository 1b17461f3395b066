#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace Ringside {

/*! kubectl's JSONPath templates (`-o jsonpath='{.items[*].metadata.name}'`), as k8s.io/client-go/util/jsonpath
    reads and prints them: literal text outside braces; inside, `.field`, `['field']`, `..field` (recursive),
    `[n]`, `[-1]`, `[start:end:step]`, `[*]`, `.*`, unions `['a','b']` and `[0,2]`, filters
    `[?(@.status.phase=="Running")]` with == != < > <= >= and existence `[?(@.spec)]`, `range ... end`, and quoted
    literals such as `{"\n"}`. Several results of one expression are joined by a space; strings print raw,
    objects and arrays as compact JSON.

    No packaged C++ library implements kubectl's template dialect (jsoncons' JSONPath is the RFC 9535 query
    language, without templates, range/end or kubectl's printing rules), hence this small one. \since 0.1 */
class JsonPathTemplate
{
public:
    JsonPathTemplate();
    ~JsonPathTemplate();
    JsonPathTemplate(JsonPathTemplate &&) noexcept;
    JsonPathTemplate &operator=(JsonPathTemplate &&) noexcept;

    /*! Parses \a text; returns false and sets errorString() on a syntax error. */
    bool parse(const QString &text);
    QString errorString() const { return m_error; }

    /*! Evaluates against \a data. A missing key prints nothing when \a allowMissingKeys (kubectl's default);
        otherwise it is an error ("FIELD is not found"). Returns false and sets errorString() on error. */
    bool execute(const QJsonValue &data, QString *out, bool allowMissingKeys = true);

private:
    struct Node;
    std::vector<std::unique_ptr<Node>> m_nodes;
    QString m_error;
};

} // namespace Ringside
