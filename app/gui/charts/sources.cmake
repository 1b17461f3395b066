# The metric dashboards' widgets (Qt Widgets + Qt Charts): the time range bar, the chart view, the panel and the
# dashboard page. Included by app/CMakeLists.txt.
target_sources(ringside_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartstr.h
    ${CMAKE_CURRENT_LIST_DIR}/timerangebar.h ${CMAKE_CURRENT_LIST_DIR}/timerangebar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartview.h ${CMAKE_CURRENT_LIST_DIR}/chartview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartpanel.h ${CMAKE_CURRENT_LIST_DIR}/chartpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardpage.h ${CMAKE_CURRENT_LIST_DIR}/dashboardpage.cpp
)
