"""``newslint rules`` and ``newslint rule CODE``: the rule documentation, from the rules themselves."""
from __future__ import annotations

import argparse
import json
import sys

from newslint.errors import UsageError
from newslint.finding import RuleInfo


def _registry() -> dict[str, RuleInfo]:
    from newslint.plugins import load_plugins

    return load_plugins().rules


def _parser(prog: str) -> argparse.ArgumentParser:
    from newslint.cli import _ArgumentParser

    parser = _ArgumentParser(prog=prog)
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def rules_command(argv: list[str]) -> int:
    args = _parser("newslint rules").parse_args(argv)
    rules = _registry()
    if args.format == "json":
        json.dump([_as_dict(info) for info in rules.values()], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for info in rules.values():
        summary = info.summary_en if args.lang == "en" else info.summary
        fix = " [fix]" if info.fixable else ""
        sys.stdout.write(f"{info.code}  {info.name:<32} {str(info.severity):<8} {summary}{fix}\n")
    return 0


def rule_command(argv: list[str]) -> int:
    parser = _parser("newslint rule")
    parser.add_argument("code")
    args = parser.parse_args(argv)
    rules = _registry()
    info = rules.get(args.code.upper())
    if info is None:
        raise UsageError(f"unknown rule {args.code!r}; 'newslint rules' lists them")
    if args.format == "json":
        json.dump(_as_dict(info), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    sys.stdout.write(render(info, args.lang))
    return 0


def render(info: RuleInfo, lang: str = "de") -> str:
    """The documentation page of one rule, as Markdown."""
    summary = info.summary_en if lang == "en" else info.summary
    lines = [f"# {info.code} {info.name}", "", summary, "",
             f"Severity: {info.severity}. Plugin: {info.plugin}.{' Fixable with --fix.' if info.fixable else ''}", ""]
    if info.description:
        lines += ["## What it flags and why", "", info.description.strip(), ""]
    if info.flagged:
        lines += ["## Flagged", ""] + [f"- {example}" for example in info.flagged] + [""]
    if info.accepted:
        lines += ["## Accepted", ""] + [f"- {example}" for example in info.accepted] + [""]
    if info.settings:
        lines += ["## Settings", "", f"Under `[tool.newslint.rules.{info.code}]`:", ""]
        lines += [f"- `{s.name}` (default `{s.default!r}`): {s.description}" for s in info.settings] + [""]
    return "\n".join(lines)


def _as_dict(info: RuleInfo) -> dict[str, object]:
    return {
        "code": info.code, "name": info.name, "severity": str(info.severity), "summary": info.summary,
        "summary_en": info.summary_en, "description": info.description, "flagged": list(info.flagged),
        "accepted": list(info.accepted), "fixable": info.fixable, "plugin": info.plugin,
        "settings": [{"name": s.name, "default": s.default, "description": s.description} for s in info.settings],
    }
