"""Choosing the NLP backend: the builtin rules of thumb, or stanza when installed."""
from __future__ import annotations

from newslint.nlp.base import BackendUnavailable, NlpBackend


def get_backend(name: str = "builtin") -> NlpBackend:
    """``builtin``, ``stanza`` (error if unavailable) or ``auto`` (stanza when installed with models)."""
    from newslint.nlp.builtin import BuiltinBackend

    if name == "builtin":
        return BuiltinBackend()
    try:
        from newslint.nlp import stanza_backend
    except ImportError:
        stanza_backend = None
    if name == "auto":
        if stanza_backend is not None and stanza_backend.available():
            return stanza_backend.StanzaBackend()
        return BuiltinBackend()
    if stanza_backend is None:
        raise BackendUnavailable("the stanza backend is not part of this installation")
    return stanza_backend.StanzaBackend()
