# A raw NUL byte is an error at its line, and nothing is written.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
run: import ${SOURCE_DIR}/tests/data/bad_nul_byte.jsonl
exit: 1
