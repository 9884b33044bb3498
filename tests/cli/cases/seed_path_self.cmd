# the path from an entity to itself has no hops
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: path Peskov "Dmitry Peskov"
