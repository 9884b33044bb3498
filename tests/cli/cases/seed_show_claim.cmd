# show on a claim explains where each edge came from
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: show belarus-ally-of-russia
