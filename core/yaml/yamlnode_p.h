#pragma once

// Private to the core: conversion from yaml-cpp nodes, for readers that need the nodes' marks.
#include <QJsonValue>
#include <QList>

#include <yaml-cpp/yaml.h>

#include "yaml/yamljson.h"

namespace Ringside::Yaml {

/*! Converts one yaml-cpp node as parse() does; duplicate keys are reported in \a warnings. */
QJsonValue nodeToJson(const YAML::Node &node, QList<Diagnostic> *warnings = nullptr);

inline Mark markOf(const YAML::Node &node)
{
    const YAML::Mark m = node.Mark();
    return m.is_null() ? Mark{} : Mark{m.line + 1, m.column + 1};
}

} // namespace Ringside::Yaml
