"""docs/RELIABILITY.md is tested: every test it names exists, and names every reliability test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "RELIABILITY.md"
FILES = [
    "test_fuzz.py", "test_limits.py", "test_interrupt.py", "test_concurrency.py",
    "test_server_security.py", "test_injection.py", "test_hostile_pages.py",
]
_REFERENCE = re.compile(r"`tests/(test_\w+\.py)::(test_\w+)`")


def _referenced() -> set[tuple[str, str]]:
    return set(_REFERENCE.findall(DOC.read_text(encoding="utf-8")))


def _defined(name: str) -> set[str]:
    text = (ROOT / "tests" / name).read_text(encoding="utf-8")
    return set(re.findall(r"^def (test_\w+)\(", text, re.MULTILINE))


def test_reliability_doc_names_only_existing_tests() -> None:
    missing = [f"{file}::{test}" for file, test in _referenced() if test not in _defined(file)]
    assert not missing, f"docs/RELIABILITY.md names tests that do not exist: {missing}"


@pytest.mark.parametrize("file", FILES)
def test_reliability_doc_names_every_reliability_test(file: str) -> None:
    named = {test for f, test in _referenced() if f == file}
    assert _defined(file) - named == set(), f"add these tests of {file} to docs/RELIABILITY.md"
