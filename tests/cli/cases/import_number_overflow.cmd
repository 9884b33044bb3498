# A number too large for a double is an error at its line, and nothing is written.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
run: import ${SOURCE_DIR}/tests/data/bad_number_overflow.jsonl
exit: 1
