# an alias in another script resolves, and --about filters
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: said isw --about "Путин"
