# a date range with no dispute in it prints a clear line and exits 0
setup: import ${SOURCE_DIR}/examples/dispute.jsonl
run: disputed --since 2024-02-01
