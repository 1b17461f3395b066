# Ringside's own CRD schemas (resources/schemas) and the code that reads, checks and compares CRDs.
target_sources(ringside_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/crdregistry.h ${CMAKE_CURRENT_LIST_DIR}/crdregistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schemacheck.h ${CMAKE_CURRENT_LIST_DIR}/schemacheck.cpp ${CMAKE_CURRENT_LIST_DIR}/schemacompare.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schemautil_p.h
    ${CMAKE_CURRENT_LIST_DIR}/schemavalidator.h ${CMAKE_CURRENT_LIST_DIR}/schemavalidator.cpp
)
qt_add_resources(ringside_core "ringside_schemas"
    PREFIX "/schemas"
    BASE ${CMAKE_SOURCE_DIR}/resources/schemas
    FILES
        ${CMAKE_SOURCE_DIR}/resources/schemas/cassandra.datastax.com_cassandradatacenters.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/config.k8ssandra.io_clientconfigs.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/control.k8ssandra.io_cassandratasks.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/control.k8ssandra.io_k8ssandratasks.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/control.k8ssandra.io_scheduledtasks.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/k8ssandra.io_k8ssandraclusters.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/medusa.k8ssandra.io_medusabackupjobs.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/medusa.k8ssandra.io_medusabackups.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/medusa.k8ssandra.io_medusabackupschedules.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/medusa.k8ssandra.io_medusaconfigurations.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/medusa.k8ssandra.io_medusarestorejobs.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/medusa.k8ssandra.io_medusatasks.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/missioncontrol.datastax.com_missioncontrolclusters.yaml
        ${CMAKE_SOURCE_DIR}/resources/schemas/reaper.k8ssandra.io_reapers.yaml
)
