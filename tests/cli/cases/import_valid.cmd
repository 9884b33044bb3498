# A valid file imports (its one-line summary is not pinned down here).
run: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
exit: 0
stdout: any
