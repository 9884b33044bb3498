# said --json gives every statement with its provenance
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: --json said "Dmitry Peskov" --about Minsk
