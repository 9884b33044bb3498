# A file with a UTF-8 BOM and CRLF line ends imports exactly like the plain one
# (the golden file is the same as export_valid.stdout).
setup: import ${SOURCE_DIR}/tests/data/valid_crlf_bom.jsonl
run: export
