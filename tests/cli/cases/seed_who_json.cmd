# who --json
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: --json who putin-visit-pressure-lukashenko
