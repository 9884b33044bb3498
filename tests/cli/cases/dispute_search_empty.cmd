# an empty search text is an error, exit 1
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: search "?!"
exit: 1
