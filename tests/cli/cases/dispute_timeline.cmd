# timeline marks where a speaker denied what they had asserted
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: timeline "alma reyes"
