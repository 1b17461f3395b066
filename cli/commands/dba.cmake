# ringsidectl's DBA commands (issue 6): the top-level names a DBA would guess, alerts, metrics, cluster logs,
# completions, the man page and help topics.
target_sources(ringside_cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dbasupport.h
    ${CMAKE_CURRENT_LIST_DIR}/dbasupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dbaaliases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterlogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricscommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/alertscommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/completion.cpp
)

# The man page and the shell completions, generated from the command table by the built ringsidectl, installed where
# man and the shells look for them. (The ringsidectl target is defined after this file is included; generator
# expressions and target-level DEPENDS resolve at generation time.)
set(_ringsidectl_generated ${CMAKE_CURRENT_BINARY_DIR}/ringsidectl.1 ${CMAKE_CURRENT_BINARY_DIR}/completions/ringsidectl.bash
    ${CMAKE_CURRENT_BINARY_DIR}/completions/_ringsidectl ${CMAKE_CURRENT_BINARY_DIR}/completions/ringsidectl.fish)
add_custom_command(
    OUTPUT ${_ringsidectl_generated}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/completions
    COMMAND $<TARGET_FILE:ringsidectl> help --man > ${CMAKE_CURRENT_BINARY_DIR}/ringsidectl.1
    COMMAND $<TARGET_FILE:ringsidectl> completion bash > ${CMAKE_CURRENT_BINARY_DIR}/completions/ringsidectl.bash
    COMMAND $<TARGET_FILE:ringsidectl> completion zsh > ${CMAKE_CURRENT_BINARY_DIR}/completions/_ringsidectl
    COMMAND $<TARGET_FILE:ringsidectl> completion fish > ${CMAKE_CURRENT_BINARY_DIR}/completions/ringsidectl.fish
    DEPENDS ringsidectl
    COMMENT "Generating ringsidectl.1 and the shell completions from the command table")
add_custom_target(ringsidectl_docs ALL DEPENDS ${_ringsidectl_generated})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/ringsidectl.1 DESTINATION share/man/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/completions/ringsidectl.bash DESTINATION share/bash-completion/completions RENAME ringsidectl)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/completions/_ringsidectl DESTINATION share/zsh/site-functions)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/completions/ringsidectl.fish DESTINATION share/fish/vendor_completions.d)
