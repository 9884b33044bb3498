# merges and alias edits leave every invariant of the store intact
setup: import ${SOURCE_DIR}/examples/seed.jsonl
setup: deny "D. S. Peskov" putin-drag-belarus --date 2022-12-20 --quote "nonsense"
setup: merge "D. S. Peskov" "Dmitry Peskov"
setup: alias rm Peskov "D. S. Peskov"
setup: claims merge putin-minsk-force-belarus putin-drag-belarus
run: --json check
