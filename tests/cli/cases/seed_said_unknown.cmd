# an unknown speaker is one clear error, exit 1
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: said Shoigu
exit: 1
