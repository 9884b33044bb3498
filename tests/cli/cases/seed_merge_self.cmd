# merging an entity into itself (here by an alias) is refused
setup: import ${SOURCE_DIR}/examples/seed.jsonl
run: merge Peskov "Dmitry Peskov"
exit: 1
export-unchanged: yes
