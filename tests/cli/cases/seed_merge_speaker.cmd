# merge moves a duplicate speaker's statements onto the entity it duplicates
setup: import ${SOURCE_DIR}/examples/seed.jsonl
setup: deny "D. S. Peskov" putin-drag-belarus --date 2022-12-20 --quote "nonsense"
run: merge "D. S. Peskov" "Dmitry Peskov"
