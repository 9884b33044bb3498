# a merge of two entities recorded as distinct is refused and changes nothing
setup: import ${SOURCE_DIR}/examples/seed.jsonl
setup: add entity "Minsk Region" --kind place
setup: distinct Minsk "Minsk Region"
run: merge "Minsk Region" Minsk
exit: 1
export-unchanged: yes
