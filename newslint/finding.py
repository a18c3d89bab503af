"""Findings (what rules report) and the metadata that describes a rule."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace document text ``[start, end)`` with ``replacement`` (empty: delete)."""

    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a document. Offsets are characters into ``Document.text``, end exclusive.

    ``message`` is German (the people who read findings edit German copy); ``message_en`` is
    shown with ``--lang en``. ``severity`` None means the rule's default severity.
    """

    code: str
    start: int
    end: int
    message: str
    message_en: str | None = None
    severity: Severity | None = None
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None

    def __post_init__(self) -> None:
        # a figure or phrase quoted from hard-wrapped copy ("95\nProzent") must not break the one-line output
        # (``path:line:col: CODE message``) that editors, hooks and CI parse: line breaks become spaces
        for name in ("message", "message_en"):
            value = getattr(self, name)
            if value and ("\n" in value or "\r" in value):
                object.__setattr__(self, name, " ".join(value.split()))

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Setting:
    """A per-rule setting, configurable under ``[tool.newslint.rules.CODE]``."""

    name: str
    type: type | tuple[type, ...]
    default: Any
    description: str
    choices: tuple[Any, ...] = ()


@dataclass(frozen=True)
class RuleInfo:
    """Everything a user can learn about a rule with ``newslint rule CODE``."""

    code: str
    name: str
    severity: Severity
    summary: str  # one German line
    summary_en: str
    description: str = ""  # what it flags and why it matters (Markdown, English)
    flagged: tuple[str, ...] = ()  # German examples that are flagged
    accepted: tuple[str, ...] = ()  # German examples that are accepted
    settings: tuple[Setting, ...] = ()
    fixable: bool = False
    plugin: str = field(default="", compare=False)
