# an unknown entity is one clear error, exit 1
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: about Atlantis
exit: 1
