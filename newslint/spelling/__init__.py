"""German spelling for newslint: lexicon, compounds, suggestions and name evidence.

Nothing here loads at import time. ``Speller`` (in ``newslint.spelling.checker``) is built once per
configuration and keeps its per-word verdicts cached, so a run over many documents checks each
distinct word form once.
"""
from __future__ import annotations

__all__ = ["Speller", "get_speller"]


def __getattr__(name: str):
    if name in __all__:
        from newslint.spelling import checker

        return getattr(checker, name)
    raise AttributeError(name)
