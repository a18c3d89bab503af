"""Every hook a newslint plugin can implement.

A plugin is a plain module (or object) with functions named like these hooks, decorated with
``newslint.hookimpl``, and registered through the ``newslint.plugins`` entry-point group::

    [project.entry-points."newslint.plugins"]
    myrules = "my_package.my_rules"

The built-in rule families in ``newslint_rules`` are registered exactly this way.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import argparse

    from newslint.config import Config
    from newslint.document import Document
    from newslint.finding import Finding, RuleInfo

hookspec = pluggy.HookspecMarker("newslint")
hookimpl = pluggy.HookimplMarker("newslint")


@hookspec
def newslint_rules() -> list[RuleInfo]:
    """Describe the rules this plugin provides.

    Called once per process when the rule registry is built (``newslint rules``, configuration
    validation, selection). Return a list of ``RuleInfo``; every code a plugin reports in
    ``newslint_check`` must be described here.
    """


@hookspec
def newslint_add_options(parser: argparse.ArgumentParser) -> None:
    """Add command-line options to the ``newslint`` lint command.

    Called once while the CLI builds its parser, before arguments are parsed. Values end up in
    ``config.options`` under the option's ``dest``.
    """


@hookspec
def newslint_configure(config: Config) -> None:
    """Prepare the plugin for a run with the final, validated configuration.

    Called once per run before any document is checked: load data files, compile patterns,
    read per-rule settings with ``config.rule_settings(code)``.
    """


@hookspec
def newslint_check(document: Document, config: Config) -> Iterable[Finding]:
    """Check one document and return (or yield) its findings.

    Called once per document. Read structure and analysis layers from the document (segments,
    sentences, tokens, ``document.layer(...)``); never split text yourself. Findings whose codes
    are not selected are dropped by the engine, but skipping work with ``config.is_selected(code)``
    saves time. An exception here becomes an ``NL000`` finding naming the plugin; other plugins
    still run.
    """
