# the canonical name is not an alias: removing it is a clear error
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: alias rm Peskov "Dmitry Peskov"
exit: 1
