# search over the seed claims
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: search Minsk pressure
