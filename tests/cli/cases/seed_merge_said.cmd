# after a merge, the merged-away name resolves to the entity that remains, with all statements
setup: import ${SOURCE_DIR}/examples/seed.jsonl
setup: deny "D. S. Peskov" putin-drag-belarus --date 2022-12-20 --quote "nonsense"
setup: merge "D. S. Peskov" "Dmitry Peskov"
run: said "D. S. Peskov"
