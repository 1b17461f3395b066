#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ringside::Sandbox {

/*! A parsed label selector (the `labelSelector` query syntax of k8s.io/apimachinery/pkg/labels). \since 0.1 */
class LabelSelector
{
public:
    struct Requirement
    {
        enum class Op { Exists, DoesNotExist, Equals, NotEquals, In, NotIn, GreaterThan, LessThan };
        QString key;
        Op op = Op::Exists;
        QStringList values;
    };

    /*! Parses \a text; on failure returns nullopt and sets \a error to the server's message. */
    static std::optional<LabelSelector> parse(const QString &text, QString *error);
    /*! A selector from a metav1.LabelSelector object (matchLabels + matchExpressions). */
    static std::optional<LabelSelector> fromObject(const QJsonObject &selector, QString *error);
    /*! A selector that matches labels equal to every entry of \a labels (Service selectors). */
    static LabelSelector fromMap(const QJsonObject &labels);

    bool isEmpty() const { return m_requirements.isEmpty(); }
    bool matches(const QJsonObject &labels) const;
    QList<Requirement> requirements() const { return m_requirements; }

private:
    QList<Requirement> m_requirements;
};

/*! A parsed field selector (`fieldSelector`: field=value, field==value, field!=value). \since 0.1 */
class FieldSelector
{
public:
    struct Requirement
    {
        QString field;
        QString value;
        bool negate = false;
    };
    static std::optional<FieldSelector> parse(const QString &text, QString *error);

    bool isEmpty() const { return m_requirements.isEmpty(); }
    QList<Requirement> requirements() const { return m_requirements; }
    /*! The value the selector needs for \a field with "=", if any (watches on one name use it). */
    std::optional<QString> exactValue(const QString &field) const;
    /*! True when every requirement holds; \a fieldValue returns the object's value for a field. */
    template<typename F>
    bool matches(F fieldValue) const
    {
        for (const Requirement &r : m_requirements) {
            if ((fieldValue(r.field) == r.value) == r.negate) {
                return false;
            }
        }
        return true;
    }

private:
    QList<Requirement> m_requirements;
};

} // namespace Ringside::Sandbox
