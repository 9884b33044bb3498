# no chain within --max-hops is an answer, not an error: exit 0
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: path Peskov ISW --max-hops 3
