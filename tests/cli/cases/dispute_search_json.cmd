# search --json
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: --json search ferry winter
