# two phrasings of one claim become one: the old key still resolves, with every source
setup: import ${SOURCE_DIR}/examples/seed.jsonl
setup: assert ISW "Putin will drag Belarus into the war" --date 2022-12-21 --quote "drag Belarus into the war"
setup: claims merge "Putin will drag Belarus into the war" putin-drag-belarus
run: who "Putin will drag Belarus into the war"
