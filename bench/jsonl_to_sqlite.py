#!/usr/bin/env python3
"""bench/run's SQLite side: turns a claimgraph JSON Lines file (shared/FORMAT.md) into CSV files
and a load.sql that the sqlite3 CLI runs in one transaction (the timed part is only that run).

    jsonl_to_sqlite.py INPUT.jsonl OUT_DIR   # writes OUT_DIR/{nodes,names,edges}.csv, load.sql

Schema: nodes(id, kind, key, text, ...) for articles, entities and claims; names(name, node) with
every canonical name and alias folded as claimgraph folds them (case and accents); edges(src,
rel, dst, article, date, quote, confidence) with indexes for said, who, disputed and the
neighbourhood of render. Entity references are resolved here, as claimgraph import does.
"""
import csv
import json
import sys
import unicodedata

SCHEMA = """\
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE nodes(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, text TEXT,
  description TEXT, url TEXT, outlet INTEGER, published TEXT);
CREATE TABLE names(name TEXT NOT NULL, node INTEGER NOT NULL);
CREATE TABLE edges(src INTEGER NOT NULL, rel TEXT NOT NULL, dst INTEGER NOT NULL,
  article INTEGER, date TEXT, quote TEXT, confidence REAL);
BEGIN;
.import --csv nodes.csv nodes
.import --csv names.csv names
.import --csv edges.csv edges
CREATE INDEX nodes_key ON nodes(key);
CREATE INDEX names_name ON names(name);
CREATE INDEX edges_src ON edges(src, rel);
CREATE INDEX edges_dst ON edges(dst, rel);
COMMIT;
"""


def fold(name):
    """Case- and accent-insensitive form of a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class Graph:
    def __init__(self):
        self.nodes = []  # rows of nodes.csv
        self.names = []  # rows of names.csv
        self.edges = []  # rows of edges.csv
        self.entity_by_name = {}  # folded name or alias -> id
        self.by_key = {"article": {}, "claim": {}}

    def add_node(self, kind, key, text="", description="", url="", outlet="", published=""):
        node = len(self.nodes) + 1
        self.nodes.append([node, kind, key, text, description, url, outlet, published])
        return node

    def entity(self, name, kind="other", aliases=(), description=""):
        """The id of the entity called `name` (or with that alias), created if new."""
        folded = fold(name)
        if folded in self.entity_by_name:
            return self.entity_by_name[folded]
        node = self.add_node(kind, name, description=description)
        for n in [name, *aliases]:
            if fold(n) not in self.entity_by_name:
                self.entity_by_name[fold(n)] = node
                self.names.append([fold(n), node])
        return node

    def keyed(self, kind, key):
        node = self.by_key[kind].get(key)
        if node is None:
            raise SystemExit(f"jsonl_to_sqlite: unknown {kind} {key!r}")
        return node


def read(path):
    graph = Graph()
    edges = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            kind = record["type"]
            if kind == "entity":
                graph.entity(record["name"], record.get("kind", "other"),
                             record.get("aliases", []), record.get("description", ""))
            elif kind == "article":
                outlet = graph.entity(record["outlet"], "media") if "outlet" in record else ""
                graph.by_key["article"][record["key"]] = graph.add_node(
                    "article", record["key"], record.get("title", ""), url=record.get("url", ""),
                    outlet=outlet, published=record.get("published", ""))
            elif kind == "claim":
                claim = graph.add_node("claim", record["key"], record["text"])
                graph.by_key["claim"][record["key"]] = claim
                for name in record.get("about", []):
                    edges.append({"rel": "about", "from": claim, "to": name})
            elif kind == "edge":
                edges.append(record)
    for edge in edges:  # edges may come before the records they name
        graph.edges.append(resolve(graph, edge))
    return graph


def resolve(graph, edge):
    rel = edge["rel"]
    if rel in ("asserts", "denies"):
        src, dst = graph.entity(edge["from"]), graph.keyed("claim", edge["to"])
    else:
        src = edge["from"] if isinstance(edge["from"], int) else graph.keyed("claim", edge["from"])
        dst = graph.entity(edge["to"])
    article = graph.keyed("article", edge["article"]) if "article" in edge else ""
    return [src, rel, dst, article, edge.get("date", ""), edge.get("quote", ""),
            edge.get("confidence", "")]


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: jsonl_to_sqlite.py INPUT.jsonl OUT_DIR")
    source, out_dir = sys.argv[1:]
    graph = read(source)
    write_csv(f"{out_dir}/nodes.csv", graph.nodes)
    write_csv(f"{out_dir}/names.csv", graph.names)
    write_csv(f"{out_dir}/edges.csv", graph.edges)
    with open(f"{out_dir}/load.sql", "w", encoding="utf-8") as out:
        out.write(SCHEMA)


if __name__ == "__main__":
    main()
