#pragma once

#include "kubeconfig/kubeconfig.h"

#include <QWidget>

class QLabel;

namespace Ringside {

/*! The central area before anything is open: says what to do next, and what is wrong with the kubeconfig. */
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setKubeconfig(const Kubeconfig &config, const QString &activeContext);
    QString text() const;

private:
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_issues;
};

} // namespace Ringside
