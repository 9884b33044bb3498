# an unknown speaker is one clear error, exit 1
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: timeline Nobody
exit: 1
