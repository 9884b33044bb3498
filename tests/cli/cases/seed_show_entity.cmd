# show on an entity lists its statements and the claims about it
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: show Lukashenko
