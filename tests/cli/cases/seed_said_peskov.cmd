# said lists a speaker's assertions and denials with dates and the outlets that carried them
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: said peskov
