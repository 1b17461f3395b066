#include "opkit.h"

#include "api/jsonutil.h"
#include "api/registry.h"
#include "store/objectstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandboxOperators, "ringside.sandbox.operators", QtWarningMsg)

namespace Ringside::Sandbox {

QString Res::key(const Ref &ref)
{
    return QLatin1String(ref.group) + u'/' + QLatin1String(ref.resource);
}

Kube::Kube(ResourceService *service, const WorldSettings &settings)
    : m_service(service)
    , m_settings(settings)
{
    if (m_settings.pace <= 0) {
        m_settings.pace = 1.0;
    }
}

ObjectStore *Kube::store() const
{
    return m_service->store();
}

const ResourceType *Kube::type(const Res::Ref &ref) const
{
    return m_service->registry()->find(QString::fromLatin1(ref.group), QString::fromLatin1(ref.version),
                                       QString::fromLatin1(ref.resource));
}

QJsonObject Kube::get(const Res::Ref &ref, const QString &ns, const QString &name) const
{
    const StoredObject *o = store()->get(Res::key(ref), ObjectStore::objectKey(ns, name));
    return o ? o->object : QJsonObject();
}

QList<QJsonObject> Kube::list(const Res::Ref &ref, const QString &ns) const
{
    QList<QJsonObject> out;
    for (const StoredObject *o : store()->list(Res::key(ref), ns)) {
        out.append(o->object);
    }
    return out;
}

QList<QJsonObject> Kube::listLabelled(const Res::Ref &ref, const QString &ns, const QJsonObject &labels) const
{
    QList<QJsonObject> out;
    for (const StoredObject *o : store()->list(Res::key(ref), ns)) {
        const QJsonObject have = Json::meta(o->object).value(QLatin1String("labels")).toObject();
        bool match = true;
        for (auto it = labels.begin(); it != labels.end() && match; ++it) {
            match = have.value(it.key()) == it.value();
        }
        if (match) {
            out.append(o->object);
        }
    }
    return out;
}

static WriteOptions operatorWrite(const QString &manager)
{
    WriteOptions o;
    o.user = {QStringLiteral("system:serviceaccount:sandbox:") + manager, QString(),
              {QStringLiteral("system:masters"), QStringLiteral("system:authenticated")}};
    o.fieldManager = manager;
    o.fieldValidation = WriteOptions::FieldValidation::Ignore;
    return o;
}

ObjectResult Kube::create(const Res::Ref &ref, const QString &ns, QJsonObject object, const QString &manager)
{
    const ResourceType *t = type(ref);
    if (!t) {
        return ObjectResult::failure(ApiError::notFound(QLatin1String(ref.group), QLatin1String(ref.resource), {}));
    }
    const ObjectResult r = m_service->create(*t, ns, m_service->toServed(*t, object), operatorWrite(manager));
    if (!r.ok() && r.status != 409) {
        qCWarning(lcSandboxOperators) << manager << "cannot create" << ref.resource << Json::name(object) << ":"
                                      << r.error->message;
    }
    return r;
}

ObjectResult Kube::update(const Res::Ref &ref, const QJsonObject &object, const QString &manager)
{
    const ResourceType *t = type(ref);
    if (!t) {
        return ObjectResult::failure(ApiError::notFound(QLatin1String(ref.group), QLatin1String(ref.resource), {}));
    }
    const ObjectResult r = m_service->update(*t, Json::ns(object), Json::name(object), m_service->toServed(*t, object),
                                             operatorWrite(manager));
    if (!r.ok() && r.status != 409 && r.status != 404) {
        qCWarning(lcSandboxOperators) << manager << "cannot update" << ref.resource << Json::name(object) << ":"
                                      << r.error->message;
    }
    return r;
}

ObjectResult Kube::updateStatus(const Res::Ref &ref, const QJsonObject &object, const QString &manager)
{
    const ResourceType *t = type(ref);
    if (!t) {
        return ObjectResult::failure(ApiError::notFound(QLatin1String(ref.group), QLatin1String(ref.resource), {}));
    }
    const ObjectResult r = m_service->update(*t, Json::ns(object), Json::name(object), m_service->toServed(*t, object),
                                             operatorWrite(manager), QStringLiteral("status"));
    if (!r.ok() && r.status != 409 && r.status != 404) {
        qCWarning(lcSandboxOperators) << manager << "cannot update the status of" << ref.resource
                                      << Json::name(object) << ":" << r.error->message;
    }
    return r;
}

ObjectResult Kube::remove(const Res::Ref &ref, const QString &ns, const QString &name, const QString &manager,
                          const QString &preconditionUid)
{
    const ResourceType *t = type(ref);
    if (!t) {
        return ObjectResult::failure(ApiError::notFound(QLatin1String(ref.group), QLatin1String(ref.resource), name));
    }
    DeleteOptions d;
    d.propagationPolicy = QStringLiteral("Background");
    d.preconditionUid = preconditionUid;
    return m_service->remove(*t, ns, name, d, operatorWrite(manager));
}

void Kube::event(const Res::Ref &ref, const QJsonObject &involved, const QString &type, const QString &reason,
                 const QString &message, const QString &component)
{
    const QString ns = Json::ns(involved).isEmpty() ? QStringLiteral("default") : Json::ns(involved);
    const QString uid = Json::metaString(involved, QLatin1String("uid"));
    const QString correlation = uid + u'\n' + reason + u'\n' + message + u'\n' + component;
    const QString now = Json::timestamp();
    const auto known = m_eventNames.constFind(correlation);
    if (known != m_eventNames.constEnd()) {
        QJsonObject existing = get(Res::Events, ns, known.value());
        if (!existing.isEmpty()) {
            existing.insert(QLatin1String("count"), existing.value(QLatin1String("count")).toInt(1) + 1);
            existing.insert(QLatin1String("lastTimestamp"), now);
            if (update(Res::Events, existing, component).ok()) {
                return;
            }
        }
    }
    const ResourceType *t = this->type(ref);
    const QString kind = t ? t->kind : QString();
    const QString apiVersion = t ? t->apiVersion() : QString();
    const QString name = Json::name(involved) + u'.'
                         + QString::number(QDateTime::currentMSecsSinceEpoch() * 1000000 + m_eventNames.size(), 16);
    const QJsonObject eventObject{
        {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), name}, {QLatin1String("namespace"), ns}}},
        {QLatin1String("involvedObject"),
         QJsonObject{{QLatin1String("kind"), kind},
                     {QLatin1String("namespace"), Json::ns(involved)},
                     {QLatin1String("name"), Json::name(involved)},
                     {QLatin1String("uid"), uid},
                     {QLatin1String("apiVersion"), apiVersion},
                     {QLatin1String("resourceVersion"), Json::metaString(involved, QLatin1String("resourceVersion"))}}},
        {QLatin1String("reason"), reason},
        {QLatin1String("message"), message},
        {QLatin1String("type"), type},
        {QLatin1String("count"), 1},
        {QLatin1String("firstTimestamp"), now},
        {QLatin1String("lastTimestamp"), now},
        {QLatin1String("source"), QJsonObject{{QLatin1String("component"), component}}},
        {QLatin1String("reportingComponent"), component},
        {QLatin1String("reportingInstance"), QString(component + QLatin1String("-sandbox"))}};
    if (create(Res::Events, ns, eventObject, component).ok()) {
        m_eventNames.insert(correlation, name);
    }
}

static QByteArray digest(quint64 seed, const QString &key)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(seed));
    h.addData(QByteArrayView("\n"));
    h.addData(key.toUtf8());
    return h.result();
}

double Kube::unit(const QString &key) const
{
    const QByteArray d = digest(m_settings.seed, key);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) {
        v = (v << 8) | quint8(d.at(i));
    }
    return double(v >> 11) / double(1ULL << 53);
}

QString Kube::uuid(const QString &key) const
{
    QByteArray d = digest(m_settings.seed, key).left(16);
    d[6] = char((quint8(d.at(6)) & 0x0f) | 0x40);
    d[8] = char((quint8(d.at(8)) & 0x3f) | 0x80);
    const QByteArray hex = d.toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20));
}

int Kube::paced(int baseMs, const QString &key, double jitter) const
{
    const double factor = 1.0 + jitter * (2.0 * unit(key) - 1.0);
    return std::max(1, int(baseMs * factor / m_settings.pace));
}

Reconciler::Reconciler(Kube *kube, QObject *parent)
    : QObject(parent)
    , m_kube(kube)
{}

void Reconciler::enqueue(const QString &ns, const QString &name)
{
    enqueueKey(ns + u'/' + name);
}

void Reconciler::enqueueKey(const QString &key)
{
    m_dirty.insert(key);
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &Reconciler::run);
    }
}

void Reconciler::requeueAfter(const QString &ns, const QString &name, int ms)
{
    const QString key = ns + u'/' + name;
    QTimer::singleShot(ms, this, [this, key] { enqueueKey(key); });
}

void Reconciler::run()
{
    m_scheduled = false;
    if (m_running) {
        return;
    }
    m_running = true;
    // Keys queued while reconciling wait for the next round (after the writes' other observers ran).
    const std::set<QString> keys = std::exchange(m_dirty, {});
    for (const QString &key : keys) {
        const qsizetype slash = key.indexOf(u'/');
        reconcile(key.left(slash), key.mid(slash + 1));
    }
    m_running = false;
    if (!m_dirty.empty() && !m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &Reconciler::run);
    }
}

bool Conditions::set(QJsonArray &conditions, const QString &type, bool status, const QString &reasonIn,
                     const QString &message)
{
    const QString value = status ? QStringLiteral("True") : QStringLiteral("False");
    // metav1.Condition needs a reason (CamelCase); the type names the state well enough when none is given.
    const QString why = !reasonIn.isEmpty() ? reasonIn : status ? type : QString(QLatin1String("Not") + type);
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        QJsonObject c = conditions.at(i).toObject();
        if (c.value(QLatin1String("type")).toString() != type) {
            continue;
        }
        const QJsonObject before = c;
        if (c.value(QLatin1String("status")).toString() != value) {
            c.insert(QLatin1String("status"), value);
            c.insert(QLatin1String("lastTransitionTime"), Json::timestamp());
        }
        c.insert(QLatin1String("reason"), why);
        c.insert(QLatin1String("message"), message);
        if (c == before) {
            return false;
        }
        conditions.replace(i, c);
        return true;
    }
    conditions.append(QJsonObject{{QLatin1String("type"), type},
                                  {QLatin1String("status"), value},
                                  {QLatin1String("reason"), why},
                                  {QLatin1String("message"), message},
                                  {QLatin1String("lastTransitionTime"), Json::timestamp()}});
    return true;
}

QJsonObject Conditions::find(const QJsonArray &conditions, const QString &type)
{
    for (const QJsonValue &v : conditions) {
        if (v.toObject().value(QLatin1String("type")).toString() == type) {
            return v.toObject();
        }
    }
    return {};
}

bool Conditions::isTrue(const QJsonArray &conditions, const QString &type)
{
    return find(conditions, type).value(QLatin1String("status")).toString() == QLatin1String("True");
}

QString Op::labelOf(const QJsonObject &object, const QString &label)
{
    return Json::meta(object).value(QLatin1String("labels")).toObject().value(label).toString();
}

QString Op::annotationOf(const QJsonObject &object, const QString &annotation)
{
    return Json::meta(object).value(QLatin1String("annotations")).toObject().value(annotation).toString();
}

QString Op::uid(const QJsonObject &object)
{
    return Json::metaString(object, QLatin1String("uid"));
}

bool Op::isDeleting(const QJsonObject &object)
{
    return !Json::metaString(object, QLatin1String("deletionTimestamp")).isEmpty();
}

QString Op::controllerUid(const QJsonObject &object)
{
    for (const QJsonValue &v : Json::meta(object).value(QLatin1String("ownerReferences")).toArray()) {
        if (v.toObject().value(QLatin1String("controller")).toBool()) {
            return v.toObject().value(QLatin1String("uid")).toString();
        }
    }
    return {};
}

QJsonObject Op::ownerReference(const QString &apiVersion, const QString &kind, const QJsonObject &owner,
                               bool controller)
{
    QJsonObject ref{{QLatin1String("apiVersion"), apiVersion},
                    {QLatin1String("kind"), kind},
                    {QLatin1String("name"), Json::name(owner)},
                    {QLatin1String("uid"), uid(owner)}};
    if (controller) {
        ref.insert(QLatin1String("controller"), true);
        ref.insert(QLatin1String("blockOwnerDeletion"), true);
    }
    return ref;
}

QString Op::clean(const QString &value)
{
    QString out = value.toLower();
    for (QChar &c : out) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.')) {
            c = u'-';
        }
    }
    return out;
}

QString Op::hash(const QJsonValue &value)
{
    const QByteArray json = value.isObject()  ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                              : value.toVariant().toString().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(10));
}

bool Op::podRunning(const QJsonObject &pod)
{
    return Json::at(pod, u"status.phase").toString() == QLatin1String("Running") && !isDeleting(pod);
}

bool Op::podReady(const QJsonObject &pod)
{
    return podRunning(pod) && Conditions::isTrue(Json::at(pod, u"status.conditions").toArray(), QStringLiteral("Ready"));
}

int Op::ordinal(const QString &podName)
{
    const qsizetype dash = podName.lastIndexOf(u'-');
    bool ok = false;
    const int n = podName.mid(dash + 1).toInt(&ok);
    return ok ? n : -1;
}

bool Op::hasFinalizer(const QJsonObject &object, const QString &finalizer)
{
    return Json::meta(object).value(QLatin1String("finalizers")).toArray().contains(QJsonValue(finalizer));
}

void Op::setFinalizer(QJsonObject &object, const QString &finalizer, bool present)
{
    QJsonArray list = Json::meta(object).value(QLatin1String("finalizers")).toArray();
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (list.at(i).toString() == finalizer) {
            list.removeAt(i);
        }
    }
    if (present) {
        list.append(finalizer);
    }
    if (list.isEmpty()) {
        Json::removeMeta(object, QLatin1String("finalizers"));
    } else {
        Json::setMeta(object, QLatin1String("finalizers"), list);
    }
}

} // namespace Ringside::Sandbox
