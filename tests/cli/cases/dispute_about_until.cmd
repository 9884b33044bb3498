# about --until keeps the statements of the range
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: about Eastport --until 2024-01-10
