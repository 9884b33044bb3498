# the seed article disputes nothing
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: disputed
