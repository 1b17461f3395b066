# Compile options every Ringside target shares: strict Qt defines (STYLE rule 11) and warnings.
add_library(ringside_options INTERFACE)
target_compile_definitions(ringside_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060800
    QT_MESSAGELOGCONTEXT
    RINGSIDE_VERSION="${PROJECT_VERSION}")
target_compile_options(ringside_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(RINGSIDE_WERROR)
    target_compile_options(ringside_options INTERFACE -Werror)
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 14 warns inside Qt's own headers on some QStringBuilder chains; not our code.
    target_compile_options(ringside_options INTERFACE -Wno-dangling-reference)
endif()

# ringside_add_test(NAME name SOURCES ... LIBS ... [GUI] [LABELS ...] [TIMEOUT s])
# Tests link the libraries; they never recompile application sources (STYLE rule 1).
# GUI tests run on the offscreen platform with isolated settings (STYLE rule 10).
function(ringside_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ringside_options ringside_testsupport Qt6::Test ${T_LIBS})
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    set(args ${T_ARGS})
    if(T_GUI)
        list(APPEND args -platform offscreen)
    endif()
    add_test(NAME ${T_NAME} COMMAND ${T_NAME} ${args})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(env "RINGSIDE_SHARED_DIR=${RINGSIDE_SHARED_DIR}" "RINGSIDE_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data"
            "RINGSIDE_BIN_DIR=${CMAKE_BINARY_DIR}/bin" "RINGSIDE_TEST_OUTPUT=${CMAKE_BINARY_DIR}/test-output"
            "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8")
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}" LABELS "${T_LABELS}")
endfunction()
