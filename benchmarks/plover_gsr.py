"""Event typing and source actors on the PLOVER gold standard records (an outside check).

Usage::

    .venv/bin/python benchmarks/plover_gsr.py [--misses] [--json PATH]

Reads ``../shared/benchmarks/plover-gsr/PLOVER_GSR_CAMEO.txt`` (323 one-sentence
records written by the Open Event Data Alliance from the CAMEO manual) and,
for the records of the types eventgraph models, asks: did extraction find an
event of the mapped type whose agents name the record's source actor? The
mapping follows the benchmark's README:

========== =====================================
PLOVER     eventgraph
========== =====================================
CONSULT    call or meeting (agents or targets)
ASSAULT    attack
FIGHT      attack
DISAPPROVE statement (subtype criticism)
DEMAND     statement (subtype appeal)
THREATEN   statement (subtype threat)
========== =====================================

The headline figure counts an event of the mapped type naming the source;
a second column also requires the mapped statement subtype. A source names
an event's actor when the actor's name or an alias appears as whole words in
the source's text after normalisation ("Warren Christopher" in "U.S. Secretary
of State Warren Christopher"; a long agent phrase around the source does not
count), or when the project's actor resolver maps the source text to the same
canonical actor ("Hungarian" -> Hungary).

This is a test set: never tune rules on its sentences.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "benchmarks" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"

#: PLOVER type -> (eventgraph types, required statement subtype or None).
MAPPING: dict[str, tuple[tuple[str, ...], str | None]] = {
    "CONSULT": (("call", "meeting"), None),
    "ASSAULT": (("attack",), None),
    "FIGHT": (("attack",), None),
    "DISAPPROVE": (("statement",), "criticism"),
    "DEMAND": (("statement",), "appeal"),
    "THREATEN": (("statement",), "threat"),
}


def load_records(path: Path = GSR) -> list[dict[str, Any]]:
    """The GSR records (the file has trailing commas inside objects)."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    return json.loads(text)


def _norm(name: str) -> str:
    name = name.lower().replace("\u2019", "'")
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"[^\w\s]", " ", name)
    return " " + re.sub(r"\s+", " ", name).strip() + " "


def _names_match(actor_name: str, source: str) -> bool:
    """The event's actor is named within the source's text ("Warren Christopher" in "U.S.
    Secretary of State Warren Christopher"); a long phrase around the source does not
    count, so that a clumsy agent ("shelling by Serb forces") scores nothing."""
    x, y = _norm(actor_name), _norm(source)
    return bool(x.strip() and y.strip()) and x in y


def _sources(record: dict[str, Any]) -> list[str]:
    return [s.get("actorText", "") for s in _source_records(record) if s.get("actorText")]


def _source_records(record: dict[str, Any]) -> list[dict[str, Any]]:
    source = record.get("source") or []
    if isinstance(source, dict):
        source = [source]
    return [s for s in source if isinstance(s, dict)]


def _state_codes(record: dict[str, Any]) -> set[str]:
    """ISO alpha-3 codes PLOVER gives the source actors (not IGO or other sectors)."""
    return {
        s["code"]
        for s in _source_records(record)
        if len(str(s.get("code", ""))) == 3 and s["code"] != "IGO"
    }


def evaluate(records: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Run extraction on the mapped records; return the summary and the misses."""
    from eventgraph.actors import ActorResolver
    from eventgraph.extract import explain
    from eventgraph.gazetteer import load_gazetteer
    from eventgraph.records import Document

    gazetteer = load_gazetteer()

    def state_code(actor: Any) -> str | None:
        """The ISO alpha-3 code of a state actor, or of the state a person speaks for."""
        for name in (actor.name, actor.affiliation):
            entry = gazetteer.entry(name) if name else None
            if entry is not None and entry.kind == "country" and entry.code3:
                return entry.code3
        return None

    chosen = [r for r in records if r.get("event") in MAPPING and r.get("text")]
    documents = [Document(r["id"], r["text"]) for r in chosen]
    by_id = {r["id"]: r for r in chosen}
    total: Counter[str] = Counter()
    typed: Counter[str] = Counter()
    sourced: Counter[str] = Counter()
    subtyped: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    from eventgraph.nlp import load_nlp

    nlp = load_nlp()
    for document, events, _why in explain(documents):
        record = by_id[document.id]
        kind = record["event"]
        types, subtype = MAPPING[kind]
        total[kind] += 1
        sources = _sources(record)
        resolver = ActorResolver(nlp(document.text), document)
        canonical = {a.name for s in sources if (a := resolver.resolve_name(s)) is not None}
        codes = _state_codes(record)
        of_type = [e for e in events if e.type in types]
        typed[kind] += bool(of_type)

        def names(
            event: Any,
            canonical: set[str] = canonical,
            sources: list[str] = sources,
            codes: set[str] = codes,
        ) -> bool:
            actors = list(event.agents)
            if event.type in ("call", "meeting"):
                actors += list(event.targets)
            for actor in actors:
                forms = [actor.name, *actor.aliases]
                if state_code(actor) in codes:
                    return True  # the state PLOVER codes the source as
                if actor.name in canonical or any(
                    _names_match(f, s) for f in forms for s in sources
                ):
                    return True
            return False

        hit = [e for e in of_type if names(e)]
        sourced[kind] += bool(hit)
        subtyped[kind] += any(subtype is None or e.subtype == subtype for e in hit)
        if not hit:
            misses.append(
                {
                    "id": record["id"],
                    "event": kind,
                    "source": sources,
                    "text": record["text"],
                    "found": [(e.type, e.subtype, [a.name for a in e.agents]) for e in events],
                }
            )
    rows = []
    for kind in MAPPING:
        n = total[kind]
        rows.append(
            {
                "type": kind,
                "records": n,
                "typed": typed[kind],
                "source named": sourced[kind],
                "with subtype": subtyped[kind],
            }
        )
    n = sum(total.values())
    summary = {
        "records": n,
        "typed_share": round(sum(typed.values()) / n, 4) if n else 0.0,
        "source_share": round(sum(sourced.values()) / n, 4) if n else 0.0,
        "source_and_subtype_share": round(sum(subtyped.values()) / n, 4) if n else 0.0,
        "per_type": rows,
    }
    return summary, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", action="store_true", help="list the records with no matching event"
    )
    parser.add_argument("--json", type=Path, help="write the summary as JSON to this path")
    args = parser.parse_args(argv)
    if not GSR.exists():
        print(f"PLOVER GSR not found at {GSR}", file=sys.stderr)
        return 2
    summary, misses = evaluate(load_records())
    if args.misses:
        for miss in misses:
            print(json.dumps(miss, ensure_ascii=False))
    print(
        "| PLOVER type | records | event of mapped type | ... naming the source | ... and subtype |"
    )
    print("|---|---|---|---|---|")
    for row in summary["per_type"]:
        print(
            f"| {row['type']} | {row['records']} | {row['typed']} | {row['source named']} | {row['with subtype']} |"
        )
    print(
        f"\nrecords {summary['records']}: event of mapped type {summary['typed_share']:.1%}, "
        f"naming the source actor {summary['source_share']:.1%}, "
        f"also with the mapped subtype {summary['source_and_subtype_share']:.1%}"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
