# an unknown name is one clear error, exit 1
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: path Peskov Shoigu
exit: 1
