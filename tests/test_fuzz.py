"""Property tests: arbitrary Unicode and mutated corpus articles never crash the linter.

Invariants checked for every generated input (``check_invariants``):

* linting raises nothing (an ``InputError`` is allowed only where the input is genuinely not
  readable, e.g. a Markdown front matter that is never closed, and it must name the file);
* every finding's span (and its fix's span) lies inside ``document.text``, with integer offsets;
  Python strings index code points, so an in-range integer offset is a character boundary;
  in addition no span may split a surrogate pair the input happens to contain;
* ``document.position`` maps both ends to a valid 1-based (line, column) of the source;
* the output is deterministic: a second run on a freshly read document gives the same findings;
* when ``newslint.fixing`` exists, applying the fixes is idempotent (tested in ``test_fix_idempotent``).

The suite version is kept cheap (``max_examples`` ~150, no deadline). The long campaign is
``benchmarks/fuzz_campaign.py --minutes N``, which reuses the strategies and checks below.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.api import get_linter
from newslint.config import Config
from newslint.errors import InputError
from newslint.readers import read_text

REPO = Path(__file__).resolve().parents[1]
CORPUS = sorted(p for p in (REPO / "corpus").glob("*") if p.suffix in (".txt", ".md"))
SUFFIXES = ("a.txt", "a.md")

# --- strategies ----------------------------------------------------------------------------------
SPECIALS = [
    "\u0301", "\u0308", "\u0327", "\u20dd",  # combining marks
    "\u202e", "\u202d", "\u200f", "\u200e", "\u2067", "\u2069",  # bidi controls
    "שלום", "مرحبا", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",  # right-to-left text
    "😀", "👩\u200d👩\u200d👧", "🇩🇪", "👍🏽", "\U0001f9d1\u200d\U0001f680",  # emoji, ZWJ, flags, modifiers
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width
    "\x00", "\x01", "\x1b", "\x7f", "\t", "\x0b", "\x0c",  # NUL and controls
    "\n", "\r", "\r\n", "\n\n", "\u2028", "\u2029", "\x85",  # line breaks
    " ", "\u00a0", "\u202f", "\u2009", "\u3000",  # spaces
    "„", "“", "»", "«", "‚", "‘", "’", "…", "–", "—", "-", ".", ",", "!", "?", ":", ";", "(", ")",
    "#", "##", "*", "**", "_", "`", "```", "[", "](", "![", ">", "- ", "1. ", "<!--", "-->", "<b>", "\\",
    "---", "title: ", "teaser: ", "\"", "'",
    "z. B.", "Dr.", "28.10.2024", "am 3. Oktober", "15.800", "4,2 Prozent", "30 000", "Mio.", "www.x.de",
    "a@b.de", "#tag", "@handle", "https://example.org/a.b",
    "Der", "Kanzler", "sagte", "eigentlich", "Fehlerwort", "dass", "Millionen", "Euro", "Prozent",
    "laut", "angeblich", "Straße", "ÄÖÜäöüß", "ﬁ", "İ", "ǅ",
]

unicode_chars = st.characters(exclude_categories=("Cs",))
pieces = st.one_of(st.sampled_from(SPECIALS), st.text(unicode_chars, max_size=8))
arbitrary_text = st.lists(pieces, max_size=60).map("".join)
surrogate_text = st.lists(st.one_of(pieces, st.characters(categories=("Cs",))), max_size=30).map("".join)
whitespace_only = st.lists(st.sampled_from([" ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2028", "\x0b", "\x0c"]),
                           max_size=200).map("".join)
long_line = st.builds(lambda word, n, tail: (word + " ") * n + tail,
                      st.sampled_from(["Wort", "eigentlich", "Der Kanzler sagte.", "z. B.", "😀", "a\u0301", "x"]),
                      st.integers(1000, 4000), st.sampled_from(["", "\n", ".", "\r\n"]))
front_matter = st.builds(
    lambda keys, body, close, newline: newline.join(["---", *keys, close, body]),
    st.lists(st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(["title", "teaser", "lead", "author", "x-y", "date"]),
                       st.text(unicode_chars, max_size=30).map(lambda v: v.replace("\n", " ").replace("\r", " "))),
             max_size=5),
    arbitrary_text,
    st.sampled_from(["---", "...", "--- ", "", "# not closed"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
)


def mutate(text: str, rng: random.Random, rounds: int) -> str:
    """Apply ``rounds`` random edits: insert, delete, duplicate, swap, change line breaks, truncate."""
    for _ in range(rounds):
        if not text:
            text = rng.choice(SPECIALS)
            continue
        i, j = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        op = rng.randrange(8)
        if op == 0:
            text = text[:i] + rng.choice(SPECIALS) + text[i:]
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:j] + text[i:j] + text[j:]
        elif op == 3:
            text = text[:i] + text[j:] + text[i:j]
        elif op == 4:
            text = text.replace("\n", rng.choice(["\r\n", "\r", "\n\n", "", " "]))
        elif op == 5:
            text = text[:i]
        elif op == 6:
            text = text[:i] + chr(rng.randrange(0x20, 0x3000)) + text[i:]
        else:
            text = text[:i] + text[i:j].upper() + text[j:]
    return text


@st.composite
def mutated_corpus(draw):
    if not CORPUS:
        return draw(arbitrary_text), "a.txt"
    path = draw(st.sampled_from(CORPUS))
    seed = draw(st.integers(0, 2**32 - 1))
    rounds = draw(st.integers(0, 12))
    return mutate(path.read_text(encoding="utf-8"), random.Random(seed), rounds), path.name


# --- the checks ---------------------------------------------------------------------------------
def default_config() -> Config:
    return Config()


def lint(text: str, filename: str, config: Config | None = None):
    """(document, findings) or ``None`` when the reader refused the input with an InputError."""
    linter = get_linter(config or default_config())
    try:
        document = read_text(text, filename)
    except InputError as error:
        assert filename in str(error), f"InputError does not name the file: {error}"
        return None
    return document, linter.check(document)


def _splits_surrogate_pair(text: str, offset: int) -> bool:
    return 0 < offset < len(text) and "\ud800" <= text[offset - 1] <= "\udbff" and "\udc00" <= text[offset] <= "\udfff"


def check_span(document, start, end, what: str) -> None:
    text = document.text
    assert type(start) is int and type(end) is int, f"{what}: offsets not int: {start!r}, {end!r}"
    assert 0 <= start <= end <= len(text), f"{what}: span {start}-{end} outside text of length {len(text)}"
    assert not _splits_surrogate_pair(text, start) and not _splits_surrogate_pair(text, end), what


def check_position(document, offset: int, is_end: bool, what: str) -> None:
    line, column = document.position(offset, is_end=is_end)
    source = document.offsets.source
    line_count = source.count("\n") + source.count("\r") - source.count("\r\n") + 1
    assert 1 <= line <= line_count, f"{what}: line {line} not in 1..{line_count}"
    assert 1 <= column <= len(document.offsets.source_line(line)) + 1, f"{what}: column {column} of line {line}"


def check_invariants(text: str, filename: str, config: Config | None = None) -> None:
    first = lint(text, filename, config)
    if first is None:
        return
    document, findings = first
    for finding in findings:
        what = f"{finding.code} {finding.message!r}"
        check_span(document, finding.start, finding.end, what)
        check_position(document, finding.start, False, what)
        check_position(document, finding.end, True, what)
        if finding.fix is not None:
            check_span(document, finding.fix.start, finding.fix.end, what + " (fix)")
    second = lint(text, filename, config)
    assert second is not None and second[1] == findings, "findings differ between two runs"
    internal = [f.message for f in findings if f.code == "NL000"]
    assert not internal, f"internal errors: {internal}"


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)


# --- the tests ----------------------------------------------------------------------------------
@FUZZ
@given(arbitrary_text, st.sampled_from(SUFFIXES))
def test_arbitrary_unicode(text, filename):
    check_invariants(text, filename)


@FUZZ
@given(whitespace_only, st.sampled_from(SUFFIXES))
def test_only_whitespace(text, filename):
    check_invariants(text, filename)


@settings(FUZZ, max_examples=20)
@given(long_line, st.sampled_from(SUFFIXES))
def test_very_long_lines_without_newline(text, filename):
    check_invariants(text, filename)


@FUZZ
@given(front_matter)
def test_markdown_front_matter(text):
    check_invariants(text, "a.md")


@FUZZ
@given(mutated_corpus())
def test_mutated_corpus_articles(case):
    text, name = case
    check_invariants(text, name)


@settings(FUZZ, max_examples=100)
@given(surrogate_text, st.sampled_from(SUFFIXES))
def test_lone_surrogates_through_api(text, filename):
    """The API accepts any ``str``: lone surrogates are linted like any other character
    (a file on disk cannot contain them: the UTF-8 decoder refuses them with the byte offset)."""
    from newslint.api import lint_text

    try:
        findings = lint_text(text, filename=filename)
    except InputError as error:  # only an unclosed front matter may be refused
        assert "front matter" in str(error)
        return
    assert all(0 <= f.start <= f.end for f in findings)
    check_invariants(text, filename)


@pytest.mark.parametrize("text", ["", "\x00", "\x00" * 1000, "\ud800", "a\udfffb\nc", "---", "---\n---",
                                  "\u202e" * 50, "\u0301" * 500, "😀" * 3000, " " * 100_000])
@pytest.mark.parametrize("filename", SUFFIXES)
def test_edge_cases(text, filename):
    check_invariants(text, filename)


def test_cli_survives_surrogates_and_nul(tmp_path, run_cli):
    """Bytes that are not UTF-8 (encoded surrogates) are refused with the byte offset; NUL-only text is fine."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Satz eins.\n".encode() + b"\xed\xa0\x80 Satz zwei.\n")
    result = run_cli(str(bad))
    assert result.returncode == 2
    assert "not valid UTF-8 at byte offset 11" in result.stderr
    assert "Traceback" not in result.stderr


# --- --fix ---------------------------------------------------------------------------------------
def _fixing_api():
    try:
        import newslint.fixing as fixing
    except ImportError:
        pytest.skip("newslint/fixing.py does not exist yet (owned by the --fix engineer)")
    if not hasattr(fixing, "fixed_text"):
        pytest.skip("newslint.fixing has no fixed_text(document, findings) -> (source, fixed) yet")
    return fixing


def fixed_source(fixing, text: str, filename: str) -> str | None:
    """The source after one round of fixes (None when the reader refuses the input)."""
    result = lint(text, filename)
    if result is None:
        return None
    document, findings = result
    return fixing.fixed_text(document, findings)[0]


# derandomized: the known non-idempotent case below (found by the campaign) must not make CI flaky;
# benchmarks/fuzz_campaign.py explores this property at random.
@settings(FUZZ, max_examples=100, derandomize=True)
@given(st.one_of(mutated_corpus(), st.tuples(arbitrary_text, st.sampled_from(SUFFIXES))))
def test_fix_idempotent(case):
    fixing = _fixing_api()
    text, name = case
    once = fixed_source(fixing, text, name)
    if once is None:
        return
    twice = fixed_source(fixing, once, name)
    assert twice is not None, "the fixed text can no longer be read"
    # --fix is idempotent: fixing the fixed text again changes nothing (a single round converges)
    assert twice == once, "a second --fix changed the text again"


def test_fix_idempotent_boilerplate_regression():
    fixing = _fixing_api()
    text = 'Wartezimmer." verpassen Sie keine Griff. Wartezimmer." überall, wo es Podcasts gibt.'
    once = fixed_source(fixing, text, "a.md")
    assert fixed_source(fixing, once, "a.md") == once
