# Invalid UTF-8 in a string is an error at its line, and nothing is written.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
run: import ${SOURCE_DIR}/tests/data/bad_invalid_utf8.jsonl
exit: 1
