# The Cassandra domain model and its operations (issue 6). Included by core/CMakeLists.txt.
target_sources(ringside_core PRIVATE
    cassandra/domain/domainlogging.h cassandra/domain/domainlogging.cpp
    cassandra/domain/detection.h cassandra/domain/detection.cpp
    cassandra/domain/model.h cassandra/domain/model.cpp
    cassandra/domain/topology.h cassandra/domain/topology.cpp
)
target_sources(ringside_core PRIVATE
    cassandra/ops/operation.h cassandra/ops/operation.cpp
    cassandra/ops/validation.h cassandra/ops/validation.cpp
    cassandra/ops/versions.h cassandra/ops/versions.cpp
    cassandra/ops/clusterspec.h cassandra/ops/clusterspec.cpp
    cassandra/ops/clusterops.h cassandra/ops/clusterops.cpp
    cassandra/ops/taskops.h cassandra/ops/taskops.cpp
    cassandra/ops/progress.h cassandra/ops/progress.cpp
    cassandra/ops/guard.h cassandra/ops/guard.cpp
    cassandra/ops/history.h cassandra/ops/history.cpp
)
