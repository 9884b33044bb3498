# about lists each claim about an entity with its statements
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: about belarus
