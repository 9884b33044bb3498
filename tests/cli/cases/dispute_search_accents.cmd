# search folds case and accents
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: search CAFE
