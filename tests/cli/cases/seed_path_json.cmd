# path --json gives every hop with its relation, direction and node
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: path Peskov Putin --limit 2 --json
