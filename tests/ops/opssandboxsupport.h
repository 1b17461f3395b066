#pragma once

// Helpers of the operations GUI tests that drive a MainWindow against the in-process sandbox: the context and
// cluster they use, finding tree items by name, the screenshot paths and the theme switch, and a Reaper object for
// the cluster (the sandbox's operator makes it Ready and serves Reaper's REST API behind its Service).

#include "sandboxfixture.h"
#include "testsupport.h"
#include "tst_sandbox_op_support.h"

#include "gui/ops/settingsdialog.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonObject>

namespace Ringside::Test::OpsGui {

inline const QString Ctx = QStringLiteral("ringside-sandbox");
inline const QString ClusterName = QStringLiteral("shop");

inline QModelIndex childNamed(QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex child = model->index(i, 0, parent);
        if (child.data().toString() == text) {
            return child;
        }
    }
    return {};
}

inline QString shot(const QString &name, bool dark)
{
    return Test::outputPath(QStringLiteral("screenshots/ops-%1-%2.png").arg(name, dark ? QStringLiteral("dark") : QStringLiteral("light")));
}

/*! Applies the theme and lets every visible widget take the new palette before a picture is taken. */
inline void theme(bool dark)
{
    Operations::applyTheme(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QCoreApplication::processEvents();
}

/*! Creates the Reaper of \a cluster's dc1 and waits until it is Ready; the error, or an empty string. */
inline QString createReaper(SandboxFixture &fx, const QString &cluster)
{
    const QString reaper = cluster + QStringLiteral("-dc1-reaper");
    const HttpResponse r = fx.post(
        Op::path("reaper.k8ssandra.io/v1alpha1", "reapers"),
        QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("reaper.k8ssandra.io/v1alpha1")},
                    {QStringLiteral("kind"), QStringLiteral("Reaper")},
                    {QStringLiteral("metadata"),
                     QJsonObject{{QStringLiteral("name"), reaper},
                                 {QStringLiteral("labels"), QJsonObject{{QStringLiteral("k8ssandra.io/cluster-name"), cluster},
                                                                        {QStringLiteral("k8ssandra.io/cluster-namespace"), Op::Ns}}}}},
                    {QStringLiteral("spec"), QJsonObject{{QStringLiteral("datacenterRef"), QJsonObject{{QStringLiteral("name"), QString(cluster + QStringLiteral("-dc1"))}}}}}});
    if (r.status != 201) {
        return QStringLiteral("creating the Reaper: HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
    }
    const bool ready = QTest::qWaitFor(
        [&] {
            return Op::conditionTrue(Op::at(Op::getJson(fx, Op::path("reaper.k8ssandra.io/v1alpha1", "reapers", reaper)), QStringLiteral("status.conditions")),
                                     QStringLiteral("Ready"));
        },
        20000);
    return ready ? QString() : QStringLiteral("the Reaper %1 did not become Ready in 20 s").arg(reaper);
}

} // namespace Ringside::Test::OpsGui
