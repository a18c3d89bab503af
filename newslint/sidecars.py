"""The corpus sidecar format: each article ``name.txt`` has ``name.expected`` beside it.

A sidecar lists the findings an editor expects, in the default output format, one per line::

    corpus/a.txt:5:9: NL201 widerspricht Zeile 3: …        expected, and found
    # missed: corpus/a.txt:11:1: NL101 …                    expected, not found yet (a known miss)
    # false alarm: corpus/a.txt:7:3: NL401 …                found, but wrong (a known false alarm)

The golden test demands that newslint prints exactly the expected and false-alarm lines;
``benchmarks/quality.py`` counts them as true positives, false negatives and false positives.
Other ``#`` lines are comments.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

MISSED = "# missed: "
FALSE_ALARM = "# false alarm: "


def finding_key(line: str) -> str:
    """``path:line:col: CODE`` — what must match; the message may change wording."""
    location, _, rest = line.partition(": ")
    return f"{location}: {rest.split(' ', 1)[0]}"


@dataclass
class Sidecar:
    expected: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def printed(self) -> list[str]:
        """The lines newslint is expected to print, true and false alarms alike."""
        return self.expected + self.false_alarms

    def render(self, header: str = "") -> str:
        lines = [header] if header else []
        lines += self.expected
        lines += [MISSED + line for line in self.missed]
        lines += [FALSE_ALARM + line for line in self.false_alarms]
        return "\n".join(lines) + "\n"


def sidecar_path(article: Path) -> Path:
    return article.with_suffix(".expected")


def read_sidecar(path: Path) -> Sidecar:
    sidecar = Sidecar()
    if not path.exists():
        return sidecar
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(MISSED):
            sidecar.missed.append(line[len(MISSED):])
        elif line.startswith(FALSE_ALARM):
            sidecar.false_alarms.append(line[len(FALSE_ALARM):])
        elif line.strip() and not line.startswith("#"):
            sidecar.expected.append(line)
    return sidecar


def update(sidecar: Sidecar, output: list[str]) -> Sidecar:
    """A sidecar for new ``output`` that keeps the editor's judgement on every line it can.

    Found lines keep their class (expected or false alarm); known misses that are now found
    become expected; expected lines no longer found become misses; new lines are marked as
    false alarms until a person reviews them and moves them up.
    """
    found = {finding_key(line): line for line in output}
    classes = {finding_key(line): "expected" for line in sidecar.expected + sidecar.missed}
    classes.update({finding_key(line): "false" for line in sidecar.false_alarms})
    result = Sidecar()
    for key, line in found.items():
        (result.false_alarms if classes.get(key, "false") == "false" else result.expected).append(line)
    for line in sidecar.expected + sidecar.missed:
        if finding_key(line) not in found:
            result.missed.append(line)
    return result
