# show on an article key
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: show up-peskov-belarus
