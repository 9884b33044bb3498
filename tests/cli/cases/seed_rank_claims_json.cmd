# rank --by claims --json: the most contested claims (deniers count twice)
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: --json rank --by claims --limit 2
