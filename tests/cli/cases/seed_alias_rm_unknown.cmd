# removing an alias the entity does not have is a clear error
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: alias rm Peskov Shoigu
exit: 1
