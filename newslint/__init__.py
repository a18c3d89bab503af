"""newslint: an editorial quality linter for German news copy.

Public API: ``lint_text``, ``hookimpl`` (for plugins), ``Finding``, ``RuleInfo``, ``Severity``.
Importing this package stays cheap: rules, lexicons and models load on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["lint_text", "hookimpl", "Finding", "Fix", "RuleInfo", "Setting", "Severity", "__version__"]

if TYPE_CHECKING:
    from newslint.api import lint_text
    from newslint.finding import Finding, Fix, RuleInfo, Setting, Severity
    from newslint.hookspecs import hookimpl


def __getattr__(name: str) -> Any:
    if name == "lint_text":
        from newslint.api import lint_text

        return lint_text
    if name == "hookimpl":
        from newslint.hookspecs import hookimpl

        return hookimpl
    if name in ("Finding", "Fix", "RuleInfo", "Setting", "Severity"):
        from newslint import finding

        return getattr(finding, name)
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")
