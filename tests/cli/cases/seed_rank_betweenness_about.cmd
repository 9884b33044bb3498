# exact betweenness on the claims about one entity
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: rank --by speakers --algo betweenness --about Belarus
