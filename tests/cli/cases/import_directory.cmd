# A directory given as the file is one clear error, and nothing is written.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
run: import ${SOURCE_DIR}/tests/data
exit: 1
