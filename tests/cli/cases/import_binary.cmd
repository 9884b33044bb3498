# A binary file is one clear error at its first line, and nothing is written.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
run: import ${SOURCE_DIR}/tests/data/articles/binary.bin
exit: 1
