# timeline of a speaker without reversals
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: timeline Peskov
