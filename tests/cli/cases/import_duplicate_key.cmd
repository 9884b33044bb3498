# A key given twice in one object is an error (JSON parsers would keep one silently).
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
run: import ${SOURCE_DIR}/tests/data/bad_duplicate_key.jsonl
exit: 1
