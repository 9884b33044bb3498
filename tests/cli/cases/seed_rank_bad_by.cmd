# an unknown --by value is a usage error, exit 2
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: rank --by people
exit: 2
