# The cluster creation wizard's models (issue 7; Qt Gui, never Widgets): the spec being built with per-page
# validation, the datacenters-and-racks item model, and the cassandra.yaml / JVM override checks.
target_sources(ringside_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/wizardtr.h
    ${CMAKE_CURRENT_LIST_DIR}/configoverrides.h ${CMAKE_CURRENT_LIST_DIR}/configoverrides.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datacentermodel.h ${CMAKE_CURRENT_LIST_DIR}/datacentermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wizardmodel.h ${CMAKE_CURRENT_LIST_DIR}/wizardmodel.cpp
)
