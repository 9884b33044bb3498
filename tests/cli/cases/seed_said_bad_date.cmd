# a bad --since date is a usage error, exit 2
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: said Peskov --since 2022-02-30
exit: 2
