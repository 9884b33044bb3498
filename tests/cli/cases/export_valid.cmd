# Export writes back every record of an imported file (an "about" edge joins its claim's
# "about" list).
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
run: export
