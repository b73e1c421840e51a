"""The command line: help on every command, --version, extract's formats, stable ids, progress."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from eventgraph import __version__
from eventgraph.cli import app, main, progress

CONTRACT_KEYS = {
    "doc",
    "id",
    "type",
    "agents",
    "targets",
    "date",
    "subtype",
    "quote",
    "ballots",
    "tally",
    "outcome",
    "motion",
    "sponsors",
    "casualties",
    "location",
    "attribution",
    "evidence",
    "start",
    "end",
    "confidence",
}

ARTICLES = {
    "one.txt": "---\nid: one\npublished: 2024-03-06\n---\nPutin met Erdogan in Sochi on Monday. "
    "Scholz phoned Macron on Tuesday.\n",
    "two.txt": "---\nid: two\npublished: 2024-03-07\n---\nThe minister condemned the attack. "
    "Rebels attacked the town and killed 12 people.\n",
}


def _command_paths(command: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command of the app, including those of sub-apps, as argv prefixes."""
    paths = [prefix]
    # typer vendors its own click, so look for sub-commands rather than a class
    subcommands: dict[str, Any] = getattr(command, "commands", {})
    for name, sub in subcommands.items():
        paths.extend(_command_paths(sub, (*prefix, name)))
    return paths


COMMANDS = _command_paths(typer.main.get_command(app))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_cli_registers_the_commands_of_issue_2() -> None:
    assert {("extract",), ("eval",)} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "eventgraph")
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_cli_every_command_has_help(
    command: tuple[str, ...], flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([*command, flag])
    out = capsys.readouterr().out
    assert code == 0
    words = " ".join(out.replace("│", " ").split())
    assert words.startswith("Usage: " + " ".join(("eventgraph", *command)) + " ")
    assert "--help" in out


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"eventgraph {__version__}"


def test_cli_extract_jsonl_is_the_scorer_contract(
    corpus: Path, nlp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(corpus), "--format", "jsonl"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert events
    assert {event["doc"] for event in events} == {"one", "two"}
    for event in events:
        assert set(event) >= CONTRACT_KEYS
        assert isinstance(event["agents"], list) and isinstance(event["targets"], list)
        assert event["evidence"]
        assert event["start"] is not None and event["end"] >= event["start"]


def test_cli_extract_json_is_one_array_of_the_same_events(
    corpus: Path, nlp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["extract", str(corpus), "--format", "jsonl"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["extract", str(corpus), "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == lines


def test_cli_extract_table_shows_each_event(
    corpus: Path, nlp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["extract", str(corpus), "--format", "jsonl"])
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["extract", str(corpus)]) == 0  # table is the default
    table = capsys.readouterr().out
    for column in ("doc", "date", "type", "agents", "targets", "evidence"):
        assert column in table
    assert sum(line.count("one") for line in table.splitlines()) >= sum(e["doc"] == "one" for e in events)


def test_cli_event_ids_are_stable_across_runs(corpus: Path) -> None:
    def run(seed: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-m", "eventgraph.cli", "extract", str(corpus), "-f", "jsonl"],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        return [json.loads(line)["id"] for line in result.stdout.splitlines()]

    first, second = run("1"), run("2")
    assert first and first == second
    assert len(set(first)) == len(first)


def test_cli_progress_is_silent_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    items = list(range(50))
    assert list(progress(iter(items), total=50, label="extracting")) == items
    assert capsys.readouterr().err == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("total", "shown"), [(50, True), (None, True), (5, False), (2, False)])
def test_cli_progress_on_a_terminal_only_for_more_than_a_handful(
    monkeypatch: pytest.MonkeyPatch, total: int | None, shown: bool
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.delenv("NO_COLOR", raising=False)
    items = list(range(total or 8))
    assert list(progress(iter(items), total=total, label="extracting")) == items
    assert ("extracting" in terminal.getvalue()) is shown


def test_cli_extract_prints_no_progress_when_piped(corpus: Path) -> None:
    for index in range(8):
        (corpus / f"extra-{index}.txt").write_text("Putin met Erdogan.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "eventgraph.cli", "extract", str(corpus), "-f", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stderr == ""
