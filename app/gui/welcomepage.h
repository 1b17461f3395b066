#pragma once

#include "kubeconfig/kubeconfig.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Ringside {

/*! The central area before anything is open: says what to do next, and what is wrong with the kubeconfig. */
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setKubeconfig(const Kubeconfig &config, const QString &activeContext);
    QString text() const;
    /*! Adds a button for \a action to the row under the text (the features' most common first steps). */
    void addQuickAction(QAction *action);

Q_SIGNALS:
    /*! The user pressed "New Cluster…". */
    void newClusterRequested();

private:
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_issues;
    QPushButton *m_newCluster;
    QHBoxLayout *m_buttons;
};

} // namespace Ringside
