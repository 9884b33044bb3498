# who --since drops the statements before the date
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: who putin-drag-belarus --since 2022-12-20
