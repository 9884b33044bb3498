# render --about draws the claims about an entity with their speakers, outlets and about
# targets. The DOT output is byte-stable, so it is pinned
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: render --about Belarus --format dot --no-legend
