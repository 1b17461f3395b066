# The simulated operators of the sandbox (issue 5): kubelets, StatefulSet/Deployment controllers, cass-operator,
# k8ssandra-operator, Mission Control, CassandraTask/K8ssandraTask, fault injection and the demo cluster.
target_sources(ringside_sandbox_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/opkit.h ${CMAKE_CURRENT_LIST_DIR}/opkit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubelet.h ${CMAKE_CURRENT_LIST_DIR}/kubelet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workloads.h ${CMAKE_CURRENT_LIST_DIR}/workloads.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statefulset.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deployment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/endpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataapi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cassbuild.h ${CMAKE_CURRENT_LIST_DIR}/cassbuild.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cassoperator.h ${CMAKE_CURRENT_LIST_DIR}/cassoperator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cassstatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/k8ssandra.h ${CMAKE_CURRENT_LIST_DIR}/k8ssandra.cpp
    ${CMAKE_CURRENT_LIST_DIR}/missioncontrol.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tasks.h ${CMAKE_CURRENT_LIST_DIR}/tasks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/k8ssandratask.cpp
    ${CMAKE_CURRENT_LIST_DIR}/operators.h ${CMAKE_CURRENT_LIST_DIR}/operators.cpp
)
