#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Ringside::Editor {

/*! A YAML template for one kind (resources/templates, compiled in as `:/templates/<id>.yaml`). \since 0.1 */
struct YamlTemplate
{
    QString id;          //!< the file's base name: "k8ssandracluster", "cassandratask-restart"
    QString kind;        //!< the kind it creates
    QString title;       //!< translated
    QString description; //!< translated
    QString resourcePath;
    /*! The template's text, as the file holds it. */
    QString text() const;
};

/*! Every template, in menu order (clusters, tasks, backups, repairs, then core kinds). \since 0.1 */
QList<YamlTemplate> yamlTemplates();

/*! The template called \a id. \since 0.1 */
std::optional<YamlTemplate> findYamlTemplate(const QString &id);

/*! The ids of the template files compiled in, sorted (for checking that each has a title). \since 0.1 */
QStringList templateResourceIds();

} // namespace Ringside::Editor
