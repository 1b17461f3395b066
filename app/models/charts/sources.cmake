# The metric dashboards' models (Qt Gui, never Widgets): time windows, chart series values, the per-panel model
# (queries, LTTB, states, legend table) and the dashboard model (flavour detection, shared scope and window).
# Included by app/CMakeLists.txt.
target_sources(ringside_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartslogging.h ${CMAKE_CURRENT_LIST_DIR}/chartslogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timewindow.h ${CMAKE_CURRENT_LIST_DIR}/timewindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartdata.h ${CMAKE_CURRENT_LIST_DIR}/chartdata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/panelmodel.h ${CMAKE_CURRENT_LIST_DIR}/panelmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardmodel.h ${CMAKE_CURRENT_LIST_DIR}/dashboardmodel.cpp
)
