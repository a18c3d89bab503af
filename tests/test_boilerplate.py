"""NL3 boilerplate rules: table-driven examples for every code and every trap, data file, settings, learner."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.api import lint_text
from newslint.config import config_from_mapping
from newslint.config import tomllib
from newslint.readers import read_text

REPO = Path(__file__).resolve().parents[1]
BODY = ("Berlin (dpa) – Die Koalition hat sich am Dienstag auf einen Haushalt geeinigt. Finanzministerin "
        "Katrin Albers sprach von einem guten Kompromiss für das ganze Land.")
TAIL = "Die Opposition kündigte an, den Entwurf im Ausschuss genau zu prüfen und eigene Vorschläge vorzulegen."


def nl3(text: str, config=None, filename: str = "a.txt"):
    document = read_text(text, filename)
    findings = [f for f in lint_text(text, filename=filename, config=config) if f.code.startswith("NL3")]
    return [(f.code, document.text[f.start:f.end]) for f in findings]


def article(line: str) -> str:
    """A short article with ``line`` as its own paragraph between two body paragraphs."""
    return f"Koalition einigt sich auf Haushalt\n\n{BODY}\n\n{line}\n\n{TAIL}\n"


FLAGGED = [
    # NL301 promo
    ("NL301", "Melden Sie sich jetzt für unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten."),
    ("NL301", "Folgen Sie uns bei WhatsApp, Facebook und Instagram, um keine Nachrichten aus der Region zu verpassen."),
    ("NL301", "Treten Sie unserem WhatsApp-Kanal bei."),
    ("NL301", "[Mit der App von Bayern Kompakt verpassen Sie keine Eilmeldung – aktivieren Sie jetzt Push-Nachrichten.]"),
    ("NL301", "Laden Sie jetzt unsere App herunter."),
    ("NL301", "Jetzt Abo abschließen und unbegrenzt weiterlesen – im ersten Monat kostenlos."),
    ("NL301", "Hören Sie dazu auch unsere Podcast-Folge „Gesund in Bayern“ – überall, wo es Podcasts gibt."),
    ("NL301", "Diskutieren Sie mit: Wie wichtig ist Ihnen das Hallenbad? Schreiben Sie uns in den Kommentaren."),
    ("NL301", "Erfahren Sie hier mehr über unsere journalistischen Standards."),
    ("NL301", "Sie möchten keine Umfrage verpassen? Abonnieren Sie unseren Newsletter „Berlin direkt“."),
    ("NL301", "[Falls Sie jede Eilmeldung sofort auf dem Smartphone sehen möchten, nutzen Sie am besten unsere App, "
              "die es hier für iOS und Android zum Herunterladen gibt.]"),
    ("NL301", "[Den Stand der Dinge verfolgen Sie rund um die Uhr in unserem Newsblog.]"),
    ("NL301", "Hier für den kostenlosen Kultur-Newsletter anmelden."),
    # NL302 read-more and navigation
    ("NL302", "Lesen Sie auch: Warum die Mieten in Berlin weiter steigen"),
    ("NL302", "[Mehr zum Thema: Was die neuen Kita-Regeln für Eltern bedeuten]"),
    ("NL302", "Artikel teilen:"),
    ("NL302", "Teilen: Facebook | Twitter | E-Mail"),
    # NL303 credit and metadata
    ("NL303", "Bild: picture alliance/dpa/AP | Pawel Orlow"),
    ("NL303", "Foto: picture alliance/dpa | Lena Hofer"),
    ("NL303", "© Foto: Mediendienst Süd / Karl Ebner"),
    ("NL303", "Anzeige"),
    ("NL303", "Stand: 14.04.2024, 16:42 Uhr"),
    ("NL303", "date 2024-12"),
    ("NL303", "Lesezeit: 4 Min."),
]


@pytest.mark.parametrize("code, line", FLAGGED, ids=[f"{c}-{i}" for i, (c, _) in enumerate(FLAGGED)])
def test_flagged_line(code, line):
    assert nl3(article(line)) == [(code, line)]


TRAPS = [
    "Die Behörde informierte die Bevölkerung per WhatsApp und über die Warn-App Nina.",
    "Der Newsletter des Ministeriums erreichte nach dessen Angaben 2.000 Leser.",
    "Berlin und Hamburg bieten das bereits an. Sie folgen damit dem Beispiel Frankreichs.",
    "„Abonnieren Sie unseren Newsletter“, rief der Moderator den Zuschauern zu.",
    "„Folgen Sie uns auf Instagram!“, sagte die Sprecherin der Band.",
    "Die Zahl der Helfer wuchs auf 418 (Stand: Freitag, 9 Uhr).",
    "Das Foto: ein Dokument der Zeitgeschichte, das nun im Museum hängt.",
    "Die Zeitung „Bild“ berichtete zuerst über den Fall.",
    "Anzeige gegen Unbekannt: Die Polizei ermittelt wegen Sachbeschädigung.",
    "Lesen Sie hier, warum der Streit eskaliert ist: Die Fronten sind seit Jahren verhärtet.",
    "Bei Jugendlichen liegen WhatsApp und Instagram vorn, Facebook und Twitter folgen mit Abstand.",
    "Wer den Podcast hören will, findet ihn auf den üblichen Plattformen, teilte der Sender mit.",
    "[Anmerkung der Redaktion: Zunächst stand hier, das Konzert beginne schon um 19 Uhr.]",
]


@pytest.mark.parametrize("line", TRAPS)
def test_trap_not_flagged(line):
    assert nl3(article(line)) == []


@pytest.mark.parametrize("text", [
    "Koalition einigt sich\n\nBerlin (dpa) – Die Koalition hat sich geeinigt. Die Opposition ist empört.\n",
    "Kliniken werden zusammengelegt\n\nVon Anna Beispiel\n\nWendhausen – Der Kreis legt seine Kliniken zusammen.\n",
    "Landtag beschließt Schulessen\n\nWiesbaden (dpa/lhe) – Der Landtag hat ein Gesetz beschlossen.\n",
])
def test_dateline_and_author_not_flagged(text):
    assert nl3(text) == []


def test_read_more_block_label_and_teasers_until_body():
    text = (f"Koalition einigt sich auf Haushalt\n\n{BODY}\n\nLesen Sie auch:\n"
            "Schuldenbremse: Was eine Reform für Länder bedeuten würde\n"
            "Bahn-Sanierung: Diese Strecken werden 2025 gesperrt\n\n" + TAIL + "\n")
    assert nl3(text) == [
        ("NL302", "Lesen Sie auch:"),
        ("NL302", "Schuldenbremse: Was eine Reform für Länder bedeuten würde"),
        ("NL302", "Bahn-Sanierung: Diese Strecken werden 2025 gesperrt"),
    ]


def test_read_more_block_with_bullets_in_markdown():
    text = (f"# Koalition einigt sich\n\n{BODY}\n\nMehr zum Thema:\n- Wahlrecht: Was die Reform bedeutet\n"
            f"- Analyse: Warum die SPD nicht vom Fleck kommt\n\n{TAIL}\n")
    assert [code for code, _ in nl3(text, filename="a.md")] == ["NL302"] * 3


def test_section_label_and_tag_list_at_edges_only():
    text = f"Politik\n\nKoalition einigt sich auf Haushalt\n\n{BODY}\n\n{TAIL}\n\nSchlagworte: Haushalt, Koalition, SPD\n"
    assert nl3(text) == [("NL302", "Politik"), ("NL302", "Schlagworte: Haushalt, Koalition, SPD")]
    middle = f"Koalition einigt sich auf Haushalt\n\n{BODY}\n\nPolitik\n\n{TAIL}\n"
    assert nl3(middle) == []


def test_photo_credit_inside_paragraph():
    text = article("Die Feuerwehr löschte den Brand am Abend. (Foto: dpa) Die Ursache ist noch unklar.")
    assert nl3(text) == [("NL303", "(Foto: dpa)")]


@pytest.mark.parametrize("allow, expected", [(False, [("NL303", "(dpa)")]), (True, [])])
def test_agency_credit_line_house_style_setting(allow, expected):
    config = config_from_mapping({"rules": {"NL303": {"allow_agency_credit": allow}}})
    text = f"Koalition einigt sich auf Haushalt\n\n{BODY}\n\n{TAIL}\n\n(dpa)\n"
    assert nl3(text, config=config) == expected


DUPLICATES = [
    ("headline twice", "Umfrage: Union baut Vorsprung aus\n\nUmfrage: Union baut Vorsprung aus\n\n" + BODY + "\n",
     "Umfrage: Union baut Vorsprung aus"),
    ("paragraph pasted twice", f"Koalition einigt sich\n\n{BODY}\n\n{TAIL}\n\n{TAIL}\n", TAIL),
    ("paragraph repeated later", f"Koalition einigt sich\n\n{BODY}\n\n{TAIL}\n\nDie SPD schweigt.\n\n{BODY}\n", BODY),
]


@pytest.mark.parametrize("name, text, duplicate", DUPLICATES, ids=[d[0] for d in DUPLICATES])
def test_duplicates(name, text, duplicate):
    assert nl3(text) == [("NL304", duplicate)]


def test_short_repeated_structure_lines_not_duplicates():
    text = (f"Fragen und Antworten\n\n{BODY}\n\nWer bezahlt das Ticket? Der Verein.\n\n{TAIL}\n\n"
            "Wer bezahlt das Ticket? Der Verein.\n\nDie Updates kommen im Herbst, sagte ein Sprecher am Montag.\n")
    assert nl3(text) == []


def test_every_finding_has_a_fix_matching_its_span():
    for finding in lint_text(article("Artikel teilen:"), filename="a.txt"):
        if finding.code.startswith("NL3"):
            assert finding.fix is not None and (finding.fix.start, finding.fix.end) == (finding.start, finding.end)


def test_data_file_examples_are_flagged_with_their_code():
    data = tomllib.loads((REPO / "rules" / "boilerplate.toml").read_text(encoding="utf-8"))
    for entry in data["pattern"]:
        assert {"code", "pattern", "description", "examples", "scope"} <= set(entry), entry.get("name")
        for example in entry["examples"]:
            text = article(example) if not entry.get("edges") else article("Die SPD schweigt.") + f"\n{example}\n"
            codes = [code for code, _ in nl3(text)]
            assert entry["code"] in codes, (entry["name"], example, codes)


def test_custom_patterns_from_configuration():
    config = config_from_mapping({"rules": {
        "NL301": {"patterns": [r"^Jetzt im Kiosk\b"]},
        "NL303": {"patterns": [{"pattern": r"^Redaktion: \w+$", "scope": "segment"}]},
    }})
    text = article("Jetzt im Kiosk: die neue Ausgabe.") + "\nRedaktion: Müller\n"
    assert [code for code, _ in nl3(text, config=config)] == ["NL301", "NL303"]


def test_learned_file_is_discovered_next_to_config(tmp_path, run_cli):
    (tmp_path / "newslint.toml").write_text("select = ['NL3']\n", encoding="utf-8")
    (tmp_path / ".newslint-boilerplate.txt").write_text(
        "# learned\nDas war der Morgenüberblick der Redaktion Nordstadt für heute.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(article("Das war der Morgenüberblick der Redaktion Nordstadt für heute!"),
                                    encoding="utf-8")
    result = run_cli("a.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "NL301" in result.stdout and ":5:1:" in result.stdout


def test_learned_file_setting_toml(tmp_path, run_cli):
    (tmp_path / "learned.toml").write_text(
        '[[boilerplate]]\ntext = "Unsere Redaktion wünscht Ihnen einen schönen Abend."\ncode = "NL302"\n',
        encoding="utf-8")
    (tmp_path / "newslint.toml").write_text(
        "select = ['NL3']\n[rules.NL301]\nlearned_file = 'learned.toml'\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(article("Unsere Redaktion wünscht Ihnen einen schönen Abend."), encoding="utf-8")
    result = run_cli("a.txt", cwd=tmp_path)
    assert "NL302" in result.stdout, result.stdout + result.stderr


def _archive(tmp_path: Path) -> Path:
    promo = "Abonnieren Sie jetzt unseren Nordstadt-Newsletter für den Überblick am Morgen."
    legit = "Die Polizei bittet Zeugen, sich bei der Dienststelle in Nordstadt zu melden."
    quote = "„Wir haben alles getan, was wir konnten“, sagte der Bürgermeister der Stadt."
    rows = []
    for number in range(8):
        rows.append({"header": f"Artikel {number}", "article": f"Nachricht Nummer {number} aus Nordstadt ist da. "
                     f"Es geht um Thema {number * 7}.\n{legit}\n{quote}\n{promo}"})
    rows.append(rows[0])  # the same article twice counts once
    path = tmp_path / "archive.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_learn_boilerplate_end_to_end(tmp_path, run_cli):
    archive = _archive(tmp_path)
    (tmp_path / "newslint.toml").write_text("select = ['NL3']\n", encoding="utf-8")
    result = run_cli("learn-boilerplate", archive, "--min-articles", "5", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    learned = (tmp_path / ".newslint-boilerplate.txt").read_text(encoding="utf-8")
    assert "Nordstadt-Newsletter" in learned
    assert "Zeugen" not in learned  # recurring legit sentence without reader address
    assert "Bürgermeister" not in learned  # quote
    assert "8 articles" in learned and "9 articles" not in learned
    lines = [line for line in learned.splitlines() if line and not line.startswith("#")]
    assert len(lines) == 1


def test_learn_boilerplate_thresholds(tmp_path, run_cli):
    archive = _archive(tmp_path)
    result = run_cli("learn-boilerplate", archive, "--min-articles", "9", "--dry-run", cwd=tmp_path)
    assert result.returncode == 0 and "learned 0 boilerplate lines from 8 distinct articles" in result.stdout
    assert not (tmp_path / ".newslint-boilerplate.txt").exists()
    bad = run_cli("learn-boilerplate", tmp_path / "missing.jsonl", cwd=tmp_path)
    assert bad.returncode == 2 and "no such file" in bad.stderr


def test_bracketed_promo_never_takes_the_sentence_before_it():
    text = article("Ein Gespräch über den Streik. [Falls Sie jede Eilmeldung sofort sehen möchten, "
                   "nutzen Sie unsere App, die Sie hier herunterladen können.]")
    (code, span), = nl3(text)
    assert code == "NL301" and span.startswith("[Falls Sie") and span.endswith("können.]")


# --- prefilter: keywords derived from the patterns must never change a finding ----------------------
from newslint_rules import boilerplate as bp  # noqa: E402

KEYWORDS = [
    # pattern, expected keywords (alternatives of groups that must all be present), lower-cased?
    (r"(?i)\bverpassen\s+sie\b", ((("verpassen",), ("sie",)),), True),
    (r"(?i)^\W*(?:melden|tragen)\s+sie\s+sich\b", ((("melden", "tragen"), ("sich",), ("sie",)),), True),
    (r"(?i)\bunbegrenzt\s+(?:weiter)?lesen\b|\bjetzt\s+anmelden\b",
     ((("unbegrenzt",), ("lesen",)), (("anmelden",), ("jetzt",))), True),
    (r"(?i)^(?=.*\bihnen\b).*?\bunser\w*\s+newsletter", ((("newsletter",), ("unser",), ("ihnen",)),), True),
    (r"[(\[]\s*(?:Fotos?|Bild(?:er)?)\s*:", ((("Bild", "Foto"),),), False),
    (r"(?:(?<=^)|(?<=\s))(?:©|Copyright\b)", ((("Copyright", "©"),),), False),
    (r"(?x) \p{Lu}[\p{L}.'-]+ \s+ Redaktion", ((("Redaktion",),),), False),
    (r"(?i)(?:newsletter)?\s*ab", None, False),  # optional part: nothing long enough is required
    (r"(?i)ab|newsletter", None, False),  # one alternative needs only "ab"
    (r"(?i)(?!newsletter)\w+", None, False),  # a negative lookahead requires nothing
    (r"(?i)(?:foo|bar|newsletter)", ((("bar", "foo", "newsletter"),),), True),
    (r"(?i)(?:jetzt|hier)\s+(?:anmelden|kostenlos\s+testen)",
     ((("anmelden",), ("hier", "jetzt")), (("kostenlos",), ("testen",), ("hier", "jetzt"))), True),
    (r"news(?i:letter)", ((("news",),),), False),  # a scoped case rule: claim nothing inside it
    (r"(?:Newsletter){e<=1}", None, False),  # regex fuzzy matching: Python's parser would read it as text
    (r"[[:alpha:]]+Newsletter", None, False),  # POSIX class
    (r"(?V1)Newsletter", None, False),  # regex-only flag
]


@pytest.mark.parametrize("source, groups, folded", KEYWORDS, ids=[k[0] for k in KEYWORDS])
def test_required_keywords(source, groups, folded):
    assert bp.required_keywords(source) == (groups, folded)


def _examples_and_variants():
    data = tomllib.loads((REPO / "rules" / "boilerplate.toml").read_text(encoding="utf-8"))
    for entry in data["pattern"]:
        for example in entry["examples"]:
            for variant in (example, example.upper(), example.lower(), example.replace("s", "ſ")):
                yield entry["name"], variant


@pytest.fixture(scope="module")
def state():
    from newslint.engine import Linter
    from newslint.config import Config

    state = bp.build_state(Linter(Config(select=("NL3",))).config)
    state.prefilter = bp.with_prefilter(state.patterns)
    return state


def test_prefilter_passes_every_match_of_the_data_file_examples(state):
    """Every built-in pattern with keywords: wherever it matches (examples, upper/lower case, long s),
    its keywords are found, so the prefilter never skips a search that would have matched."""
    prefiltered, unsafe = state.prefilter
    patterns = {p.name: p for p in prefiltered}
    with_keywords = [p.name for p in prefiltered if p.keywords]
    assert len(with_keywords) >= 15  # the prefilter is in use
    for name, text in _examples_and_variants():
        pattern = patterns[name]
        for scope_text in (text, text.strip()):
            if pattern.regex.search(scope_text) or pattern.regex.search(scope_text[1:].rstrip("]")):
                haystack = bp._Haystack(text, unsafe)
                assert haystack.may_match_text(pattern) and haystack.may_match(pattern, 0, len(text)), (name, text)


def test_long_s_switches_the_prefilter_off(state):
    """regex matches 'ſ' to 's' case-insensitively, str.lower() does not: the text is searched in full."""
    line = "Mit der App von Bayern Kompakt verpaſſen Sie keine Eilmeldung – aktivieren Sie jetzt Push-Nachrichten."
    hits = bp._pattern_hits(read_text(article(line), "a.txt"), state)
    assert [(hit.code, hit.name) for hit in hits] == [("NL301", "dont-miss")]


def _without_prefilter(state):
    import dataclasses

    return dataclasses.replace(state, prefilter=(state.patterns, frozenset()))


def test_prefilter_gives_the_same_hits_as_searching_everything(state):
    """Corpus articles, every FLAGGED/TRAP line and the data-file examples: with and without prefilter."""
    from newslint.readers import decode

    texts = [(decode(path.read_bytes(), path.name), path.name)
             for path in sorted((REPO / "corpus").glob("*")) if path.suffix in (".txt", ".md")]
    texts += [(article(line), "a.txt") for _, line in FLAGGED] + [(article(line), "a.txt") for line in TRAPS]
    texts += [(article(text), "a.txt") for _, text in _examples_and_variants()]
    plain = _without_prefilter(state)
    hits = 0
    for source, name in texts:
        document = read_text(source, name)
        expected = bp._pattern_hits(document, plain)
        assert bp._pattern_hits(document, state) == expected, name
        hits += len(expected)
    assert hits > 100


def test_user_patterns_are_searched_without_prefilter():
    """User patterns may use regex-only syntax (here fuzzy matching) and are never prefiltered."""
    config = config_from_mapping({"rules": {"NL301": {"patterns": [r"(?:Newsletter){e<=1}"]}}})
    line = "Den Newsleter für Nordstadt gibt es jeden Montag."
    assert nl3(article(line), config=config) == [("NL301", line)]


def test_duplicate_signature_does_not_hide_copies_that_differ_in_punctuation_and_case():
    first = "Die Stadt erhöht die Gebühren für das Parken in der Innenstadt ab dem 1. Januar deutlich."
    second = "DIE STADT ERHÖHT DIE GEBÜHREN FÜR DAS PARKEN IN DER INNENSTADT AB DEM 1 JANUAR DEUTLICH!"
    assert nl3(f"Parken wird teurer\n\n{first}\n\n{second}\n\n{TAIL}\n") == [("NL304", second)]


# --- NL304: a sentence pasted twice inside one paragraph -------------------------------------------
REPEAT = "Die Polizei sucht nach dem Unfall auf der Landstraße dringend Zeugen."
SENTENCE_DUPLICATES = [
    ("right after itself", f"{REPEAT} {REPEAT} Hinweise nimmt jede Dienststelle entgegen.", REPEAT),
    ("right after itself, short", "Die Brücke bleibt gesperrt. Die Brücke bleibt gesperrt. Umleitungen sind ausgeschildert.",
     "Die Brücke bleibt gesperrt."),
    ("later in the paragraph, long", f"{REPEAT} Der Fahrer war sofort tot. Die Straße war stundenlang gesperrt. {REPEAT}",
     REPEAT),
    ("case and punctuation differ", f"{REPEAT} {REPEAT.upper()[:-1]}!", REPEAT.upper()[:-1] + "!"),
]


@pytest.mark.parametrize("name, paragraph, duplicate", SENTENCE_DUPLICATES, ids=[d[0] for d in SENTENCE_DUPLICATES])
def test_sentence_pasted_twice_in_a_paragraph(name, paragraph, duplicate):
    findings = [f for f in lint_text(article(paragraph), filename="a.txt") if f.code.startswith("NL3")]
    document = read_text(article(paragraph), "a.txt")
    assert [(f.code, document.text[f.start:f.end]) for f in findings] == [("NL304", duplicate)]
    assert findings[0].message.startswith("Doppelter Satz im Absatz (zuerst in Zeile 5)")


SENTENCE_REPEATS_ACCEPTED = [
    "Nein. Nein. Das war nicht der Plan, sagte die Bürgermeisterin am Abend.",  # too short: rhetoric
    "„Wir sind das Volk! Wir sind das Volk!“, riefen die Demonstranten vor dem Rathaus.",  # quotation
    "Der Zug fuhr ab. Alle warteten. Es war kalt. Der Zug fuhr ab. Niemand stieg aus.",  # short, not adjacent
    f"{REPEAT} Ganz andere Dinge geschahen.",  # no repetition; the sentence recurs in the next paragraph below
]


@pytest.mark.parametrize("paragraph", SENTENCE_REPEATS_ACCEPTED)
def test_sentence_repeats_not_flagged(paragraph):
    assert nl3(article(paragraph) + f"\n{REPEAT} Danach wurde die Straße wieder freigegeben.\n") == []


def test_sentence_pasted_twice_is_fixed(tmp_path, run_cli):
    path = tmp_path / "a.txt"
    path.write_text(article(f"{REPEAT} {REPEAT}"), encoding="utf-8")
    result = run_cli("--select", "NL3", "--fix", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert path.read_text(encoding="utf-8") == article(REPEAT)
