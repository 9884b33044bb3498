# Runs one end-to-end case of the claimgraph command line (tests/cli/cases/NAME.cmd) and fails
# if the command does not behave exactly as the case says.
#
#   cmake -DCLAIMGRAPH=<binary> -DCASE=<cases/NAME.cmd> -DSOURCE_DIR=<checkout>
#         -DWORK_DIR=<scratch dir> -P run_case.cmake
#
# A case is a NAME.cmd file, one directive a line ('#' starts a comment line, blank lines are
# skipped), and up to two files beside it:
#
#   setup: ARGS           run `claimgraph --db WORK_DIR/db ARGS` first; must exit 0; any number,
#                         in order; their output is not checked
#   run: ARGS             the command under test (exactly one)
#   exit: N               its expected exit code (default 0)
#   stdin: FILE           feed FILE to the command under test on standard input
#   stdout: any           do not check its stdout (default: compare with NAME.stdout)
#   export-unchanged: yes run `export` before and after the command under test and require
#                         byte-identical output ("a bad import leaves the store unchanged")
#
#   NAME.stdout   the exact expected stdout (${WORK_DIR} in it is replaced). If there is no
#                 such file, stdout must be empty.
#   NAME.stderr   a CMake regular expression that stderr (its last newline removed) must match,
#                 e.g. `^claimgraph: error: .*/bad\.jsonl:3: unknown type "claimx"$`. CMake
#                 regexes know ^ $ . * + ? [] () | but no \d or \s. If there is no such file,
#                 stderr must be empty.
#
# ARGS are split like a shell command line ("quoted words" stay one argument), and ${SOURCE_DIR}
# and ${WORK_DIR} in ARGS and FILE are replaced by the checkout and the scratch directory.
#
# Rules every case gets for free:
#   - WORK_DIR is removed and created afresh; every invocation gets `--db WORK_DIR/db` first.
#   - CLAIMGRAPH_DB is removed from the environment and XDG_DATA_HOME points into WORK_DIR, so a
#     command that ignored --db could not touch a real store.
#   - Exit codes 1 and 3 promise exactly one line on stderr (STYLE.md section 4): checked.

cmake_minimum_required(VERSION 3.25)

foreach(required CLAIMGRAPH CASE SOURCE_DIR WORK_DIR)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run_case.cmake: -D${required}=... is required")
  endif()
endforeach()

get_filename_component(case_dir "${CASE}" DIRECTORY)
get_filename_component(case_name "${CASE}" NAME_WE)
set(db "${WORK_DIR}/db")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
unset(ENV{CLAIMGRAPH_DB})
set(ENV{XDG_DATA_HOME} "${WORK_DIR}/xdg")

# --- reading the case ------------------------------------------------------------------------

# Replaces ${SOURCE_DIR} and ${WORK_DIR} in `text`.
function(expand_paths text out_var)
  string(REPLACE "\${SOURCE_DIR}" "${SOURCE_DIR}" text "${text}")
  string(REPLACE "\${WORK_DIR}" "${WORK_DIR}" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

set(setup_count 0)
set(run_args "")
set(has_run FALSE)
set(expected_exit 0)
set(stdin_file "")
set(check_stdout TRUE)
set(check_export FALSE)

file(READ "${CASE}" case_text)
string(REPLACE "\r\n" "\n" case_text "${case_text}")
string(REPLACE "\n" ";" case_lines "${case_text}")  # a '; ' inside a line is not supported
set(line_number 0)
foreach(line IN LISTS case_lines)
  math(EXPR line_number "${line_number} + 1")
  string(STRIP "${line}" line)
  if(line STREQUAL "" OR line MATCHES "^#")
    continue()
  endif()
  if(NOT line MATCHES "^([a-z-]+):(.*)$")
    message(FATAL_ERROR "${CASE}:${line_number}: expected `directive: value`, got `${line}`")
  endif()
  set(directive "${CMAKE_MATCH_1}")
  string(STRIP "${CMAKE_MATCH_2}" value)
  expand_paths("${value}" value)
  if(directive STREQUAL "setup")
    separate_arguments(setup_args_${setup_count} UNIX_COMMAND "${value}")
    math(EXPR setup_count "${setup_count} + 1")
  elseif(directive STREQUAL "run")
    if(has_run)
      message(FATAL_ERROR "${CASE}:${line_number}: a case has exactly one `run:`")
    endif()
    separate_arguments(run_args UNIX_COMMAND "${value}")
    set(has_run TRUE)
  elseif(directive STREQUAL "exit")
    if(NOT value MATCHES "^[0-9]+$")
      message(FATAL_ERROR "${CASE}:${line_number}: exit code \"${value}\" is not a number")
    endif()
    set(expected_exit "${value}")
  elseif(directive STREQUAL "stdin")
    set(stdin_file "${value}")
  elseif(directive STREQUAL "stdout" AND value STREQUAL "any")
    set(check_stdout FALSE)
  elseif(directive STREQUAL "export-unchanged" AND (value STREQUAL "yes" OR value STREQUAL ""))
    set(check_export TRUE)
  else()
    message(FATAL_ERROR "${CASE}:${line_number}: unknown directive `${line}`")
  endif()
endforeach()
if(NOT has_run)
  message(FATAL_ERROR "${CASE}: no `run:` line")
endif()

# --- running claimgraph ----------------------------------------------------------------------

# Runs `claimgraph --db DB ARGS...`; sets <prefix>_exit, <prefix>_stdout, <prefix>_stderr.
# An optional `INPUT file` feeds that file on stdin.
function(run_claimgraph prefix)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "INPUT" "ARGS")
  set(input_option "")
  if(arg_INPUT)
    set(input_option INPUT_FILE "${arg_INPUT}")
  endif()
  execute_process(
    COMMAND "${CLAIMGRAPH}" --db "${db}" ${arg_ARGS}
    WORKING_DIRECTORY "${WORK_DIR}"
    ${input_option}
    RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE stdout
    ERROR_VARIABLE stderr
    TIMEOUT 120)
  set(${prefix}_exit "${exit_code}" PARENT_SCOPE)
  set(${prefix}_stdout "${stdout}" PARENT_SCOPE)
  set(${prefix}_stderr "${stderr}" PARENT_SCOPE)
endfunction()

# Fails the case now, showing what ran and what it printed (NOTICE prints text as is; a
# FATAL_ERROR message would be reflowed).
function(fail_run what args exit_code stdout stderr)
  string(REPLACE ";" " " command_line "claimgraph --db ${db};${args}")
  message(NOTICE "cli.${case_name}: ${what}\n"
    "--- command: ${command_line}\n--- exit code: ${exit_code}\n"
    "--- stdout:\n${stdout}--- stderr:\n${stderr}---")
  message(FATAL_ERROR "cli.${case_name} failed (see above)")
endfunction()

# Runs `export` and returns its output in `out_var`; it must succeed.
function(export_store out_var)
  run_claimgraph(export ARGS export)
  if(NOT export_exit STREQUAL "0")
    fail_run("export failed" "export" "${export_exit}" "${export_stdout}" "${export_stderr}")
  endif()
  set(${out_var} "${export_stdout}" PARENT_SCOPE)
endfunction()

# Writes `expected` and `actual` to WORK_DIR and returns a diff of them in `out_var`.
function(describe_difference expected actual out_var)
  file(WRITE "${WORK_DIR}/expected.txt" "${expected}")
  file(WRITE "${WORK_DIR}/actual.txt" "${actual}")
  find_program(DIFF_PROGRAM diff)
  if(DIFF_PROGRAM)
    execute_process(
      COMMAND "${DIFF_PROGRAM}" -u --label expected --label actual expected.txt actual.txt
      WORKING_DIRECTORY "${WORK_DIR}" OUTPUT_VARIABLE difference)
  else()
    set(difference "--- expected\n${expected}\n+++ actual\n${actual}\n")
  endif()
  set(${out_var} "${difference}\n(files: ${WORK_DIR}/expected.txt, actual.txt)" PARENT_SCOPE)
endfunction()

if(setup_count GREATER 0)
  math(EXPR last_setup "${setup_count} - 1")
  foreach(i RANGE ${last_setup})
    run_claimgraph(setup ARGS ${setup_args_${i}})
    if(NOT setup_exit STREQUAL "0")
      fail_run("setup command failed" "${setup_args_${i}}" "${setup_exit}" "${setup_stdout}"
        "${setup_stderr}")
    endif()
  endforeach()
endif()

if(check_export)
  export_store(export_before)
endif()

set(input_args "")
if(stdin_file)
  set(input_args INPUT "${stdin_file}")
endif()
run_claimgraph(actual ARGS ${run_args} ${input_args})

# --- checking --------------------------------------------------------------------------------

if(NOT actual_exit STREQUAL expected_exit)
  fail_run("exit code ${actual_exit}, expected ${expected_exit}" "${run_args}" "${actual_exit}"
    "${actual_stdout}" "${actual_stderr}")
endif()

if(check_stdout)
  set(expected_stdout "")
  if(EXISTS "${case_dir}/${case_name}.stdout")
    file(READ "${case_dir}/${case_name}.stdout" expected_stdout)
    string(REPLACE "\${WORK_DIR}" "${WORK_DIR}" expected_stdout "${expected_stdout}")
  endif()
  if(NOT actual_stdout STREQUAL expected_stdout)
    describe_difference("${expected_stdout}" "${actual_stdout}" difference)
    fail_run("stdout differs from ${case_name}.stdout:\n${difference}" "${run_args}"
      "${actual_exit}" "${actual_stdout}" "${actual_stderr}")
  endif()
endif()

string(REGEX REPLACE "\n$" "" stderr_text "${actual_stderr}")
if(EXISTS "${case_dir}/${case_name}.stderr")
  file(READ "${case_dir}/${case_name}.stderr" stderr_pattern)
  string(REGEX REPLACE "\r?\n$" "" stderr_pattern "${stderr_pattern}")
  expand_paths("${stderr_pattern}" stderr_pattern)
  if(NOT stderr_text MATCHES "${stderr_pattern}")
    fail_run("stderr does not match ${case_name}.stderr: ${stderr_pattern}" "${run_args}"
      "${actual_exit}" "${actual_stdout}" "${actual_stderr}")
  endif()
elseif(NOT actual_stderr STREQUAL "")
  fail_run("stderr is not empty (add ${case_name}.stderr to expect it)" "${run_args}"
    "${actual_exit}" "${actual_stdout}" "${actual_stderr}")
endif()
if(actual_exit MATCHES "^[13]$" AND (stderr_text STREQUAL "" OR stderr_text MATCHES "\n"))
  fail_run("a failing command must print exactly one line on stderr" "${run_args}"
    "${actual_exit}" "${actual_stdout}" "${actual_stderr}")
endif()

if(check_export)
  export_store(export_after)
  if(NOT export_before STREQUAL export_after)
    describe_difference("${export_before}" "${export_after}" difference)
    fail_run("the store changed (export before vs after):\n${difference}" "${run_args}"
      "${actual_exit}" "${actual_stdout}" "${actual_stderr}")
  endif()
endif()

message(STATUS "cli.${case_name}: ok")
