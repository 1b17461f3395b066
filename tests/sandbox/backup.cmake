# Tests of the simulated Medusa and Reaper (sandbox/backup).
foreach(name medusa reaper)
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandbox_backup_${name}.cpp)
        ringside_add_test(NAME tst_sandbox_backup_${name} SOURCES tst_sandbox_backup_${name}.cpp tst_sandbox_backup_world.h
            LIBS ringside_sandbox_testsupport TIMEOUT 120)
    endif()
endforeach()
