# an alias added by hand resolves to its entity
setup: import ${SOURCE_DIR}/examples/seed.jsonl
setup: alias add "Dmitry Peskov" "Kremlin spokesman"
run: said "kremlin spokesman"
