# quotes are searchable: the word is only in a denial's quote
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: search scaffolding
