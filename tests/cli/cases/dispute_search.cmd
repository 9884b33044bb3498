# a claim matching more of the words ranks higher
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: search bridge march
