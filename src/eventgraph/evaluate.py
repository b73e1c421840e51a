"""Scoring extracted events against gold annotations.

The rules are those of the annotation guidelines (``../shared/eval/GUIDELINES.md``)
and give the same figures as the reference scorer ``score.py``:

- A predicted event and a gold event *match loosely* when they belong to
  the same document, have the same type, and name at least one common actor
  (agents and targets pooled; any alias from the gold ``entities`` table, or
  from :data:`GLOBAL_ALIASES`, counts). A gold event without actors matches
  on type and date alone.
- A loose match is *strict* when the agents are right, the targets are right
  (when gold names any) and the date is accepted. For calls and meetings the
  direction is often unstated, so the pooled actors must cover every gold
  participant instead.
- Each gold event is used at most once. Pairs are taken greedily, best first
  (a pair scores one point plus one for each right slot); a second prediction
  of an already matched occurrence is a false positive.

Examples
--------
>>> gold = [{"doc": "d1", "entities": {"Vladimir Putin": ["Putin"], "Olaf Scholz": []},
...          "events": [{"type": "call", "agents": ["Vladimir Putin"],
...                      "targets": ["Olaf Scholz"], "date": "2024-01-05"}]}]
>>> preds = [{"doc": "d1", "type": "call", "agents": ["Putin"],
...           "targets": ["Olaf Scholz"], "date": "2024-01-05"}]
>>> report, problems = score(gold, preds)
>>> report.loose.f1, report.strict.f1, problems
(1.0, 1.0, [])
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .records import EVENT_TYPES

__all__ = [
    "GLOBAL_ALIASES",
    "AliasTable",
    "EvalReport",
    "Mismatch",
    "PRF",
    "Verdict",
    "align_events",
    "compare_events",
    "date_matches",
    "format_report",
    "load_gold",
    "normalise_name",
    "score",
]

#: Aliases that hold in every document; a gold document's own table adds to them
#: and wins where the two disagree.
GLOBAL_ALIASES: Mapping[str, tuple[str, ...]] = {
    "United States": (
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "America",
        "United States of America",
        "Washington",
    ),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain", "London"),
    "United Nations": ("UN", "U.N."),
    "European Union": ("EU", "E.U."),
    "Russia": ("Russian Federation", "Moscow", "Kremlin"),
    "China": ("People's Republic of China", "PRC", "Beijing"),
}

#: Slots judged on every loose match, in report order.
_SLOTS = ("agents", "targets", "date")
#: Event types whose participants are compared without direction.
_SYMMETRIC_TYPES = frozenset({"call", "meeting"})

_POSSESSIVE = re.compile(r"'s\b")
_LEADING_ARTICLE = re.compile(r"^the\s+")
_PUNCTUATION = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """The lookup key of an actor name: case, articles, possessives and punctuation removed.

    Examples
    --------
    >>> normalise_name("The U.N. Security Council")
    'u n security council'
    >>> normalise_name("Russia’s  Foreign-Ministry")
    'russia foreign ministry'
    """
    key = name.lower().strip().replace("\u2019", "'")
    key = _POSSESSIVE.sub("", key)
    key = _LEADING_ARTICLE.sub("", key)
    key = _PUNCTUATION.sub(" ", key).replace("-", " ")
    return _SPACES.sub(" ", key).strip()


class AliasTable:
    """Maps the names a system writes to the canonical names of one gold document.

    Names that no alias covers map to ``"?"`` plus their normalised form, so
    they never equal a canonical name but still count as distinct actors.

    Parameters
    ----------
    entities : mapping of str to sequence of str
        The gold document's ``entities`` table: canonical name to aliases.

    Examples
    --------
    >>> table = AliasTable({"Russia": ["the Kremlin"]})
    >>> sorted(table(["Kremlin", "Moscow", {"name": "Kyiv"}]))
    ['?kyiv', 'Russia']
    """

    def __init__(self, entities: Mapping[str, Sequence[str]] | None = None) -> None:
        self._canonical: dict[str, str] = {}
        for canonical, global_aliases in GLOBAL_ALIASES.items():
            for alias in (canonical, *global_aliases):
                self._canonical.setdefault(normalise_name(alias), canonical)
        for canonical, aliases in (entities or {}).items():
            for alias in (canonical, *aliases):
                self._canonical[normalise_name(alias)] = canonical

    def canonical(self, name: Any) -> str:
        """The canonical name of one written name (a string or ``{"name": ...}``)."""
        if isinstance(name, dict):
            name = name.get("name") or name.get("label") or ""
        key = normalise_name(str(name))
        return self._canonical.get(key, "?" + key)

    def __call__(self, names: Iterable[Any] | None) -> set[str]:
        """The canonical names of several written names."""
        return {self.canonical(name) for name in names or ()}


def date_matches(gold: Mapping[str, Any], predicted: Any) -> bool:
    """Whether a predicted date is accepted for a gold event.

    The gold ``date`` and each of its ``date_alternatives`` are accepted
    (``None`` among them means "no date" is right). A full predicted date is
    also right for a gold month or year that contains it.

    Examples
    --------
    >>> date_matches({"date": "2024-03"}, "2024-03-05")
    True
    >>> date_matches({"date": "2024-03-05", "date_alternatives": [None]}, None)
    True
    >>> date_matches({"date": "2024-03-05"}, "2024-03")
    False
    """
    accepted = [gold.get("date"), *(gold.get("date_alternatives") or [])]
    value = predicted or None
    if isinstance(value, str):
        value = value.strip()[:10] or None
        if value and any(a and len(a) < 10 and value.startswith(a) for a in accepted):
            return True
    return value in accepted


@dataclass(frozen=True)
class Verdict:
    """Which slots of a loosely matched pair are right."""

    agents: bool
    targets: bool
    date: bool

    @property
    def strict(self) -> bool:
        """All slots right."""
        return self.agents and self.targets and self.date

    @property
    def weight(self) -> int:
        """Preference among candidate pairs: one for the match, one per right slot."""
        return 1 + self.agents + self.targets + self.date

    @property
    def wrong(self) -> list[str]:
        """The names of the wrong slots."""
        return [slot for slot in _SLOTS if not getattr(self, slot)]


def compare_events(
    gold: Mapping[str, Any], predicted: Mapping[str, Any], aliases: AliasTable
) -> Verdict | None:
    """Judge one predicted event against one gold event of the same document.

    Returns
    -------
    Verdict or None
        ``None`` when the two do not match even loosely.

    Examples
    --------
    >>> gold = {"type": "statement", "agents": ["Iran"], "targets": ["Israel"], "date": None}
    >>> aliases = AliasTable({"Iran": ["Tehran"], "Israel": []})
    >>> compare_events(gold, {"type": "statement", "agents": ["Tehran"]}, aliases)
    Verdict(agents=True, targets=False, date=True)
    >>> compare_events(gold, {"type": "attack", "agents": ["Iran"]}, aliases) is None
    True
    """
    if predicted.get("type") != gold["type"]:
        return None
    gold_agents = set(gold.get("agents", []))
    gold_targets = set(gold.get("targets", []))
    gold_actors = gold_agents | gold_targets
    pred_agents = aliases(predicted.get("agents"))
    pred_targets = aliases(predicted.get("targets"))
    pred_actors = pred_agents | pred_targets | aliases(predicted.get("participants"))
    shared = gold_actors & pred_actors
    date_right = date_matches(gold, predicted.get("date"))
    if gold_actors and not shared:
        return None
    if not gold_actors and not date_right:
        return None
    if gold["type"] in _SYMMETRIC_TYPES:
        agents_right = bool(shared) and shared == gold_actors
        targets_right = True
    else:
        agents_right = (not gold_agents and not pred_agents) or bool(gold_agents & pred_agents)
        targets_right = not gold_targets or bool(gold_targets & pred_targets)
    return Verdict(agents_right, targets_right, date_right)


def align_events(
    golds: Sequence[Mapping[str, Any]],
    predictions: Sequence[Mapping[str, Any]],
    aliases: AliasTable,
) -> list[tuple[int, int, Verdict]]:
    """Pair gold and predicted events of one document, each used at most once.

    Candidate pairs are taken best first (by :attr:`Verdict.weight`; ties in
    gold order, then prediction order).

    Returns
    -------
    list of (gold index, prediction index, Verdict)

    Examples
    --------
    >>> golds = [{"type": "call", "agents": ["A"], "targets": ["B"], "date": "2024-01-02"}]
    >>> preds = [{"type": "call", "agents": ["A"], "date": None},
    ...          {"type": "call", "agents": ["A"], "targets": ["B"], "date": "2024-01-02"}]
    >>> [(g, p) for g, p, _ in align_events(golds, preds, AliasTable({"A": [], "B": []}))]
    [(0, 1)]
    """
    candidates = []
    for g, gold in enumerate(golds):
        for p, predicted in enumerate(predictions):
            verdict = compare_events(gold, predicted, aliases)
            if verdict is not None:
                candidates.append((g, p, verdict))
    candidates.sort(key=lambda candidate: -candidate[2].weight)  # stable: ties keep order
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    pairs = []
    for g, p, verdict in candidates:
        if g in taken_gold or p in taken_pred:
            continue
        taken_gold.add(g)
        taken_pred.add(p)
        pairs.append((g, p, verdict))
    return pairs


@dataclass(frozen=True)
class PRF:
    """True positives, false positives and false negatives, with P, R and F1.

    Examples
    --------
    >>> PRF(tp=2, fp=1, fn=2).to_json()
    {'p': 0.6667, 'r': 0.5, 'f1': 0.5714, 'tp': 2, 'fp': 1, 'fn': 2}
    """

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Share of predictions that are right (0 when there are none)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items found (0 when there are none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, rounded to four places."""
        p, r = self.precision, self.recall
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        """``{p, r, f1, tp, fp, fn}`` with the ratios rounded to four places."""
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


@dataclass(frozen=True)
class EvalReport:
    """Every figure the scorer reports; :meth:`to_json` gives ``score.py --json``'s object."""

    documents: int
    gold_events: int
    pred_events: int
    stray_pred_events: int
    loose: PRF
    strict: PRF
    on_matched: dict[str, float]
    per_type_loose_f1: dict[str, float]
    ballots: PRF
    vote_outcome_acc: float | None
    attack_killed_acc: float | None
    statement_subtype_acc: float | None

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON data, keys in report order."""
        return {
            "documents": self.documents,
            "gold_events": self.gold_events,
            "pred_events": self.pred_events,
            "stray_pred_events": self.stray_pred_events,
            "loose": self.loose.to_json(),
            "strict": self.strict.to_json(),
            "on_matched": dict(self.on_matched),
            "per_type_loose_f1": dict(self.per_type_loose_f1),
            "ballots": self.ballots.to_json(),
            "vote_outcome_acc": self.vote_outcome_acc,
            "attack_killed_acc": self.attack_killed_acc,
            "statement_subtype_acc": self.statement_subtype_acc,
        }


@dataclass(frozen=True)
class Mismatch:
    """A scoring finding: a gold event missed, a prediction without gold, or a pair with wrong slots.

    Examples
    --------
    >>> Mismatch("d1", "missed", gold={"type": "call"}).to_json()
    {'doc': 'd1', 'kind': 'missed', 'gold': {'type': 'call'}}
    """

    doc: str
    kind: str  # "partial", "missed" or "spurious"
    gold: Mapping[str, Any] | None = None
    pred: Mapping[str, Any] | None = None
    wrong: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The error as ``score.py --errors`` writes it."""
        data: dict[str, Any] = {"doc": self.doc, "kind": self.kind}
        if self.gold is not None:
            data["gold"] = self.gold
        if self.pred is not None:
            data["pred"] = self.pred
        if self.kind == "partial":
            data["wrong"] = self.wrong
        return data


def _ballot_set(ballots: Iterable[Any] | None, aliases: AliasTable | None) -> set[tuple[Any, Any]]:
    found = set()
    for ballot in ballots or ():
        if not isinstance(ballot, dict):
            continue
        actor = ballot.get("actor")
        name = aliases.canonical(actor) if aliases is not None else actor
        found.add((name, ballot.get("position")))
    return found


def _killed(event: Mapping[str, Any]) -> Any:
    return (event.get("casualties") or {}).get("killed")


def score(
    gold_docs: Sequence[Mapping[str, Any]], predictions: Iterable[Mapping[str, Any]]
) -> tuple[EvalReport, list[Mismatch]]:
    """Score predicted events (``extract --format jsonl`` objects) against gold documents.

    Parameters
    ----------
    gold_docs : sequence of mapping
        Gold records: ``doc``, ``entities``, ``events``.
    predictions : iterable of mapping
        Predicted events, each with at least ``doc`` and ``type``.

    Returns
    -------
    (EvalReport, list of Mismatch)

    Examples
    --------
    >>> gold = [{"doc": "d", "events": [{"type": "attack", "date": "2024-05-01"}]}]
    >>> report, problems = score(gold, [{"doc": "d", "type": "attack", "date": "2024-05-02"},
    ...                                 {"doc": "x", "type": "attack"}])
    >>> report.loose.tp, report.stray_pred_events, [p.kind for p in problems]
    (0, 1, ['missed', 'spurious'])
    """
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for predicted in predictions:
        by_doc.setdefault(str(predicted.get("doc")), []).append(predicted)
    gold_ids = {gold_doc["doc"] for gold_doc in gold_docs}
    stray = sum(len(events) for doc_id, events in by_doc.items() if doc_id not in gold_ids)

    counts: Counter[str] = Counter()
    gold_by_type: Counter[str] = Counter()
    pred_by_type: Counter[str] = Counter()
    tp_by_type: Counter[str] = Counter()
    problems: list[Mismatch] = []
    for gold_doc in gold_docs:
        doc_id = gold_doc["doc"]
        aliases = AliasTable(gold_doc.get("entities", {}))
        golds = gold_doc["events"]
        preds = by_doc.get(doc_id, [])
        pairs = align_events(golds, preds, aliases)
        counts["gold"] += len(golds)
        counts["pred"] += len(preds)
        counts["loose"] += len(pairs)
        gold_by_type.update(gold["type"] for gold in golds)
        pred_by_type.update(str(p.get("type")) for p in preds if p.get("type") in EVENT_TYPES)
        for g, p, verdict in pairs:
            gold, predicted = golds[g], preds[p]
            tp_by_type[gold["type"]] += 1
            counts["strict"] += verdict.strict
            for slot in _SLOTS:
                counts[slot] += getattr(verdict, slot)
            _count_extras(counts, gold, predicted, aliases)
            if not verdict.strict:
                problems.append(Mismatch(doc_id, "partial", gold, predicted, verdict.wrong))
        matched_gold = {g for g, _, _ in pairs}
        matched_pred = {p for _, p, _ in pairs}
        problems.extend(
            Mismatch(doc_id, "missed", gold=gold)
            for g, gold in enumerate(golds)
            if g not in matched_gold
        )
        problems.extend(
            Mismatch(doc_id, "spurious", pred=predicted)
            for p, predicted in enumerate(preds)
            if p not in matched_pred
        )

    loose = counts["loose"]
    report = EvalReport(
        documents=len(gold_docs),
        gold_events=counts["gold"],
        pred_events=counts["pred"],
        stray_pred_events=stray,
        loose=PRF(loose, counts["pred"] - loose, counts["gold"] - loose),
        strict=PRF(
            counts["strict"], counts["pred"] - counts["strict"], counts["gold"] - counts["strict"]
        ),
        on_matched={slot: _ratio(counts[slot], loose) or 0.0 for slot in _SLOTS},
        per_type_loose_f1={
            kind: PRF(
                tp_by_type[kind],
                pred_by_type[kind] - tp_by_type[kind],
                gold_by_type[kind] - tp_by_type[kind],
            ).f1
            for kind in EVENT_TYPES
            if gold_by_type[kind] or pred_by_type[kind]
        },
        ballots=PRF(counts["ballot_tp"], counts["ballot_fp"], counts["ballot_fn"]),
        vote_outcome_acc=_ratio(counts["outcome_ok"], counts["votes"]),
        attack_killed_acc=_ratio(counts["killed_ok"], counts["attacks"]),
        statement_subtype_acc=_ratio(counts["subtype_ok"], counts["statements"]),
    )
    return report, problems


def _count_extras(
    counts: Counter[str],
    gold: Mapping[str, Any],
    predicted: Mapping[str, Any],
    aliases: AliasTable,
) -> None:
    """Add the type-specific slots of one matched pair: ballots, outcome, killed, subtype."""
    if gold["type"] == "vote":
        gold_ballots = _ballot_set(gold.get("ballots"), None)
        pred_ballots = _ballot_set(predicted.get("ballots"), aliases)
        counts["ballot_tp"] += len(gold_ballots & pred_ballots)
        counts["ballot_fp"] += len(pred_ballots - gold_ballots)
        counts["ballot_fn"] += len(gold_ballots - pred_ballots)
        counts["votes"] += 1
        counts["outcome_ok"] += predicted.get("outcome") == gold.get("outcome")
    elif gold["type"] == "attack":
        counts["attacks"] += 1
        counts["killed_ok"] += _killed(predicted) == _killed(gold)
    elif gold["type"] == "statement" and gold.get("subtype"):
        counts["statements"] += 1
        counts["subtype_ok"] += predicted.get("subtype") == gold.get("subtype")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold file: one JSON object per document with ``doc`` and ``events``.

    Raises
    ------
    InputError
        Naming the file and line when the file cannot be read or a line is
        not a gold record.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "gold.jsonl"
    >>> _ = path.write_text('{"doc": "d1", "events": []}\\n')
    >>> [record["doc"] for record in load_gold(path)]
    ['d1']
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "gold file not found") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "gold file is not UTF-8 text") from None
    except OSError as err:
        raise InputError(str(path), f"cannot read gold file: {err.strerror or err}") from None
    records = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(where, f"not valid JSON ({err.msg} at column {err.colno})") from None
        if not isinstance(record, dict) or "doc" not in record:
            raise InputError(where, "a gold record must be a JSON object with a 'doc' field")
        events = record.get("events")
        if not isinstance(events, list) or not all(
            isinstance(event, dict) and "type" in event for event in events
        ):
            raise InputError(where, "'events' must be a list of objects, each with a 'type'")
        records.append(record)
    return records


def format_report(report: EvalReport) -> str:
    """The report as the lines ``score.py`` prints (without ``--json``).

    Examples
    --------
    >>> report, _ = score([{"doc": "d", "events": []}], [])
    >>> print(format_report(report).splitlines()[0])
    documents 1  gold events 0  predicted 0
    """

    def figures(values: Mapping[str, float]) -> str:
        return "  ".join(f"{name} {value:.3f}" for name, value in values.items())

    lines = [
        f"documents {report.documents}  gold events {report.gold_events}  "
        f"predicted {report.pred_events}"
    ]
    for name, counts in (("loose", report.loose), ("strict", report.strict)):
        data = counts.to_json()
        lines.append(
            f"{name:7s} P {data['p']:.3f}  R {data['r']:.3f}  F1 {data['f1']:.3f}  "
            f"(tp {counts.tp} fp {counts.fp} fn {counts.fn})"
        )
    lines.append("on matched events: " + figures(report.on_matched))
    lines.append("per-type loose F1: " + figures(report.per_type_loose_f1))
    lines.append(
        f"ballots F1 {report.ballots.f1:.3f}  vote outcome acc {report.vote_outcome_acc}  "
        f"attack killed acc {report.attack_killed_acc}  "
        f"statement subtype acc {report.statement_subtype_acc}"
    )
    lines.append(f"strict F1 {report.strict.f1:.3f}")
    return "\n".join(lines)
