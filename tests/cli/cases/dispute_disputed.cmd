# disputed ranks claims by the speakers and outlets involved, then by date
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: disputed
