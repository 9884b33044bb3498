# Importing what is already in the store, here its own export, changes nothing.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
setup: export -o ${WORK_DIR}/copy.jsonl
export-unchanged: yes
run: import ${WORK_DIR}/copy.jsonl
stdout: any
