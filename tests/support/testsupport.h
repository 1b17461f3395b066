#pragma once

#include <QString>
#include <QtTest>

namespace Ringside::Test {

/*! ../shared (the reference CRDs and guides), or an empty string when it is not there. */
QString sharedDir();
/*! True under CI (CI=true): tests that need ../shared or kubectl then fail instead of skipping. */
bool inCi();
/*! A file under tests/data. */
QString dataPath(const QString &relative);
/*! Where tests write screenshots and other output to look at. */
QString outputPath(const QString &relative);
/*! kubectl from PATH, or empty. */
QString kubectl();
/*! The build's bin directory (ringsidectl, ringside). */
QString binPath(const QString &program);
/*! A kubeconfig golden case: its directory under tests/data/kubeconfig, canonical. */
QString kubeconfigCaseDir(const QString &name);
/*! The case's KUBECONFIG value, from kubeconfig.list (one entry per line, relative to the case; empty lines are
    empty entries). */
QString kubeconfigCaseList(const QString &caseDir);
/*! Compares \a actual with the golden file; with RINGSIDE_UPDATE_GOLDEN=1 rewrites it instead.
    Returns an empty string when equal, else a unified-ish description of the first difference. */
QString compareGolden(const QString &goldenFile, const QString &actual);

} // namespace Ringside::Test

// Skip with a message where ../shared is missing, but fail under CI, where it must be present.
#define RINGSIDE_REQUIRE_SHARED()                                                                                      \
    do {                                                                                                               \
        if (Ringside::Test::sharedDir().isEmpty()) {                                                                   \
            if (Ringside::Test::inCi())                                                                                \
                QFAIL("../shared is missing next to the repository, and CI=true: it must be present");                 \
            QSKIP("../shared is missing next to the repository: the upstream reference tests are skipped");            \
        }                                                                                                              \
    } while (false)

#define RINGSIDE_REQUIRE_KUBECTL()                                                                                     \
    do {                                                                                                               \
        if (Ringside::Test::kubectl().isEmpty()) {                                                                     \
            if (Ringside::Test::inCi())                                                                                \
                QFAIL("kubectl is not on PATH, and CI=true: the parity tests need it (the build root has it)");         \
            QSKIP("kubectl is not on PATH: the kubectl parity tests are skipped (./ringside.sh test has it)");         \
        }                                                                                                              \
    } while (false)

#define RINGSIDE_COMPARE_GOLDEN(file, actual)                                                                          \
    do {                                                                                                               \
        const QString diff_ = Ringside::Test::compareGolden(file, actual);                                             \
        if (!diff_.isEmpty())                                                                                          \
            QFAIL(qPrintable(diff_));                                                                                  \
    } while (false)
