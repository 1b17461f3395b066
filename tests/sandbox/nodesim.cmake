# Tests of the simulated Cassandra nodes (issue 5, nodesim).
foreach(name nodetool sim)
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandbox_node_${name}.cpp)
        ringside_add_test(NAME tst_sandbox_node_${name} SOURCES tst_sandbox_node_${name}.cpp tst_sandbox_node_world.h
            LIBS ringside_sandbox_testsupport)
    endif()
endforeach()
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandbox_node_prometheus.cpp)
    # Starts the real Prometheus of the build root against an in-process sandbox (skips when it is missing).
    ringside_add_test(NAME tst_sandbox_node_prometheus SOURCES tst_sandbox_node_prometheus.cpp tst_sandbox_node_world.h
        LIBS ringside_sandbox_testsupport LABELS prometheus TIMEOUT 180)
endif()
