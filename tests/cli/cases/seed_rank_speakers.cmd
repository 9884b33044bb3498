# rank --by speakers: the most active speakers by their asserts and denies
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: rank --by speakers
