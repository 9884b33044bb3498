# --claim draws one claim's neighbourhood: a --focus beside it is a usage error, exit 2
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: render --focus Peskov --claim putin-drag-belarus
exit: 2
