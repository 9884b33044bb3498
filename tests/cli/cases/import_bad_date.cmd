# A bad import file fails at its line, and nothing of it is written.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
run: import ${SOURCE_DIR}/tests/data/bad_date.jsonl
exit: 1
