"""The `policykg` command: build, query, export, stats, serve, ontology check, validate."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from policykg import __version__
from policykg.errors import PolicyKGError, QueryError
from policykg.settings import Settings, load_settings

log = logging.getLogger("policykg")

TABLE_EXPORTS = ("documents", "targets", "departments", "responsibilities", "references", "institutions",
                 "programmes")
GRAPH_FORMATS = ("nquads", "turtle", "trig")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", help="store directory or SPARQL server URL (env POLICYKG_STORE)")
    common.add_argument("-v", "--verbose", action="store_true", help="debug logging")

    p = argparse.ArgumentParser(prog="policykg", description="Knowledge graph of Chinese health-policy documents.")
    p.add_argument("--version", action="version", version=f"policykg {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", parents=[common], help="build the graph from the corpus into the store")
    b.add_argument("--corpus", type=Path, help="corpus folder (env POLICYKG_CORPUS)")
    b.add_argument("--base-iri", help="base of minted IRIs (env POLICYKG_BASE_IRI)")
    b.add_argument("--nquads", type=Path, help="also write the sorted N-Quads of the build to this file")
    b.add_argument("--full", action="store_true", help="rebuild every document (default: only what changed)")
    b.add_argument("--workers", type=int,
                   help="extraction processes (default: one per core; env POLICYKG_BUILD_WORKERS)")

    q = sub.add_parser("query", parents=[common], help="run a canned query (by name), a .rq file, or - (stdin)")
    q.add_argument("name", nargs="?", help="canned query name, path to a .rq file, or - for standard input")
    q.add_argument("--param", action="append", default=[], metavar="K=V", help="bind a query parameter")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--list", action="store_true", help="list the canned queries")
    q.add_argument("--all", action="store_true", help="with --list: include the web pages' own queries (tag ui)")

    e = sub.add_parser("export", parents=[common], help="export the graph or a table of extracted facts")
    e.add_argument("what", nargs="?", default="graph", choices=("graph", *TABLE_EXPORTS))
    e.add_argument("--format", help="graph: nquads|turtle|trig; tables: csv|json")
    e.add_argument("-o", "--output", type=Path, help="write to this file instead of standard output")
    e.add_argument("--with-build-log", action="store_true", help="graph export: include the build-provenance graph")

    s = sub.add_parser("stats", parents=[common], help="graphs and triple counts")
    s.add_argument("--format", choices=("table", "json"), default="table")

    v = sub.add_parser("serve", parents=[common], help="serve the web UI and the SPARQL endpoint")
    v.add_argument("--host")
    v.add_argument("--port", type=int)

    o = sub.add_parser("ontology", parents=[common], help="ontology tools")
    osub = o.add_subparsers(dest="ontology_command", required=True)
    oc = osub.add_parser("check", parents=[common], help="reason over ontology + vocabularies with HermiT")
    oc.add_argument("-o", "--output", type=Path, help="write the inferred class hierarchy (Turtle) here")
    osub.add_parser("docs", parents=[common], help="regenerate docs/ontology.md")

    sub.add_parser("validate", parents=[common], help="check the built graph against ontology/shapes.ttl (SHACL)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        settings = load_settings().with_overrides(store=args.store)
        return COMMANDS[args.command](args, settings)
    except PolicyKGError as exc:
        print(exc.one_line(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from policykg.pipeline import build

    settings = settings.with_overrides(corpus=args.corpus, base_iri=args.base_iri, build_workers=args.workers)
    bar = tqdm(total=0, unit="doc", disable=None, file=sys.stderr)

    def progress(step: str, done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.set_description(step[:48])
        bar.refresh()

    try:
        build(settings, progress=progress, full=args.full)
    finally:
        bar.close()
    if args.nquads:
        from graph_store import open_store
        from graph_store.export import export_graph

        with args.nquads.open("wb") as fh:
            export_graph(open_store(settings, read_only=True), "nquads", fh)
    return 0


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        k, v = pair.split("=", 1)
        out[k.strip()] = v
    return out


def cmd_query(args: argparse.Namespace, settings: Settings) -> int:
    from graph_store import open_store
    from graph_store.catalogue import Catalogue, parse_query_file
    from policykg.output import render

    catalogue = Catalogue(settings.queries)
    if args.list or not args.name:
        for q in catalogue.all():
            if "ui" in q.tags and not args.all:
                continue
            params = ", ".join(f"{p.name}={p.default}" for p in q.params)
            print(f"{q.id:40} {q.title['en']} / {q.title['zh']}" + (f"  [{params}]" if params else ""))
        return 0
    if args.name == "-":
        text, bindings = sys.stdin.read(), {}
        if args.param:
            raise QueryError("--param applies to canned queries only")
    elif args.name.endswith(".rq") or Path(args.name).is_file():
        path = Path(args.name)
        if not path.is_file():
            raise QueryError("query file not found", str(path))
        canned = parse_query_file(path)
        text, bindings = canned.text, canned.bindings(_params(args.param))
    else:
        canned = catalogue.get(args.name)
        text, bindings = canned.text, canned.bindings(_params(args.param))
    store = open_store(settings, read_only=True)
    result = store.query(text, bindings)
    sys.stdout.write(render(result, args.format))
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from graph_store import open_store

    store = open_store(settings, read_only=True)
    out = args.output.open("wb") if args.output else sys.stdout.buffer
    try:
        if args.what == "graph":
            fmt = args.format or "nquads"
            if fmt not in GRAPH_FORMATS:
                raise QueryError(f"graph export format must be one of {', '.join(GRAPH_FORMATS)}")
            from graph_store.export import export_graph

            export_graph(store, fmt, out, include_build_log=args.with_build_log)
        else:
            fmt = args.format or "csv"
            if fmt not in ("csv", "json"):
                raise QueryError("table export format must be csv or json")
            from graph_store.catalogue import Catalogue

            canned = Catalogue(settings.queries).get(args.what)
            store.query_to(out, canned.text, "rows" if fmt == "json" else fmt, canned.bindings())
    finally:
        if args.output:
            out.close()
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    import json

    from graph_store import open_store

    stats = open_store(settings, read_only=True).stats()
    if args.format == "json":
        print(json.dumps({"location": stats.location, "triples": stats.triples, "graphs": stats.graphs}, indent=2))
        return 0
    print(f"store: {stats.location}")
    for g, n in stats.graphs.items():
        print(f"{n:>9}  {g}")
    print(f"{stats.triples:>9}  triples in {len(stats.graphs)} graphs")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from web.serve import serve

    serve(settings.with_overrides(host=args.host, port=args.port))
    return 0


def cmd_ontology(args: argparse.Namespace, settings: Settings) -> int:
    if args.ontology_command == "docs":
        from loaders.ontology_docs import main as write_docs

        write_docs()
        return 0
    from loaders.ontology_check import check_ontology

    report = check_ontology(args.output)
    print(report)
    return 0


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    from graph_store import open_store
    from loaders.shacl import validate

    store = open_store(settings, read_only=True)
    report = validate(store.dump())
    print(report.text)
    return 0 if report.conforms else 1


COMMANDS = {
    "build": cmd_build,
    "query": cmd_query,
    "export": cmd_export,
    "stats": cmd_stats,
    "serve": cmd_serve,
    "ontology": cmd_ontology,
    "validate": cmd_validate,
}

if __name__ == "__main__":
    raise SystemExit(main())
