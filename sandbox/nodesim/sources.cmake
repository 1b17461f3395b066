# The simulated Cassandra nodes (issue 5): schema, load model, nodetool/cqlsh exec, logs, metrics, Prometheus files.
target_sources(ringside_sandbox_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/simschema.h ${CMAKE_CURRENT_LIST_DIR}/simschema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodemodel.h ${CMAKE_CURRENT_LIST_DIR}/nodemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loadmodel.h ${CMAKE_CURRENT_LIST_DIR}/loadmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodetool.h ${CMAKE_CURRENT_LIST_DIR}/nodetool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodetoolstats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cqlsh.h ${CMAKE_CURRENT_LIST_DIR}/cqlsh.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metrics.h ${CMAKE_CURRENT_LIST_DIR}/metrics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodelogs.h ${CMAKE_CURRENT_LIST_DIR}/nodelogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/promfiles.h ${CMAKE_CURRENT_LIST_DIR}/promfiles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodesimulation.h ${CMAKE_CURRENT_LIST_DIR}/nodesimulation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodeexec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataapi.cpp
)
