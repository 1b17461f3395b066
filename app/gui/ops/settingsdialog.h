#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTableWidget;

namespace Ringside {
class AppSettings;
}

namespace Ringside::Operations {

/*! "light" and "dark" palettes; "system" follows the platform's colour scheme. Applied to the whole application
    at once. \since 0.1 */
void applyTheme(const QString &theme);
/*! The dark palette Ringside uses. */
QPalette darkPalette();
/*! The languages of the embedded catalogues (:/i18n/ringside_LANG.qm), e.g. {"de", "en", "fr"}. */
QStringList availableLanguages();

/*! Tools › Settings: metrics source and read-only switch per context, refresh intervals, theme, language, log
    buffer and notifications, stored in AppSettings (QSettings, XDG). \since 0.1 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum ContextColumn { ContextNameColumn, PrometheusColumn, ReadOnlyColumn };

    SettingsDialog(AppSettings &settings, const QStringList &contexts, QWidget *parent = nullptr);

    QTableWidget *contextTable() const { return m_contexts; }
    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *refreshSpin() const { return m_refresh; }
    QSpinBox *metricsRefreshSpin() const { return m_metricsRefresh; }
    QSpinBox *logBufferSpin() const { return m_logBuffer; }
    QCheckBox *notificationsCheck() const { return m_notifications; }

    /*! Writes every field to the settings (OK and Apply do this). Returns the problems (bad URLs), empty when none. */
    QStringList save();

Q_SIGNALS:
    /*! The settings were written. */
    void applied();

private:
    void load();

    AppSettings &m_settings;
    QStringList m_contextNames;
    QTableWidget *m_contexts;
    QSpinBox *m_refresh;
    QSpinBox *m_metricsRefresh;
    QComboBox *m_theme;
    QComboBox *m_language;
    QSpinBox *m_logBuffer;
    QCheckBox *m_notifications;
    QString m_themeAtOpen;
};

} // namespace Ringside::Operations
