# timeline --json gives what each reversal reverses
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: --json timeline reyes --since 2024-02-01
