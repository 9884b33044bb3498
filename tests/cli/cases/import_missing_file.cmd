# A file that does not exist is a user error, and the store stays as it was.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
run: import ${SOURCE_DIR}/tests/data/no_such_file.jsonl
exit: 1
