#include "gui/ops/settingsdialog.h"

#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/ops/opstr.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleHints>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Ringside::Operations {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xf7));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

void applyTheme(const QString &theme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app) {
        return;
    }
    bool dark = theme == QLatin1String("dark");
    if (theme == QLatin1String("system")) {
        QGuiApplication::styleHints()->unsetColorScheme();
        dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    } else {
        QGuiApplication::styleHints()->setColorScheme(dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
    }
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
}

QStringList availableLanguages()
{
    QStringList out;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("ringside_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        out << f.mid(9, f.size() - 9 - 3);
    }
    return out;
}

SettingsDialog::SettingsDialog(AppSettings &settings, const QStringList &contexts, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_contextNames(contexts)
    , m_contexts(new QTableWidget(int(contexts.size()), 3, this))
    , m_refresh(new QSpinBox(this))
    , m_metricsRefresh(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_logBuffer(new QSpinBox(this))
    , m_notifications(new QCheckBox(OpsGuiTr::tr("Show desktop &notifications when an alert fires or an operation ends"), this))
    , m_themeAtOpen(settings.theme())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(OpsGuiTr::tr("Settings"));
    m_contexts->setObjectName(QStringLiteral("contexts"));
    m_contexts->setHorizontalHeaderLabels({OpsGuiTr::tr("Context"), OpsGuiTr::tr("Metrics URL (Prometheus, Mimir, Thanos)"), OpsGuiTr::tr("Read-only")});
    m_contexts->horizontalHeader()->setSectionResizeMode(PrometheusColumn, QHeaderView::Stretch);
    m_contexts->horizontalHeader()->setSectionResizeMode(ContextNameColumn, QHeaderView::ResizeToContents);
    m_contexts->horizontalHeader()->setSectionResizeMode(ReadOnlyColumn, QHeaderView::ResizeToContents);
    m_contexts->verticalHeader()->hide();
    m_refresh->setRange(2, 3600);
    m_refresh->setSuffix(OpsGuiTr::tr(" s"));
    m_metricsRefresh->setRange(5, 3600);
    m_metricsRefresh->setSuffix(OpsGuiTr::tr(" s"));
    m_logBuffer->setRange(1000, 50000000);
    m_logBuffer->setSingleStep(100000);
    m_logBuffer->setGroupSeparatorShown(true);
    m_logBuffer->setSuffix(OpsGuiTr::tr(" lines"));
    m_theme->addItem(OpsGuiTr::tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(OpsGuiTr::tr("Light"), QStringLiteral("light"));
    m_theme->addItem(OpsGuiTr::tr("Dark"), QStringLiteral("dark"));
    m_language->addItem(OpsGuiTr::tr("System language"), QString());
    for (const QString &lang : availableLanguages()) {
        const QLocale l(lang);
        const QString native = l.nativeLanguageName();
        m_language->addItem(native.isEmpty() ? lang : QStringLiteral("%1 (%2)").arg(native, lang), lang);
    }

    auto *contextsBox = new QGroupBox(OpsGuiTr::tr("Contexts"), this);
    auto *contextsLayout = new QVBoxLayout(contextsBox);
    auto *safety = new QLabel(OpsGuiTr::tr("Ringside never writes to a read-only context: operations, apply and edits are refused with the "
                                           "reason. The CLI (ringsidectl) honours the same list."),
                              contextsBox);
    safety->setWordWrap(true);
    contextsLayout->addWidget(m_contexts);
    contextsLayout->addWidget(safety);

    auto *general = new QGroupBox(OpsGuiTr::tr("General"), this);
    auto *form = new QFormLayout(general);
    form->addRow(OpsGuiTr::tr("&Theme:"), m_theme);
    form->addRow(OpsGuiTr::tr("&Language:"), m_language);
    form->addRow(OpsGuiTr::tr("Live &refresh (tree, alerts):"), m_refresh);
    form->addRow(OpsGuiTr::tr("&Metrics refresh:"), m_metricsRefresh);
    form->addRow(OpsGuiTr::tr("Log &buffer:"), m_logBuffer);
    form->addRow(m_notifications);
    auto *languageNote = new QLabel(OpsGuiTr::tr("A new language applies to windows and menus opened after the change."), general);
    languageNote->setWordWrap(true);
    form->addRow(languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QStringList problems = save();
        if (problems.isEmpty()) {
            accept();
        } else {
            QMessageBox::warning(this, OpsGuiTr::tr("Settings"), problems.join(u'\n'));
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        applyTheme(m_themeAtOpen); // the preview goes back
        reject();
    });
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        const QStringList problems = save();
        if (!problems.isEmpty()) {
            QMessageBox::warning(this, OpsGuiTr::tr("Settings"), problems.join(u'\n'));
        }
    });
    // The theme applies at once, as a preview; Cancel restores the one in use.
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { applyTheme(m_theme->currentData().toString()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(contextsBox, 1);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(760, 560);
    load();
}

void SettingsDialog::load()
{
    const QStringList readOnly = m_settings.readOnlyContexts();
    for (int row = 0; row < m_contextNames.size(); ++row) {
        const QString &name = m_contextNames.at(row);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_contexts->setItem(row, ContextNameColumn, nameItem);
        m_contexts->setItem(row, PrometheusColumn, new QTableWidgetItem(m_settings.prometheusUrl(name)));
        auto *ro = new QTableWidgetItem;
        ro->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        ro->setCheckState(readOnly.contains(name) ? Qt::Checked : Qt::Unchecked);
        m_contexts->setItem(row, ReadOnlyColumn, ro);
    }
    const QSignalBlocker b(m_theme);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_settings.theme())));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_refresh->setValue(m_settings.refreshIntervalSeconds());
    m_metricsRefresh->setValue(m_settings.metricsRefreshSeconds());
    m_logBuffer->setValue(m_settings.logBufferLines());
    m_notifications->setChecked(m_settings.notificationsEnabled());
}

QStringList SettingsDialog::save()
{
    QStringList problems;
    QStringList readOnly = m_settings.readOnlyContexts();
    for (int row = 0; row < m_contexts->rowCount(); ++row) {
        const QString name = m_contexts->item(row, ContextNameColumn)->text();
        const QString url = m_contexts->item(row, PrometheusColumn)->text().trimmed();
        const QUrl parsed(url);
        if (!url.isEmpty() && (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
                               || parsed.host().isEmpty())) {
            problems << OpsGuiTr::tr("The metrics URL of %1 must be an http:// or https:// URL with a host, not \"%2\".").arg(name, url);
        } else {
            m_settings.setPrometheusUrl(name, url);
        }
        readOnly.removeAll(name);
        if (m_contexts->item(row, ReadOnlyColumn)->checkState() == Qt::Checked) {
            readOnly << name;
        }
    }
    m_settings.setReadOnlyContexts(readOnly);
    m_settings.setTheme(m_theme->currentData().toString());
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        installTranslations(*QCoreApplication::instance(), language); // new windows and menus use it
    }
    m_settings.setRefreshIntervalSeconds(m_refresh->value());
    m_settings.setMetricsRefreshSeconds(m_metricsRefresh->value());
    m_settings.setLogBufferLines(m_logBuffer->value());
    m_settings.setNotificationsEnabled(m_notifications->isChecked());
    m_settings.sync();
    m_themeAtOpen = m_settings.theme();
    Q_EMIT applied();
    return problems;
}

} // namespace Ringside::Operations
