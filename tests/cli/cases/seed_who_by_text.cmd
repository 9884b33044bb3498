# who shows who asserts, who denies and who reported a claim given by its text
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: who "putin WILL drag Belarus into the war with Ukraine!"
