"""Who says it, from a dependency parse: the subject of a speech verb.

The builtin backend has no parse; the stanza backend fills ``Token.head`` and ``Token.deprel``
when a depparse model is installed. With a parse, the source of "Wie der Sprecher des
Innenministeriums von Sachsen am Montag in Dresden mitteilte, …" is the verb's subject however far
it stands from the verb, where the word-window heuristic in ``attribution`` sees only six words
either side. Without a parse this module answers ``UNKNOWN`` and the heuristic decides.
"""
from __future__ import annotations

from newslint.nlp.base import Sentence, Token

UNKNOWN = object()  # the parse says nothing (no parse, no such verb, no subject): fall back
IMPERSONAL = frozenset({"es", "man"})


def speech_subject(sentence: Sentence, verb_start: int) -> object:
    """The subject of the verb token starting at ``verb_start``.

    Returns the subject's words (its subtree, in text order) as a string, ``False`` for an
    impersonal subject ("es", "man") that names no source, ``None`` for a personal pronoun
    (someone, named elsewhere) and ``UNKNOWN`` when the sentence has no usable parse.
    """
    tokens = sentence.tokens
    if not tokens or tokens[0].head is None:  # the builtin backend, or stanza without a parser
        return UNKNOWN
    verb = next((index for index, token in enumerate(tokens) if token.start == verb_start), None)
    if verb is None or tokens[verb].head is None:
        return UNKNOWN
    subject = next((index for index, token in enumerate(tokens)
                    if token.head == verb and (token.deprel or "").split(":")[0] == "nsubj"), None)
    if subject is None:
        return UNKNOWN
    head = tokens[subject]
    if head.upos == "PRON" or head.text.lower() in IMPERSONAL:
        return False if head.text.lower() in IMPERSONAL else None
    return " ".join(token.text for token in _subtree(tokens, subject))


def _subtree(tokens: tuple[Token, ...], root: int) -> list[Token]:
    """``tokens[root]`` and every token whose chain of heads leads to it."""
    inside = {root}
    changed = True
    while changed:
        changed = False
        for index, token in enumerate(tokens):
            if index not in inside and token.head in inside:
                inside.add(index)
                changed = True
    return [tokens[index] for index in sorted(inside)]
