# disputed --json gives each claim's statements and counts
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: --json disputed --limit 1
