# rank --by outlets --algo pagerank
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: rank --by outlets --algo pagerank
