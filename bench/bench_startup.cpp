// Start-up cost of the main window (model, dock, welcome page, menus, kubeconfig with 200 contexts) until its first
// frame is rendered, as a ratio against a minimal Qt window (a QMainWindow with a label) rendered the same way in the
// same process. Printed as "ratio: N.NNx".
#include "gui/appsettings.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

template<typename Make>
double medianMs(int runs, Make make)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        {
            auto window = make();
            window->resize(1200, 760);
            window->show();
            (void)window->grab(); // render the first frame
        }
        QCoreApplication::processEvents();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("config"));
    {
        QFile f(kubeconfig);
        if (!f.open(QIODevice::WriteOnly)) {
            return 1;
        }
        QByteArray y = "contexts:\n";
        for (int i = 0; i < 200; ++i) {
            y += "- name: ctx-" + QByteArray::number(i) + "\n  context: {cluster: c" + QByteArray::number(i) + ", user: u}\n";
        }
        f.write(y + "current-context: ctx-7\n");
    }
    Ringside::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const int runs = 25;
    const double baseline = medianMs(runs, [] {
        auto w = std::make_unique<QMainWindow>();
        w->setCentralWidget(new QLabel(QStringLiteral("Hello")));
        return w;
    });
    const double ours = medianMs(runs, [&] { return std::make_unique<Ringside::MainWindow>(settings, Ringside::KubeconfigLoadingRules{kubeconfig, {}, {}}); });
    std::printf("minimal Qt window to first frame: %.2f ms (median of %d)\n", baseline, runs);
    std::printf("Ringside main window (200 contexts) to first frame: %.2f ms (median of %d)\n", ours, runs);
    std::printf("main window start-up vs minimal Qt window: ratio: %.2fx\n", ours / baseline);
    return 0;
}
