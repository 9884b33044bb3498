# `import -` reads standard input and names it <stdin> in errors.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
stdin: ${SOURCE_DIR}/tests/data/bad_unknown_type.jsonl
run: import -
exit: 1
