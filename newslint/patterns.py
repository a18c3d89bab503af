"""Regular expressions with a time limit: every pattern a rule runs should come from here.

Patterns are written by rule authors (in TOML vocabularies) and by users (in ``newslint.toml``),
and a single badly written one, such as ``(a|aa)+$`` against a long run of ``a``, can backtrack for
hours. This module compiles patterns with the ``regex`` module and runs every search with regex's
``timeout=`` argument, so such a pattern costs at most about ``timeout`` seconds per call and then
raises :class:`PatternTimeout`. The engine turns that exception into an NL000 finding
("Muster aus <origin> hat das Zeitlimit überschritten") and carries on with the other rules;
findings the plugin yielded before the timeout are kept.

Usage in a rule::

    from newslint.patterns import compile_pattern

    @hookimpl
    def newslint_configure(config):
        global _USER
        _USER = [compile_pattern(source, f"{config.source or 'Konfiguration'}: rules.NL301.patterns[{i}]")
                 for i, source in enumerate(config.rule_settings("NL301")["patterns"])]

    @hookimpl
    def newslint_check(document, config):
        for pattern in _USER:
            for match in pattern.finditer(document.text):
                ...

A :class:`Pattern` offers ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall``, ``sub``
and ``split`` with the signatures of ``regex.Pattern`` (``pos``/``endpos`` where regex has them);
each call gets the time limit. ``compile_pattern`` raises :class:`newslint.errors.ConfigError`
naming ``origin`` when the pattern does not compile, so a typo in a user's configuration is a
one-line error (exit 2), not a traceback.

Notes on the limit: regex measures the limit in CPU time of the whole process and checks it only
now and then, so on a loaded machine or with other busy threads the wall-clock time until the
exception can be several times ``timeout``. ``finditer`` applies the limit to each step of the
iteration (finding the next match), not to the whole loop. Searches keep the GIL: releasing it
(``concurrent=True``) made the hedging rules 30 % slower, and the time limit holds either way.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import regex

from newslint.errors import ConfigError

#: Seconds (CPU time, see the module notes) one search may take before PatternTimeout.
DEFAULT_TIMEOUT = 1.0


class PatternTimeout(Exception):
    """A search with a pattern from ``origin`` exceeded its time limit."""

    def __init__(self, origin: str, pattern: str, timeout: float) -> None:
        super().__init__(f"pattern from {origin} exceeded its time limit of {timeout:g} s: {pattern[:80]!r}")
        self.origin = origin
        self.pattern = pattern
        self.timeout = timeout


class Pattern:
    """A compiled pattern that knows where it came from and runs every search with a time limit."""

    __slots__ = ("source", "origin", "flags", "timeout", "compiled")

    def __init__(self, compiled: regex.Pattern, source: str, origin: str, flags: int, timeout: float) -> None:
        self.compiled = compiled
        self.source = source
        self.origin = origin
        self.flags = flags
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"Pattern({self.source!r}, origin={self.origin!r})"

    def _timed_out(self) -> PatternTimeout:
        return PatternTimeout(self.origin, self.source, self.timeout)

    # Each method calls regex directly rather than through a shared wrapper: rules run these
    # searches hundreds of thousands of times per thousand articles.
    def search(self, text: str, pos: int | None = None, endpos: int | None = None) -> regex.Match | None:
        try:
            return self.compiled.search(text, pos, endpos, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def match(self, text: str, pos: int | None = None, endpos: int | None = None) -> regex.Match | None:
        try:
            return self.compiled.match(text, pos, endpos, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def fullmatch(self, text: str, pos: int | None = None, endpos: int | None = None) -> regex.Match | None:
        try:
            return self.compiled.fullmatch(text, pos, endpos, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def finditer(self, text: str, pos: int | None = None, endpos: int | None = None,
                 overlapped: bool = False) -> Iterator[regex.Match]:
        try:
            yield from self.compiled.finditer(text, pos, endpos, overlapped=overlapped, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def findall(self, text: str, pos: int | None = None, endpos: int | None = None) -> list[Any]:
        try:
            return self.compiled.findall(text, pos, endpos, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def sub(self, replacement: str | Callable[[regex.Match], str], text: str, count: int = 0) -> str:
        try:
            return self.compiled.sub(replacement, text, count, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        try:
            return self.compiled.split(text, maxsplit, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.compiled.groupindex)


def compile_pattern(source: str, origin: str, flags: int = 0, timeout: float | None = None) -> Pattern:
    """Compile ``source`` with ``regex`` (V0 semantics, ``flags`` as for ``regex.compile``).

    ``origin`` names where the pattern comes from, for messages: a file and key such as
    ``"newslint.toml: rules.NL301.patterns[2]"`` or ``"rules/boilerplate.toml: promo"``.
    Raises ConfigError naming ``origin`` when the pattern is not a string or does not compile.
    """
    if not isinstance(source, str):
        raise ConfigError(f"{origin}: pattern must be a string, got {type(source).__name__}")
    try:
        compiled = regex.compile(source, flags)
    except (regex.error, ValueError, TypeError, OverflowError, RecursionError) as error:
        raise ConfigError(f"{origin}: invalid regular expression {source!r}: {error}") from None
    return Pattern(compiled, source, origin, flags, DEFAULT_TIMEOUT if timeout is None else timeout)
