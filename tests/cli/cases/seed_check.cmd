# the seed store is consistent
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: check
