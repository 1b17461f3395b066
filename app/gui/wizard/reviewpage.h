#pragma once

#include "gui/wizard/wizardpages.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace Ringside::Editor {
class YamlDocument;
class YamlEditor;
} // namespace Ringside::Editor

namespace Ringside::Wizard {

class ClusterWizard;

/*! The last page: what is written and why (the kind detected), the generated YAML highlighted (read-only unless
    "Expert: edit YAML" is on), the server dry run of exactly that text, and Create. Create is enabled once the
    dry run of the current text has passed; it sends the same text with server-side apply. \since 0.1 */
class ReviewPage : public FieldPage
{
    Q_OBJECT
public:
    ReviewPage(WizardModel *model, ClusterWizard *wizard);

    Editor::YamlEditor *editor() const { return m_editor; }
    QLabel *dryRunLabel() const { return m_result; }
    QCheckBox *expertBox() const { return m_expert; }
    /*! True once the dry run of the text now shown has passed. */
    bool dryRunPassed() const { return !m_passedFor.isEmpty() && m_passedFor == m_model->manifestYaml(); }
    /*! Runs the server dry run of the current text. */
    void runDryRun();

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void syncFromModel() override;

private:
    void applyFinished(bool dryRun, bool ok, const QString &text);
    void showResult(const QString &text, bool ok);

    ClusterWizard *m_wizard;
    QLabel *m_note;
    Editor::YamlDocument *m_document;
    Editor::YamlEditor *m_editor;
    QCheckBox *m_expert;
    QPushButton *m_dryRun;
    QLabel *m_result;
    QString m_passedFor;   //!< the manifest text whose dry run passed
    QString m_dryRunFor;   //!< the text of the running dry run
    bool m_created = false;
    bool m_creating = false;
};

} // namespace Ringside::Wizard
