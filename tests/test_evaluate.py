"""The project's scorer: matching rules on hand-built events, and agreement with score.py."""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventgraph.cli import main
from eventgraph.errors import InputError
from eventgraph.evaluate import (
    PRF,
    AliasTable,
    align_events,
    compare_events,
    date_matches,
    format_report,
    load_gold,
    normalise_name,
    score,
)

ENTITIES = {
    "Vladimir Putin": ["Putin", "Russian President"],
    "Olaf Scholz": ["Scholz", "the chancellor"],
    "Emmanuel Macron": ["Macron"],
    "UN Security Council": ["Security Council", "the Council"],
    "Russia": ["the Kremlin"],
    "France": ["Paris"],
}


def _gold_doc(*events: dict[str, Any], doc: str = "d1") -> dict[str, Any]:
    return {"doc": doc, "published": "2024-03-06", "entities": ENTITIES, "events": list(events)}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Putin", "putin"),
        ("The Kremlin", "kremlin"),
        ("Russia's", "russia"),
        ("Russia\u2019s defence ministry", "russia defence ministry"),
        ("U.N.", "u n"),
        ("Al-Shabaab", "al shabaab"),
        ("  Olaf   Scholz ", "olaf scholz"),
        ("theatre group", "theatre group"),
    ],
)
def test_evaluate_normalise_name(name: str, key: str) -> None:
    assert normalise_name(name) == key


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Putin", "Vladimir Putin"),
        ("the chancellor", "Olaf Scholz"),
        ("Kremlin", "Russia"),  # global alias
        ("Moscow", "Russia"),  # global alias
        ("U.S.", "United States"),
        ({"name": "Macron"}, "Emmanuel Macron"),
        ({"label": "Paris"}, "France"),
        ("Kyiv", "?kyiv"),
    ],
)
def test_evaluate_alias_table_resolves_names(written: Any, canonical: str) -> None:
    assert AliasTable(ENTITIES).canonical(written) == canonical


def test_evaluate_alias_table_document_entry_beats_global_alias() -> None:
    table = AliasTable({"George Washington": ["Washington"]})
    assert table.canonical("Washington") == "George Washington"
    assert table.canonical("USA") == "United States"


@pytest.mark.parametrize(
    ("gold", "predicted", "accepted"),
    [
        ({"date": "2024-03-04"}, "2024-03-04", True),
        ({"date": "2024-03-04"}, "2024-03-04T10:00:00", True),
        ({"date": "2024-03-04"}, " 2024-03-04 ", True),
        ({"date": "2024-03-04"}, "2024-03-05", False),
        ({"date": "2024-03-04"}, None, False),
        ({"date": "2024-03"}, "2024-03-17", True),
        ({"date": "2024"}, "2024-11-02", True),
        ({"date": "2024-03-04"}, "2024-03", False),
        ({"date": None}, None, True),
        ({"date": None}, "", True),
        ({"date": None}, "2024-03-04", False),
        ({"date": "2024-03-04", "date_alternatives": [None]}, None, True),
        ({"date": "2024-03-04", "date_alternatives": ["2024-03-03"]}, "2024-03-03", True),
    ],
)
def test_evaluate_date_matches(gold: dict[str, Any], predicted: Any, accepted: bool) -> None:
    assert date_matches(gold, predicted) is accepted


CALL = {"type": "call", "agents": ["Olaf Scholz"], "targets": ["Vladimir Putin"], "date": "2024-03-04"}
STATEMENT = {
    "type": "statement",
    "agents": ["Emmanuel Macron"],
    "targets": ["Russia"],
    "date": "2024-03-05",
    "subtype": "criticism",
}
ATTACK = {"type": "attack", "agents": [], "targets": [], "date": "2024-03-02"}


@pytest.mark.parametrize(
    ("gold", "predicted", "verdict"),
    [
        # call direction does not matter, but every participant must be found
        (CALL, {"type": "call", "agents": ["Putin"], "targets": ["Scholz"], "date": "2024-03-04"}, (True, True, True)),
        (CALL, {"type": "call", "agents": ["Scholz", "Putin"], "date": "2024-03-04"}, (True, True, True)),
        (CALL, {"type": "call", "agents": ["Scholz"], "date": None}, (False, True, False)),
        (CALL, {"type": "call", "participants": ["Scholz", "Putin"]}, (True, True, False)),
        (CALL, {"type": "meeting", "agents": ["Scholz"], "targets": ["Putin"]}, None),
        (CALL, {"type": "call", "agents": ["Macron"], "date": "2024-03-04"}, None),
        # statements keep direction
        (STATEMENT, {"type": "statement", "agents": ["Macron"], "targets": ["Kremlin"], "date": "2024-03-05"}, (True, True, True)),
        (STATEMENT, {"type": "statement", "agents": ["Russia"], "targets": ["Macron"], "date": "2024-03-05"}, (False, False, True)),
        (STATEMENT, {"type": "statement", "agents": ["Macron"], "targets": [], "date": None}, (True, False, False)),
        ({**STATEMENT, "targets": []}, {"type": "statement", "agents": ["Macron"], "targets": ["Russia"]}, (True, True, False)),
        # an attack with no actors matches on its date alone
        (ATTACK, {"type": "attack", "agents": ["Russia"], "date": "2024-03-02"}, (False, True, True)),
        (ATTACK, {"type": "attack", "date": "2024-03-02"}, (True, True, True)),
        (ATTACK, {"type": "attack", "date": "2024-03-01"}, None),
    ],
)
def test_evaluate_compare_events(
    gold: dict[str, Any], predicted: dict[str, Any], verdict: tuple[bool, bool, bool] | None
) -> None:
    found = compare_events(gold, predicted, AliasTable(ENTITIES))
    if verdict is None:
        assert found is None
    else:
        assert found is not None
        assert (found.agents, found.targets, found.date) == verdict
        assert found.strict is all(verdict)


def test_evaluate_align_prefers_the_better_prediction_and_uses_each_gold_once() -> None:
    weak = {"type": "call", "agents": ["Scholz"], "date": None}
    exact = {"type": "call", "agents": ["Scholz"], "targets": ["Putin"], "date": "2024-03-04"}
    pairs = align_events([CALL], [weak, exact], AliasTable(ENTITIES))
    assert [(g, p) for g, p, _ in pairs] == [(0, 1)]


def test_evaluate_duplicate_predictions_cost_precision() -> None:
    exact = {"doc": "d1", "type": "call", "agents": ["Scholz"], "targets": ["Putin"], "date": "2024-03-04"}
    report, problems = score([_gold_doc(CALL)], [exact, dict(exact)])
    assert (report.loose.tp, report.loose.fp, report.loose.fn) == (1, 1, 0)
    assert report.loose.precision == 0.5
    assert [p.kind for p in problems] == ["spurious"]


def test_evaluate_counts_vote_ballots_and_outcome() -> None:
    gold_vote = {
        "type": "vote",
        "agents": ["UN Security Council"],
        "targets": [],
        "date": "2024-03-04",
        "outcome": "vetoed",
        "ballots": [
            {"actor": "Russia", "position": "veto"},
            {"actor": "France", "position": "yes"},
        ],
    }
    predicted = {
        "doc": "d1",
        "type": "vote",
        "agents": ["the Council"],
        "date": "2024-03-04",
        "outcome": "vetoed",
        "ballots": [
            {"actor": "Moscow", "position": "veto"},
            {"actor": "Paris", "position": "no"},
        ],
    }
    report, problems = score([_gold_doc(gold_vote)], [predicted])
    assert (report.ballots.tp, report.ballots.fp, report.ballots.fn) == (1, 1, 1)
    assert report.vote_outcome_acc == 1.0
    assert report.strict.tp == 1 and problems == []


def test_evaluate_counts_killed_and_subtype_only_on_matched_events() -> None:
    gold = _gold_doc(
        {**ATTACK, "casualties": {"killed": 12, "injured": None}},
        STATEMENT,
        {**STATEMENT, "date": "2024-03-09", "subtype": None},
    )
    preds = [
        {"doc": "d1", "type": "attack", "date": "2024-03-02", "casualties": {"killed": 12}},
        {"doc": "d1", "type": "statement", "agents": ["Macron"], "targets": ["Russia"], "date": "2024-03-05", "subtype": "appeal"},
        {"doc": "d1", "type": "statement", "agents": ["Macron"], "targets": ["Russia"], "date": "2024-03-09", "subtype": "claim"},
    ]
    report, _ = score([gold], preds)
    assert report.attack_killed_acc == 1.0
    assert report.statement_subtype_acc == 0.0  # one scored statement: the one gold gives a subtype
    assert report.vote_outcome_acc is None


def test_evaluate_reports_only_types_present_and_stray_documents() -> None:
    preds = [
        {"doc": "d1", "type": "attack", "date": "2024-03-02"},
        {"doc": "elsewhere", "type": "meeting", "agents": ["Putin"]},
        {"doc": "d1", "type": "rumour", "agents": ["Putin"]},
    ]
    report, problems = score([_gold_doc(ATTACK, CALL)], preds)
    assert report.per_type_loose_f1 == {"call": 0.0, "attack": 1.0}
    assert report.stray_pred_events == 1
    assert (report.pred_events, report.loose.fp) == (2, 1)
    assert sorted(p.kind for p in problems) == ["missed", "spurious"]


def test_evaluate_partial_error_names_the_wrong_slots() -> None:
    predicted = {"doc": "d1", "type": "statement", "agents": ["Macron"], "date": "2024-03-01"}
    _, problems = score([_gold_doc(STATEMENT)], [predicted])
    assert [p.to_json()["wrong"] for p in problems] == [["targets", "date"]]


@pytest.mark.parametrize(
    ("counts", "figures"),
    [
        ((0, 0, 0), (0.0, 0.0, 0.0)),
        ((1, 0, 0), (1.0, 1.0, 1.0)),
        ((0, 3, 2), (0.0, 0.0, 0.0)),
        ((2, 1, 3), (0.6667, 0.4, 0.5)),
    ],
)
def test_evaluate_prf(counts: tuple[int, int, int], figures: tuple[float, float, float]) -> None:
    data = PRF(*counts).to_json()
    assert (data["p"], data["r"], data["f1"]) == figures


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"doc": "d1", "events": []}\n{oops\n', "gold.jsonl:2: not valid JSON"),
        ('["d1"]\n', "gold.jsonl:1: a gold record must be a JSON object with a 'doc' field"),
        ('{"doc": "d1", "events": [{"agents": []}]}\n', "gold.jsonl:1: 'events' must be a list"),
    ],
)
def test_evaluate_load_gold_names_file_and_line(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        load_gold(path)


def test_evaluate_format_report_prints_every_figure() -> None:
    report, _ = score([_gold_doc(CALL)], [{"doc": "d1", "type": "call", "agents": ["Putin"]}])
    text = format_report(report)
    for label in ("loose", "strict", "on matched events", "per-type loose F1", "ballots F1", "strict F1"):
        assert label in text


# ------------------------------------------------------- agreement with ../shared/eval/score.py


def _reference_scorer(shared_dir: Path) -> Any:
    spec = importlib.util.spec_from_file_location("reference_score", shared_dir / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_names = st.sampled_from(
    ["Putin", "Scholz", "Macron", "Kremlin", "Paris", "Kyiv", "U.S.", {"name": "Macron"}, {"label": "Moscow"}]
)
_canonical = st.sampled_from(["Vladimir Putin", "Olaf Scholz", "Emmanuel Macron", "Russia", "France"])
_dates = st.sampled_from([None, "2024-03-04", "2024-03-05", "2024-03", "2024"])
_types = st.sampled_from(["call", "meeting", "vote", "statement", "attack"])
_gold_events = st.fixed_dictionaries(
    {
        "type": _types,
        "agents": st.lists(_canonical, max_size=2),
        "targets": st.lists(_canonical, max_size=2),
        "date": _dates,
        "subtype": st.sampled_from([None, "criticism", "appeal"]),
        "outcome": st.sampled_from([None, "adopted", "vetoed"]),
        "casualties": st.sampled_from([None, {"killed": 3, "injured": None}]),
        "ballots": st.lists(
            st.fixed_dictionaries({"actor": _canonical, "position": st.sampled_from(["yes", "veto"])}),
            max_size=2,
        ),
    },
    optional={"date_alternatives": st.lists(_dates, max_size=2)},
)
_pred_events = st.fixed_dictionaries(
    {
        "doc": st.sampled_from(["d1", "d2", "d3"]),
        "type": _types,
        "agents": st.lists(_names, max_size=2),
        "targets": st.lists(_names, max_size=2),
        "date": _dates,
        "subtype": st.sampled_from([None, "criticism", "appeal"]),
        "outcome": st.sampled_from([None, "adopted", "vetoed"]),
        "casualties": st.sampled_from([None, {"killed": 3, "injured": 1}, {"killed": None}]),
        "ballots": st.lists(
            st.fixed_dictionaries({"actor": _names, "position": st.sampled_from(["yes", "veto"])}),
            max_size=2,
        ),
    },
    optional={"participants": st.lists(_names, max_size=2)},
)


@settings(max_examples=150, deadline=None)
@given(
    golds=st.lists(st.lists(_gold_events, max_size=4), min_size=1, max_size=2),
    preds=st.lists(_pred_events, max_size=8),
)
def test_evaluate_agrees_with_reference_scorer_on_random_events(
    shared_dir: Path, golds: list[list[dict[str, Any]]], preds: list[dict[str, Any]]
) -> None:
    reference = _reference_scorer(shared_dir)
    gold_docs = [_gold_doc(*events, doc=f"d{i + 1}") for i, events in enumerate(golds)]
    ours, our_errors = score(gold_docs, preds)
    theirs, their_errors = reference.score(gold_docs, preds)
    assert ours.to_json() == theirs
    assert [e.to_json() for e in our_errors] == their_errors


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().out


@pytest.fixture(scope="module")
def dev_predictions(shared_dir: Path, nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``eventgraph extract --format jsonl`` of the dev corpus, written to a file."""
    path = tmp_path_factory.mktemp("dev") / "pred.jsonl"
    with pytest.MonkeyPatch.context() as patch:
        buffer = io.StringIO()
        patch.setattr(sys, "stdout", buffer)
        code = main(["extract", str(shared_dir / "corpus" / "dev"), "--format", "jsonl"])
    assert code == 0 and buffer.getvalue().strip()
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


# plain text, and JSON with the error list: every figure and every error line
@pytest.mark.parametrize("options", [[], ["--errors", "--json"]])
def test_evaluate_eval_command_prints_what_score_py_prints_on_dev_corpus(
    shared_dir: Path,
    dev_predictions: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
) -> None:
    corpus = shared_dir / "corpus" / "dev"
    gold = corpus / "gold.jsonl"
    pred_file = dev_predictions

    code, ours = _run(["eval", "--gold", str(gold), str(corpus), *options], capsys)
    theirs = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), "--gold", str(gold), "--pred", str(pred_file), *options],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert code == 0
    assert ours == theirs
    if "--json" in options:
        lines = ours.splitlines()
        first = lines.index("{")  # the error lines come first, then the indented summary
        figures = json.loads("\n".join(lines[first:]))
        assert figures["documents"] == 15 and figures["gold_events"] > 0
        assert {json.loads(line)["kind"] for line in lines[:first]} <= {"missed", "spurious", "partial"}


def test_evaluate_eval_command_reads_several_gold_files(
    shared_dir: Path, nlp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    dev, seed = shared_dir / "corpus" / "dev", shared_dir / "corpus" / "seed"
    code, out = _run(
        ["eval", "--gold", str(dev / "gold.jsonl"), "--gold", str(seed / "gold.jsonl"), str(seed), "--json"],
        capsys,
    )
    figures = json.loads(out)
    assert code == 0
    assert figures["documents"] == 16
    assert figures["pred_events"] > 0 and figures["stray_pred_events"] == 0


def test_evaluate_eval_command_bad_gold_line_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Putin met Erdogan.", encoding="utf-8")
    code = main(["eval", "--gold", str(gold), str(article)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.splitlines() == [f"error: {gold}:1: not valid JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_evaluate_eval_command_missing_gold_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["eval", "--gold", str(tmp_path / "missing.jsonl"), str(tmp_path)])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err
