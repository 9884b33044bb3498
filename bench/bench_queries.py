#!/usr/bin/env python3
"""bench/run's query side: picks the query targets from claimgraph-gen's targets file, writes
the SQLite equivalents of claimgraph's queries, and counts the answers that bench/run checks.

    bench_queries.py pick TARGETS.json WORK_DIR   # WORK_DIR/queries.env and sqlite_*.sql
    bench_queries.py count QUERY FORMAT FILE      # prints the answer's size(s)

QUERY is said, who, disputed or render; FORMAT is claimgraph (its --json output, or DOT for
render) or sqlite (sqlite3's rows, first column the row's kind where there are several).
"""
import json
import re
import shlex
import sys

from jsonl_to_sqlite import fold


def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


SAID = """\
WITH s AS (SELECT node FROM names WHERE name = {name})
SELECT c.key, c.text, e.rel, e.date, e.quote, a.key, e.confidence,
  (SELECT group_concat(o.key, ';') FROM edges r JOIN nodes o ON o.id = r.dst
   WHERE r.src = c.id AND r.rel = 'reported-by')
FROM s JOIN edges e ON e.src = s.node AND e.rel IN ('asserts', 'denies')
JOIN nodes c ON c.id = e.dst LEFT JOIN nodes a ON a.id = e.article
ORDER BY e.date, c.key;
"""

WHO = """\
WITH c AS (SELECT id FROM nodes WHERE key = {key} AND kind = 'claim')
SELECT e.rel, s.key, e.date, e.quote, a.key, e.confidence
FROM c JOIN edges e ON e.dst = c.id AND e.rel IN ('asserts', 'denies')
JOIN nodes s ON s.id = e.src LEFT JOIN nodes a ON a.id = e.article
UNION ALL
SELECT DISTINCT e.rel, o.key, '', '', '', '' FROM c
JOIN edges e ON e.src = c.id AND e.rel IN ('reported-by', 'about') JOIN nodes o ON o.id = e.dst;
"""

DISPUTED = """\
WITH e AS (SELECT node FROM names WHERE name = {name}),
about_it AS (SELECT DISTINCT ab.src AS claim FROM e
  JOIN edges ab ON ab.dst = e.node AND ab.rel = 'about'),
d AS (SELECT claim FROM about_it WHERE EXISTS (
  SELECT 1 FROM edges a JOIN edges n ON n.dst = a.dst AND n.rel = 'denies' AND n.src <> a.src
  WHERE a.dst = about_it.claim AND a.rel = 'asserts'))
SELECT c.key, c.text,
  (SELECT count(DISTINCT src) FROM edges WHERE dst = c.id AND rel = 'asserts') AS asserting,
  (SELECT count(DISTINCT src) FROM edges WHERE dst = c.id AND rel = 'denies') AS denying,
  (SELECT count(DISTINCT dst) FROM edges WHERE src = c.id AND rel = 'reported-by') AS outlets,
  (SELECT max(date) FROM edges WHERE dst = c.id AND rel IN ('asserts', 'denies')) AS latest
FROM d JOIN nodes c ON c.id = d.claim
ORDER BY asserting + denying + outlets DESC, latest DESC;
"""

# The depth-2 neighbourhood (edges in either direction), its nodes and the edges among them.
RENDER = """\
WITH f AS (SELECT node AS id FROM names WHERE name = {name}),
n1 AS (SELECT e.dst AS id FROM f JOIN edges e ON e.src = f.id
       UNION SELECT e.src FROM f JOIN edges e ON e.dst = f.id),
n2 AS (SELECT e.dst AS id FROM n1 JOIN edges e ON e.src = n1.id
       UNION SELECT e.src FROM n1 JOIN edges e ON e.dst = n1.id),
n AS (SELECT id FROM f UNION SELECT id FROM n1 UNION SELECT id FROM n2)
SELECT 'node', x.kind, x.key, x.text FROM n JOIN nodes x ON x.id = n.id
UNION ALL
SELECT 'edge', e.src, e.rel, e.dst FROM n JOIN edges e ON e.src = n.id
WHERE e.dst IN (SELECT id FROM n);
"""


def pick(targets_path, work):
    """The most active speaker, the first who claim, the first disputed_about entity and the
    neighbourhood focus with the fewest claims, with their expected sizes."""
    with open(targets_path, encoding="utf-8") as file:
        targets = json.load(file)
    said = max(targets["said"], key=lambda t: t["statements"])
    who = targets["who"][0]
    disputed = targets["disputed_about"][0]
    focus = min(targets["neighbourhood"], key=lambda t: (t["claims"], t["nodes"]))
    env = {
        "EDGES": targets["shape"]["edges"],
        "SPEAKER": said["speaker"], "SAID_EXPECTED": said["statements"],
        "CLAIM": who["claim"],
        "WHO_EXPECTED": f'{who["asserts"]} {who["denies"]} {who["reported_by"]}',
        "ENTITY": disputed["entity"], "DISPUTED_EXPECTED": disputed["disputed"],
        "FOCUS": focus["focus"], "RENDER_EXPECTED": focus["nodes"],
    }
    with open(f"{work}/queries.env", "w", encoding="utf-8") as out:
        for name, value in env.items():
            out.write(f"{name}={shlex.quote(str(value))}\n")
    queries = {
        "said": SAID.format(name=sql_string(fold(said["speaker"]))),
        "who": WHO.format(key=sql_string(who["claim"])),
        "disputed": DISPUTED.format(name=sql_string(fold(disputed["entity"]))),
        "render": RENDER.format(name=sql_string(fold(focus["focus"]))),
    }
    for name, sql in queries.items():
        with open(f"{work}/sqlite_{name}.sql", "w", encoding="utf-8") as out:
            out.write(sql)


def count_claimgraph(query, text):
    if query == "render":  # DOT: node statements, not the legend's, not edges or attributes
        names = re.findall(r"^\t(\S+)\t\[", text, re.MULTILINE)
        return str(sum(1 for n in names if not n.startswith("legend_")))
    answer = json.loads(text)
    if query == "said":
        return str(len(answer["statements"]))
    if query == "who":
        return " ".join(str(len(answer[k])) for k in ("asserted_by", "denied_by", "reported_by"))
    return str(len(answer["disputed"]))


def count_sqlite(query, text):
    rows = text.splitlines()
    kinds = [row.split("|", 1)[0] for row in rows]
    if query == "who":
        return " ".join(str(kinds.count(k)) for k in ("asserts", "denies", "reported-by"))
    if query == "render":
        return str(kinds.count("node"))
    return str(len(rows))


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "pick":
        pick(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "count":
        query, form, path = sys.argv[2:]
        with open(path, encoding="utf-8") as file:
            text = file.read()
        print((count_claimgraph if form == "claimgraph" else count_sqlite)(query, text))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
