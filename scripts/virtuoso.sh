#!/usr/bin/env bash
# Load a policykg build into Virtuoso (Debian's virtuoso-opensource) on loopback and query it.
#
#   scripts/virtuoso.sh [CORPUS_DIR]
#
# 1. installs virtuoso-opensource with apt-get if virtuoso-t is missing (needs root);
# 2. starts a private Virtuoso instance (temporary database directory, free loopback ports for SQL and HTTP);
# 3. builds the corpus with `policykg build` and writes its N-Quads (one named graph per document);
# 4. bulk-loads the N-Quads with isql (ld_dir + rdf_loader_run: the graph of every quad is kept);
# 5. runs the canned query `documents` through policykg's remote store against Virtuoso's /sparql
#    (store URL `http://127.0.0.1:PORT/#query=/sparql&union=none`: Virtuoso's default graph is already the
#    union of all graphs) and compares it with the same query on the embedded store;
# 6. shuts Virtuoso down and removes the temporary directory.
# Writes through the Graph Store Protocol need Virtuoso's authenticated /sparql-graph-crud-auth (HTTP digest),
# so this script loads with isql, Virtuoso's own bulk loader, which is also the fast path for large builds.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${1:-$ROOT/data/corpus}"
PY="$ROOT/.venv/bin/python"
POLICYKG="$ROOT/.venv/bin/policykg"
WORK="$(mktemp -d /tmp/policykg-virtuoso.XXXXXX)"
log() { printf '[virtuoso.sh] %s\n' "$*" >&2; }

if ! command -v virtuoso-t >/dev/null; then
  log "installing virtuoso-opensource (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends virtuoso-opensource >&2
fi
ISQL="$(command -v isql-vt || command -v isql)"
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SQL_PORT="$(free_port)"
HTTP_PORT="$(free_port)"

mkdir -p "$WORK/db" "$WORK/load"
cat > "$WORK/virtuoso.ini" <<INI
[Database]
DatabaseFile = $WORK/db/virtuoso.db
ErrorLogFile = $WORK/db/virtuoso.log
LockFile = $WORK/db/virtuoso.lck
TransactionFile = $WORK/db/virtuoso.trx
xa_persistent_file = $WORK/db/virtuoso.pxa
[TempDatabase]
DatabaseFile = $WORK/db/virtuoso-temp.db
TransactionFile = $WORK/db/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$SQL_PORT
DirsAllowed = ., $WORK/load, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
[HTTPServer]
ServerPort = 127.0.0.1:$HTTP_PORT
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
DefaultGraph =
INI

cleanup() {
  "$ISQL" "$SQL_PORT" dba dba exec="shutdown;" >/dev/null 2>&1 || true
  sleep 1
  [ -n "${VPID:-}" ] && kill "$VPID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log "starting Virtuoso: SQL 127.0.0.1:$SQL_PORT, HTTP 127.0.0.1:$HTTP_PORT, data in $WORK/db"
(cd "$WORK/db" && virtuoso-t +foreground +configfile "$WORK/virtuoso.ini" >"$WORK/virtuoso.out" 2>&1) &
VPID=$!
for _ in $(seq 1 120); do
  "$ISQL" "$SQL_PORT" dba dba exec="status();" >/dev/null 2>&1 && break
  sleep 0.5
done
"$ISQL" "$SQL_PORT" dba dba exec="status();" >/dev/null

log "building $CORPUS"
"$POLICYKG" build --corpus "$CORPUS" --store "$WORK/embedded" --nquads "$WORK/load/build.nq" 2>&1 | tail -1 >&2
QUADS=$(wc -l < "$WORK/load/build.nq")

log "bulk-loading $QUADS quads with isql"
START=$(date +%s.%N)
"$ISQL" "$SQL_PORT" dba dba exec="ld_dir('$WORK/load', 'build.nq', 'https://w3id.org/policykg/graph/unnamed'); rdf_loader_run(); checkpoint;" >&2
END=$(date +%s.%N)
log "loaded in $(echo "$END - $START" | bc) s"

URL="http://127.0.0.1:$HTTP_PORT/#query=/sparql&union=none"
log "querying through policykg's remote store: $URL"
"$POLICYKG" query documents --store "$URL" --format csv > "$WORK/virtuoso.csv"
"$POLICYKG" query documents --store "$WORK/embedded" --format csv > "$WORK/embedded.csv"
"$POLICYKG" query dataset-statistics --store "$URL"
cat "$WORK/virtuoso.csv"
if cmp -s "$WORK/virtuoso.csv" "$WORK/embedded.csv"; then
  log "OK: canned query 'documents' gives the same rows on Virtuoso and on the embedded store"
else
  log "DIFFERENT answers:"; diff "$WORK/embedded.csv" "$WORK/virtuoso.csv" >&2 || true
  exit 1
fi
