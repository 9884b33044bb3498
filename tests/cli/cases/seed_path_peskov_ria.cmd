# path lists every shortest chain (2 hops: a claim and the outlet that carried it)
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: path peskov "RIA Novosti"
