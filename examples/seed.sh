#!/usr/bin/env bash
# Builds the seed article's graph (examples/seed-article.txt) with nothing but the
# `add`, `assert` and `deny` commands, then checks that it answers `said` and `who` exactly as
# the hand-written examples/seed.jsonl does once imported.
#
# Usage: examples/seed.sh [CLAIMGRAPH [WORK_DIR]]
#   CLAIMGRAPH  the claimgraph binary (default: build/claimgraph)
#   WORK_DIR    where to put the two stores (default: a new temporary directory)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
claimgraph=${1:-$here/../build/claimgraph}
work=${2:-$(mktemp -d)}
rm -rf "$work" && mkdir -p "$work"
cg() { "$claimgraph" --db "$work/by-hand" "$@" >/dev/null; }

# The people, organizations, outlets and places of the article.
cg add entity "Dmitry Peskov" --kind person --alias Peskov \
  --alias "the press secretary of the President of Russia" \
  --description "press secretary of the President of Russia"
cg add entity "Vladimir Putin" --kind person --alias Putin --alias "the Russian dictator" \
  --alias "Путин" --description "President of Russia"
cg add entity "Alexander Lukashenko" --kind person --alias Lukashenko \
  --description "self-proclaimed President of Belarus"
cg add entity "Institute for the Study of War" --kind organization --alias ISW
cg add entity "RIA Novosti" --kind media --description "Russian Kremlin-aligned news agency"
cg add entity "Ukrainska Pravda" --kind media
for place in Russia Belarus Ukraine; do cg add entity "$place" --kind place; done
cg add entity Minsk --kind place --description "capital of Belarus"

# The claims, with what they are about.
cg add claim "Putin will drag Belarus into the war with Ukraine" --key putin-drag-belarus \
  --about "Vladimir Putin" --about Belarus --about Ukraine
cg add claim "Putin is going to Minsk to force Belarus to participate in the special military operation" \
  --key putin-minsk-force-belarus --about "Vladimir Putin" --about Minsk --about Belarus
cg add claim "Belarus is Russia's number one ally and partner" --key belarus-ally-of-russia \
  --about Belarus --about Russia
cg add claim "Putin's visit to Minsk is an opportunity to put pressure on Alexander Lukashenko" \
  --key putin-visit-pressure-lukashenko --about "Vladimir Putin" --about Minsk \
  --about "Alexander Lukashenko"
cg add claim "Putin's visit strengthens the informational operation about a possible Russian offensive on Ukraine from Belarus" \
  --key visit-strengthens-offensive-info-op --about Russia --about Ukraine --about Belarus

# Who said what, and who carried it.
article=(--article up-peskov-belarus --date 2022-12-19)
cg deny Peskov putin-drag-belarus "${article[@]}" --source "RIA Novosti" --confidence 0.9 \
  --quote "Dmitry Peskov, the press secretary of the President of Russia, claimed that Vladimir Putin, the Russian dictator, would not drag Belarus into the war with Ukraine."
cg deny Peskov putin-minsk-force-belarus "${article[@]}" --source "RIA Novosti" --confidence 0.95 \
  --quote "Peskov called the publications about Putin going to Minsk in order to force Belarus to participate in the special military operation \"stupid and groundless\"."
cg assert Peskov belarus-ally-of-russia "${article[@]}" --source "RIA Novosti" --confidence 0.9 \
  --quote "Belarus is a number one ally and partner of Russia."
cg assert ISW putin-visit-pressure-lukashenko "${article[@]}" --confidence 0.9 \
  --quote "Experts of the Institute for the Study of War (ISW) suppose that the visit of Putin to Minsk is an opportunity to put pressure on Alexander Lukashenko"
cg assert ISW visit-strengthens-offensive-info-op "${article[@]}" --confidence 0.8 \
  --quote "and strengthen the informational operation concerning a possible Russian offensive on Ukraine from the territory of Belarus"

# The same questions must get the same answers from the imported JSON Lines.
"$claimgraph" --db "$work/imported" import "$here/seed.jsonl" >/dev/null
for question in "said Peskov" "said ISW" "who putin-drag-belarus" "who putin-minsk-force-belarus" \
                "show Lukashenko"; do
  # shellcheck disable=SC2086
  if ! diff -u <("$claimgraph" --db "$work/imported" $question) \
               <("$claimgraph" --db "$work/by-hand" $question); then
    echo "seed.sh: \`claimgraph $question\` differs between import and commands" >&2
    exit 1
  fi
done
"$claimgraph" --db "$work/by-hand" said Peskov
echo "seed.sh: the commands build the same graph as examples/seed.jsonl"
