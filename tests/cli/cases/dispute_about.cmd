# about groups statements by claim, latest first
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: about eastport
