# An empty file holds no records: it imports nothing, and that is not an error
# (an empty store exports to an empty file, which must import again).
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
stdin: ${SOURCE_DIR}/tests/data/empty.jsonl
run: import -
exit: 0
