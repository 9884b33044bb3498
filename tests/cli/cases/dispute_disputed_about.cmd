# disputed --about keeps the disputed claims about one entity (name folded)
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: disputed --about "port cafe"
