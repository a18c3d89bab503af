"""``--format html``: one self-contained page for editors.

Per article: its text with every finding highlighted inline (colour by severity, the message on
hover and as a numbered footnote below the article). At the top: the totals, a table per rule
family (errors, warnings, notes) and an inline SVG bar chart of findings per family. No scripts,
no external resources; the page opens from disk or as a CI artifact.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from html import escape
from typing import TextIO

from newslint import __version__
from newslint.config import Config
from newslint.engine import FileResult
from newslint.finding import Finding, Severity
from newslint.reporters import locate
from newslint.reporters.summary import rule_family, summary_line

COLOURS = {Severity.ERROR: "#d7263d", Severity.WARNING: "#f49d37", Severity.INFO: "#3f88c5"}
STYLE = """
body{font:16px/1.55 Georgia,'Times New Roman',serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#222}
h1,h2,table,.meta,.notes,.chart text{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
h2{font-size:1.1rem;margin-top:2.5rem;border-bottom:1px solid #ccc;padding-bottom:.3rem}
table{border-collapse:collapse;margin:1rem 0}td,th{padding:.25rem .8rem;border-bottom:1px solid #ddd;text-align:right}
td:first-child,th:first-child{text-align:left}
.article{white-space:pre-wrap;background:#fafafa;padding:1rem;border-radius:4px}
mark{background:none;border-bottom:3px solid;padding:0 1px;cursor:help}
mark.error{border-color:#d7263d;background:#fde4e7}mark.warning{border-color:#f49d37;background:#fdf0dc}
mark.info{border-color:#3f88c5;background:#e3eef8}
mark.point{border:0;font-size:.8em}
sup a{text-decoration:none;color:#555;font-family:system-ui,sans-serif;font-size:.7em}
.notes{font-size:.9rem}.notes li{margin:.2rem 0}.code{font-family:ui-monospace,monospace;font-weight:600}
.sev-error{color:#d7263d}.sev-warning{color:#b86a00}.sev-info{color:#3f88c5}
.meta{color:#666;font-size:.85rem}
"""


def _worst(findings: list[Finding]) -> Severity:
    return max((f.severity or Severity.WARNING for f in findings), default=Severity.INFO)


def _render_text(text: str, findings: list[Finding], messages: list[str], prefix: str) -> str:
    """The article text with highlights that never nest: each stretch of text covered by the same
    set of findings is one ``<mark>``; a footnote marker follows the end of each finding, and a
    finding without extent (e.g. NL001 at a comment) is a flag at its position."""
    boundaries = sorted({0, len(text), *(f.start for f in findings), *(f.end for f in findings)})
    ends: dict[int, list[int]] = defaultdict(list)
    for index, finding in enumerate(findings):
        ends[finding.end].append(index)
    out: list[str] = []

    def notes_at(position: int) -> None:
        for index in ends.pop(position, ()):
            finding = findings[index]
            if finding.start == finding.end:
                out.append(f'<mark class="point {finding.severity or Severity.WARNING}" data-code="{finding.code}" '
                           f'title="{escape(messages[index])}">⚑</mark>')
            note = f"{prefix}-{index + 1}"
            out.append(f'<sup><a href="#{note}" id="ref-{note}">{index + 1}</a></sup>')

    notes_at(0)
    for left, right in zip(boundaries, boundaries[1:]):
        covering = [i for i, f in enumerate(findings) if f.start <= left and right <= f.end and f.start < f.end]
        chunk = escape(text[left:right], quote=False)
        if covering:
            chosen = [findings[i] for i in covering]
            title = "\n".join(messages[i] for i in covering)
            codes = " ".join(sorted({f.code for f in chosen}))
            out.append(f'<mark class="{_worst(chosen)}" data-code="{codes}" title="{escape(title)}">{chunk}</mark>')
        else:
            out.append(chunk)
        notes_at(right)
    return "".join(out)


def _chart(families: dict[str, Counter[Severity]]) -> str:
    if not families:
        return ""
    bar_height, gap, label_width, width = 22, 6, 150, 560
    maximum = max(sum(c.values()) for c in families.values()) or 1
    height = len(families) * (bar_height + gap) + gap
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="Befunde je Regelfamilie">']
    for row, (family, counts) in enumerate(families.items()):
        y = gap + row * (bar_height + gap)
        x = label_width
        parts.append(f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.1f}" text-anchor="end" '
                     f'font-size="13">{escape(family)}</text>')
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
            if not counts[severity]:
                continue
            bar = (width - label_width - 50) * counts[severity] / maximum
            parts.append(f'<rect class="bar" data-family="{escape(family)}" x="{x:.1f}" y="{y}" width="{bar:.1f}" '
                         f'height="{bar_height}" fill="{COLOURS[severity]}"><title>{escape(family)}: '
                         f'{counts[severity]} {severity}</title></rect>')
            x += bar
        parts.append(f'<text x="{x + 6:.1f}" y="{y + bar_height * 0.7:.1f}" font-size="13">'
                     f'{sum(counts.values())}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render(results: list[FileResult], config: Config) -> str:
    families: dict[str, Counter[Severity]] = defaultdict(Counter)
    for result in results:
        for finding in result.findings:
            families[rule_family(finding.code, config)][finding.severity or Severity.WARNING] += 1
    families = dict(sorted(families.items(), key=lambda item: (-sum(item[1].values()), item[0])))
    de = config.lang != "en"
    out = ['<!DOCTYPE html>', f'<html lang="{"de" if de else "en"}"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>newslint – {escape(summary_line(results, config))}</title><style>{STYLE}</style></head><body>',
           f'<h1>newslint</h1><p class="meta" id="summary">{escape(summary_line(results, config))} · newslint {__version__}</p>']
    if families:
        head = ("Regelfamilie", "Fehler", "Warnungen", "Hinweise", "Summe") if de else \
            ("Rule family", "Errors", "Warnings", "Notes", "Total")
        out.append('<table class="families"><thead><tr>' + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead><tbody>")
        for family, counts in families.items():
            out.append(f'<tr data-family="{escape(family)}"><td>{escape(family)}</td><td>{counts[Severity.ERROR]}</td>'
                       f'<td>{counts[Severity.WARNING]}</td><td>{counts[Severity.INFO]}</td>'
                       f'<td>{sum(counts.values())}</td></tr>')
        out.append("</tbody></table>")
        out.append(_chart(families))
    for article_number, result in enumerate(results, start=1):
        located = locate(result, config)
        out.append(f'<section class="file" id="file-{article_number}"><h2>{escape(result.path)} '
                   f'<span class="meta">({len(located)})</span></h2>')
        document = result.document
        if document is None:
            out.append(f'<p class="sev-error">{escape(result.error or "")}</p></section>')
            continue
        findings = [item.finding for item in located]
        order = sorted(range(len(findings)), key=lambda i: (findings[i].start, findings[i].end, findings[i].code))
        findings = [findings[i] for i in order]
        items = [located[i] for i in order]
        messages = [f"{f.code} {item.message}" for f, item in zip(findings, items)]
        prefix = f"n{article_number}"
        out.append(f'<div class="article">{_render_text(document.text, findings, messages, prefix)}</div>')
        if findings:
            out.append('<ol class="notes">')
            for index, (finding, item) in enumerate(zip(findings, items)):
                note = f"{prefix}-{index + 1}"
                suggestion = f" → {escape(' | '.join(finding.suggestions))}" if finding.suggestions else ""
                out.append(f'<li id="{note}"><a href="#ref-{note}">↑</a> <span class="code sev-{finding.severity}">'
                           f'{finding.code}</span> <span class="meta">{item.line}:{item.column}</span> '
                           f'{escape(item.message)}{suggestion}</li>')
            out.append("</ol>")
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out)


def report(results: list[FileResult], config: Config, stream: TextIO) -> None:
    stream.write(render(results, config))
    stream.write("\n")
