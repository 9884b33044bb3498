# search --limit keeps the best matches
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: search bridge --limit 1
