#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Ringside::Sandbox {

struct ResourceType;

/*! One field error of an Invalid status, as k8s.io/apimachinery/pkg/util/validation/field builds it. \since 0.1 */
struct FieldError
{
    enum class Type { Required, Invalid, NotSupported, Forbidden, Duplicate, TooLong, TooMany, TypeInvalid, NotFound };
    Type type = Type::Invalid;
    QString field; //!< "spec.containers[0].name"
    QJsonValue value;
    QString detail;
    QStringList supported; //!< NotSupported
    bool omitValue = false;
    QString valueText; //!< printed instead of value when set (Go literals such as map[string]string{...})

    static FieldError required(const QString &field, const QString &detail = {});
    static FieldError invalid(const QString &field, const QJsonValue &value, const QString &detail);
    static FieldError notSupported(const QString &field, const QJsonValue &value, const QStringList &supported);
    static FieldError forbidden(const QString &field, const QString &detail);
    static FieldError duplicate(const QString &field, const QJsonValue &value);
    static FieldError typeInvalid(const QString &field, const QJsonValue &value, const QString &detail);

    /*! "FieldValueRequired" ... */
    QString reason() const;
    /*! "Required value", "Invalid value: \"x\": detail" ... */
    QString body() const;
    /*! "field: body" */
    QString toString() const;
};

/*! A failed API call: a metav1.Status with the code, reason, message and details the kube-apiserver sends.
    \since 0.1 */
struct ApiError
{
    int code = 500;
    QString reason;
    QString message;
    QJsonObject details;         //!< name, group, kind, uid, causes, retryAfterSeconds
    QString continueToken;       //!< metadata.continue (expired continue tokens)
    bool detailsPresent = false; //!< writes "details":{} even when empty (the server sends a non-nil pointer)

    bool isValid() const { return !reason.isEmpty() || code != 500 || !message.isEmpty(); }
    /*! The Status object. */
    QJsonObject toStatus() const;
    /*! The Status as JSON with the kube-apiserver's key order. */
    QByteArray toJson() const;

    static ApiError notFound(const QString &group, const QString &resource, const QString &name);
    static ApiError notFound(const ResourceType &type, const QString &name);
    static ApiError alreadyExists(const ResourceType &type, const QString &name);
    static ApiError conflict(const ResourceType &type, const QString &name, const QString &why);
    /*! 409 "the object has been modified; please apply your changes to the latest version and try again" */
    static ApiError modifiedConflict(const ResourceType &type, const QString &name);
    static ApiError invalid(const QString &group, const QString &kind, const QString &name,
                            const QList<FieldError> &errors);
    static ApiError invalid(const ResourceType &type, const QString &name, const QList<FieldError> &errors);
    static ApiError forbidden(const QString &group, const QString &resource, const QString &name, const QString &why);
    static ApiError badRequest(const QString &message);
    static ApiError methodNotSupported(const ResourceType &type, const QString &action);
    static ApiError expired(const QString &message);
    static ApiError gone(const QString &message);
    static ApiError unauthorized();
    static ApiError internal(const QString &message);
    static ApiError timeout(const QString &message, int retryAfterSeconds);
    static ApiError notAcceptable();
    static ApiError unsupportedMediaType(const QStringList &accepted);
    static ApiError requestEntityTooLarge(qint64 limit);
    static ApiError tooLargeResourceVersion(quint64 requested, quint64 current);
    /*! What go-restful answers for a path or method it has no route for, wrapped by the apiserver. */
    static ApiError genericResponse(int code, const QString &serverMessage);
    /*! 409 for server-side apply conflicts. */
    static ApiError applyConflict(const QJsonArray &causes, const QString &message);
};

/*! Formats a value the way field errors print it (%q for strings, numbers bare, ...). \since 0.1 */
QString formatFieldValue(const QJsonValue &value);

} // namespace Ringside::Sandbox
