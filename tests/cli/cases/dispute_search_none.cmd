# no match prints a clear line and exits 0
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: search zeppelin
