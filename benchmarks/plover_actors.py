"""Actor resolution on the PLOVER gold standard records (an outside check of ``eventgraph.actors``).

Usage::

    .venv/bin/python benchmarks/plover_actors.py [--misses]

For every source and target actor of the 323 one-sentence records in
``../shared/benchmarks/plover-gsr`` whose CAMEO code starts with a state's
ISO 3166-1 alpha-3 code ("USAGOV", "ISRMIL", "PSE"), the marked actor text is
resolved with :class:`eventgraph.actors.ActorResolver` over the parsed
sentence, and the resolved actor's state (the state itself, or the state a
person, office or body is affiliated to) is compared with the code. This
measures resolution alone: which spans are arguments is given by the gold
markup, not found by extraction (``benchmarks/plover_gsr.py`` checks that).

Prints, over the actors with a state code: how many resolve to the right
state, to a wrong one, to an actor without a known state, and to nothing.

This is a test set: never tune rules on its sentences.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plover_gsr import load_records  # noqa: E402

from eventgraph.actors import ActorResolver  # noqa: E402
from eventgraph.gazetteer import load_gazetteer  # noqa: E402
from eventgraph.nlp import load_nlp  # noqa: E402
from eventgraph.records import Actor, Document  # noqa: E402


def actor_state(actor: Actor) -> str | None:
    """The ISO alpha-3 code of the state an actor is or belongs to, where known."""
    gazetteer = load_gazetteer()
    for name in (actor.name, actor.affiliation):
        entry = gazetteer.entry(name) if name else None
        while entry is not None and entry.kind != "country" and entry.affiliation:
            entry = gazetteer.entry(entry.affiliation)
        if entry is not None and entry.code3:
            return entry.code3
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every wrong or missed actor")
    args = parser.parse_args(argv)

    gazetteer = load_gazetteer()
    states = {e.code3 for e in gazetteer.entries if e.code3}
    nlp = load_nlp()
    verdicts: Counter[str] = Counter()
    for record in load_records():
        text = record.get("text")
        if not text:
            continue
        doc = nlp(text)
        resolver = ActorResolver(doc, Document(record["id"], text))
        for role in ("source", "target"):
            listed = record.get(role)
            for gold in listed if isinstance(listed, list) else []:
                surface, code = gold.get("actorText"), (gold.get("code") or "")[:3]
                if not surface or code not in states:
                    continue
                start = text.find(surface)
                span = doc.char_span(start, start + len(surface), alignment_mode="expand")
                if start < 0 or span is None:
                    verdicts["not found in text"] += 1
                    continue
                actor = resolver.resolve_span(span)
                state = actor_state(actor) if actor else None
                verdict = (
                    "none"
                    if actor is None
                    else "right state"
                    if state == code
                    else "no state known"
                    if state is None
                    else "wrong state"
                )
                verdicts[verdict] += 1
                if args.misses and verdict != "right state":
                    name = actor.name if actor else None
                    print(f"{record['id']} {role} {surface!r} {code}: {verdict} ({name})")
    total = sum(v for k, v in verdicts.items() if k != "not found in text")
    print(f"actors with a state code: {total}")
    for verdict in ("right state", "wrong state", "no state known", "none", "not found in text"):
        n = verdicts[verdict]
        share = f"{n / total:.3f}" if total else "-"
        print(f"  {verdict:18} {n:4}  {share}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
