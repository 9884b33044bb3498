# path through claims and the entities they are about, at most --limit chains shown
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: path Peskov ISW --limit 3
