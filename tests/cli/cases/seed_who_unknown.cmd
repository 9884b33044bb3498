# an unknown claim is one clear error, exit 1
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: who "Belarus will join the war"
exit: 1
