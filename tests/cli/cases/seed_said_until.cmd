# --since/--until filter statements by date
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: said Peskov --until 2022-12-18
