"""--fix and --diff: only boilerplate goes; every other byte (CRLF, BOM, Markdown, front matter) stays."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from newslint.api import lint_text
from newslint.fixing import FixConflict, fix_file, fixed_text, write_atomic
from newslint.readers import read_path, read_text

BODY = ("Berlin (dpa) – Die Koalition hat sich am Dienstag auf einen Haushalt geeinigt. Finanzministerin "
        "Katrin Albers sprach von einem guten Kompromiss für das ganze Land.")
TAIL = "Die Opposition kündigte an, den Entwurf im Ausschuss genau zu prüfen und eigene Vorschläge vorzulegen."

# (name, original lines, lines expected after the fix); "" is a blank line
PLAIN = [
    "Politik", "",
    "Koalition einigt sich auf Haushalt", "",
    BODY + "  ", "",                         # trailing spaces in body must survive
    "Melden Sie sich jetzt für unseren Newsletter an.", "",
    "Die Feuerwehr war auch da. (Foto: dpa) Es gab keine Verletzten.", "",
    "Lesen Sie auch:", "Schuldenbremse: Was eine Reform bedeuten würde", "Bahn: Diese Strecken werden gesperrt", "",
    TAIL, "",
    TAIL, "",
    "Anzeige",
]
PLAIN_FIXED = [
    "Koalition einigt sich auf Haushalt", "",
    BODY + "  ", "",
    "Die Feuerwehr war auch da. Es gab keine Verletzten.", "",
    TAIL,
]

MARKDOWN = [
    "---", 'title: "Koalition einigt sich auf Haushalt"', "author: Anna Beispiel", "---", "",
    "Anzeige", "",
    BODY, "",
    "![Ministerin Albers im Bundestag](albers.jpg)", "Foto: picture alliance/dpa | Lena Hofer", "",
    "**Melden Sie sich jetzt für unseren Newsletter an.**", "",
    "Mehr zum Thema:", "- Wahlrecht: Was die Reform bedeutet", "- Analyse: Warum die SPD verliert", "",
    "[Erfahren Sie hier mehr über unsere journalistischen Standards.](https://example.org/standards)", "",
    TAIL, "",
]
MARKDOWN_FIXED = [
    "---", 'title: "Koalition einigt sich auf Haushalt"', "author: Anna Beispiel", "---", "",
    BODY, "",
    "![Ministerin Albers im Bundestag](albers.jpg)", "",
    TAIL, "",
]


def encode(lines: list[str], newline: str, bom: bool = False, final: bool = False) -> bytes:
    text = newline.join(lines) + (newline if final else "")
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


CASES = [
    ("lf.txt", PLAIN, PLAIN_FIXED, "\n", False, True),
    ("crlf.txt", PLAIN, PLAIN_FIXED, "\r\n", False, True),
    ("crlf-no-final-newline.txt", PLAIN, PLAIN_FIXED, "\r\n", False, False),
    ("bom.txt", PLAIN, PLAIN_FIXED, "\n", True, True),
    ("front-matter.md", MARKDOWN, MARKDOWN_FIXED, "\n", False, True),
    ("front-matter-crlf-bom.md", MARKDOWN, MARKDOWN_FIXED, "\r\n", True, True),
]


@pytest.mark.parametrize("name, lines, fixed, newline, bom, final", CASES, ids=[c[0] for c in CASES])
def test_fix_removes_only_boilerplate_bytes(tmp_path, run_cli, name, lines, fixed, newline, bom, final):
    path = tmp_path / name
    path.write_bytes(encode(lines, newline, bom, final))
    os.chmod(path, 0o640)
    result = run_cli("--select", "NL3", "--fix", path, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    # a removed last line takes the line break before it (and the blank line above it) along
    expected = encode(fixed, newline, bom, True)
    assert path.read_bytes() == expected
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name != name]  # no temporary file left behind
    # idempotent: a second run changes nothing and finds nothing
    again = run_cli("--select", "NL3", "--fix", path, cwd=tmp_path)
    assert again.returncode == 0 and again.stdout.strip() == ""
    assert path.read_bytes() == expected


def test_fix_reports_what_remains_in_fixed_positions(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text("Politik\n\nKoalition einigt sich\n\nDie SPD lobt die Einigung. Anzeige Die CDU auch.\n",
                    encoding="utf-8")
    result = run_cli("--select", "NL3", "--fix", "--format", "json", path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "fixed 1 file" in result.stderr
    assert path.read_text(encoding="utf-8").startswith("Koalition einigt sich\n")


def test_diff_shows_change_and_writes_nothing(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    original = encode(PLAIN, "\r\n", True, True)
    path.write_bytes(original)
    result = run_cli("--select", "NL3", "--diff", path, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert path.read_bytes() == original
    assert f"--- a/{path}" in result.stdout and "-Melden Sie sich jetzt für unseren Newsletter an." in result.stdout
    assert "+Die Feuerwehr war auch da. Es gab keine Verletzten." in result.stdout
    clean = tmp_path / "clean.txt"
    clean.write_text(f"Koalition einigt sich\n\n{BODY}\n", encoding="utf-8")
    nothing = run_cli("--select", "NL3", "--diff", clean, cwd=tmp_path)
    assert nothing.returncode == 0 and nothing.stdout == ""


def test_diff_on_stdin_and_fix_on_stdin_refused(run_cli, tmp_path):
    text = f"Koalition einigt sich\n\n{BODY}\n\nAnzeige\n"
    diff = run_cli("--select", "NL3", "--diff", "-", stdin=text, cwd=tmp_path)
    assert diff.returncode == 1 and "-Anzeige" in diff.stdout
    fix = run_cli("--select", "NL3", "--fix", "-", stdin=text, cwd=tmp_path)
    assert fix.returncode == 2 and "standard input cannot be fixed" in fix.stderr


def test_file_changed_after_linting_is_not_overwritten(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"Koalition einigt sich\n\n{BODY}\n\nAnzeige\n", encoding="utf-8")
    document = read_path(path)
    findings = lint_text(path.read_text(encoding="utf-8"), filename=str(path))
    path.write_text(f"Koalition einigt sich\n\n{BODY}\n\nAnzeige\n\nNeuer Absatz der Kollegin.\n", encoding="utf-8")
    outcome = fix_file(path, document, findings, write=True)
    assert outcome.error and "changed on disk" in outcome.error
    assert path.read_text(encoding="utf-8").endswith("Neuer Absatz der Kollegin.\n")


def test_write_atomic_refuses_when_bytes_or_mtime_differ(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"one\n")
    info = path.stat()
    with pytest.raises(FixConflict):
        write_atomic(path, b"two\n", b"other\n", info.st_mtime_ns)
    with pytest.raises(FixConflict):
        write_atomic(path, b"two\n", b"one\n", info.st_mtime_ns - 1)
    write_atomic(path, b"two\n", b"one\n", info.st_mtime_ns)
    assert path.read_bytes() == b"two\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize("source, expected", [
    ("Titel der Meldung\n\nText eins. (Foto: dpa) Text zwei.\n", "Titel der Meldung\n\nText eins. Text zwei.\n"),
    ("Titel der Meldung\n\nText eins, der endet. Foto: Max Muster\n", "Titel der Meldung\n\nText eins, der endet.\n"),
    ("Titel der Meldung\n\nAnzeige\n\n\nText.\n", "Titel der Meldung\n\n\nText.\n"),  # keeps other blank lines
    ("Anzeige\nTitel der Meldung\n", "Titel der Meldung\n"),
])
def test_fixed_text_spans(source, expected):
    document = read_text(source, "a.txt")
    findings = [f for f in lint_text(source, filename="a.txt") if f.code.startswith("NL3")]
    assert fixed_text(document, findings)[0] == expected


def test_fix_never_touches_findings_without_fix(tmp_path):
    source = f"Koalition einigt sich\n\n{BODY}\n"
    document = read_text(source, "a.txt")
    findings = [f for f in lint_text(source, filename="a.txt") if f.fix is None]
    assert fixed_text(document, findings)[0] == source


def test_image_line_with_credit_alt_text_keeps_the_image():
    source = "# Titel\n\nText der Meldung, der lang genug ist.\n\n![Foto: picture alliance/dpa | Anna Beispiel](a.jpg)\n"
    document = read_text(source, "a.md")
    findings = [f for f in lint_text(source, filename="a.md") if f.code.startswith("NL3")]
    new = fixed_text(document, findings)[0]
    assert new.endswith("\n\n![](a.jpg)\n") and new.startswith("# Titel\n\nText der Meldung")


def test_corpus_fix_keeps_line_endings(tmp_path, run_cli):
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    sources = [p for p in (corpus / "wirtschaft-werk-schliessung.txt", corpus / "lokal-stadtrat-bad.md") if p.exists()]
    if not sources:
        pytest.skip("corpus not present")
    for source in sources:
        target = tmp_path / source.name
        original = source.read_bytes()
        target.write_bytes(original)
        run_cli("--select", "NL3", "--fix", target, cwd=tmp_path)
        new = target.read_bytes()
        assert new != original
        assert new.startswith(b"\xef\xbb\xbf") == original.startswith(b"\xef\xbb\xbf")
        if b"\r\n" in original:
            assert new.count(b"\n") == new.count(b"\r\n")
        # every kept line is a line of the original, in order
        kept = new.splitlines(keepends=True)
        lines = iter(original.splitlines(keepends=True))
        assert all(any(line == candidate for candidate in lines) for line in kept)
