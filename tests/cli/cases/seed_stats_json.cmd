# stats counts records by kind and edges by relation
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: --json stats
