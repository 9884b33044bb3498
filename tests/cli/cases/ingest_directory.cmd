# A directory given as an article is one clear error, and nothing is written.
setup: import ${SOURCE_DIR}/tests/data/valid_small.jsonl
export-unchanged: yes
run: ingest ${SOURCE_DIR}/tests/data/articles
exit: 1
