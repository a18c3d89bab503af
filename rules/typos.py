"""NL5: typos — misspellings (NL501), repeated words (NL502), names spelled two ways (NL503).

The spelling knowledge lives in ``newslint.spelling`` (lexicon, compounds, suggestions, name
evidence); the word lists editors maintain live next to this module (``anglicisms.toml``,
``names.toml``). This module only turns verdicts into findings.
"""
from __future__ import annotations

from pathlib import Path

from newslint.finding import Finding, Fix, RuleInfo, Setting, Severity
from newslint.hookspecs import hookimpl

CODES = ("NL501", "NL502", "NL503")
WORD_FILES = (".newslint-words.txt", ".newslint-vocabulary.txt")

_state: dict[str, object] = {}


@hookimpl
def newslint_rules() -> list[RuleInfo]:
    return [
        RuleInfo(
            code="NL501", name="misspelling", severity=Severity.WARNING,
            summary="Tippfehler: Wort unbekannt, Korrektur vorgeschlagen",
            summary_en="Misspelled word, with suggested corrections",
            description=(
                "Flags words that are neither in the German word list (pyspellchecker's, cached in "
                "~/.cache/newslint) nor explained by German word formation, and proposes corrections "
                "ranked by edit cost, keyboard distance and frequency (wordfreq's German list).\n\n"
                "Frequencies: a rare word that wordfreq lists is accepted unless a word one slip away "
                "is far more frequent ('wiederrum', 'Bunderegierung'); a word wordfreq lacks that is one "
                "or two slips from a frequent word is flagged, capitalised or not ('Augugst', "
                "'Mitbeiter').\n\n"
                "Accepted without a listing: compounds of known parts with linking elements "
                "('Munitionslieferungen', 'Kremlchef'), hyphenated compounds part by part "
                "('Ukraine-Krieg', '122-mm-Granaten'), truncations ('Waffen- und Truppenhilfe'), "
                "inflected and derived forms ('Testungen', 'aufrechtzuerhalten', 'gedeckelt'), curated "
                "anglicisms and colloquial forms (rules/anglicisms.toml), acronyms, codes, URLs, hashtags.\n\n"
                "Names: a capitalised unknown word is presumed a name. It is only flagged with strong "
                "evidence of a slip — a close, listed correction — and never when it recurs, follows a "
                "title or first name, stands in a multi-word name or an English phrase, looks foreign, "
                "or carries an entity tag (stanza backend). Lower-case words are flagged when a correction "
                "exists (missing spaces included: 'anund' → 'an und').\n\n"
                "Project words: `.newslint-words.txt` (one word per line) next to the configuration file "
                "or in the working directory, the `words` and `word_files` settings, and a newsroom "
                "vocabulary built with `newslint learn-vocabulary ARCHIVE...` (`.newslint-vocabulary.txt`)."),
            flagged=("Die Regierugn beschloss das Gesetz.", "Er kam anund für sich zu spät.",
                     "Das wurde gestern veröffentlich."),
            accepted=("Die Munitionslieferungen an die Ukraine stocken.", "Generalsekretär Mark Rutte sagte …",
                      "Waffen- und Truppenhilfe", "Sie haben den Lockdown verlängert.", "Der Ukraine-Krieg"),
            settings=(
                Setting("words", list, [], "extra accepted words"),
                Setting("word_files", list, [], "word list files (one word per line, optional TAB count), "
                        "relative to the configuration file"),
                Setting("max_suggestions", int, 5, "how many corrections to list"),
                Setting("min_capitalised_length", int, 6, "shortest capitalised word that can be flagged"),
                Setting("flag_without_suggestion", bool, False,
                        "also flag unknown lower-case words for which no correction is found"),
            ),
        ),
        RuleInfo(
            code="NL502", name="repeated-word", severity=Severity.WARNING,
            summary="Wort doppelt geschrieben",
            summary_en="Word written twice",
            description=(
                "Flags the same word twice in a row ('die die', 'und und') and offers a fix that removes the "
                "second one. Grammatical doubles are accepted: 'Sie sie', 'was was', and relative pronouns "
                "after an article when the clause starts after a comma ('die Kinder, die die Schule "
                "besuchen', ', in der der …'). Capitalised doubles inside a sentence are names "
                "('Bora Bora')."),
            flagged=("Die die Regierung hat entschieden.", "Er kam und und ging."),
            accepted=("die Kinder, die die Schule besuchen", "Ob Sie sie kennen?", "Was was kostet, weiß niemand."),
            fixable=True,
        ),
        RuleInfo(
            code="NL503", name="name-variant", severity=Severity.WARNING,
            summary="Name uneinheitlich geschrieben",
            summary_en="Name spelled two ways in one text",
            description=(
                "Flags a name written differently within one text — with and without hyphen or space "
                "('Kim Jong-Un' / 'Kim Jong Un' / 'Kim Jong-un', 'Nordkorea' / 'Nord-Korea') or with a slip "
                "between two unknown spellings ('Selenskyj' / 'Selenski'). The finding sits at the minority "
                "spelling (on a tie, the later one) and suggests the majority spelling."),
            flagged=("Kim Jong-Un … später: Kim Jong Un", "Selenskyj … Selenskyj … Selenski"),
            accepted=("Selenskyj … Selenskyjs Berater", "Kim Jong Un … Kim Jong Un"),
            settings=(Setting("min_length", int, 5, "shortest name (letters, without spaces) compared"),),
        ),
    ]


def _word_files(config, settings) -> tuple[str, ...]:
    root = config.source.parent if getattr(config, "source", None) else None
    files: list[str] = []
    for name in settings.get("word_files", []):
        path = Path(name).expanduser()
        if not path.is_absolute() and root is not None:
            path = root / path
        files.append(str(path))
    for directory in dict.fromkeys(d for d in (root, Path.cwd()) if d is not None):
        for name in WORD_FILES:
            candidate = directory / name
            if candidate.is_file():
                files.append(str(candidate))
    return tuple(dict.fromkeys(files))


@hookimpl
def newslint_configure(config):
    _state.clear()
    _state["settings"] = {code: config.rule_settings(code) for code in CODES}
    settings = _state["settings"]["NL501"]
    _state["files"] = _word_files(config, settings)
    if config.is_selected("NL501") or config.is_selected("NL503"):
        _speller(config)  # load the lexicon now, outside any document's time budget


def _speller(config):
    speller = _state.get("speller")
    if speller is None:
        from newslint.spelling.checker import get_speller

        if "settings" not in _state:
            newslint_configure(config)
        settings = _state["settings"]["NL501"]
        speller = _state["speller"] = get_speller(
            tuple(settings.get("words", [])), _state["files"],
            int(settings.get("min_capitalised_length", 6)), bool(settings.get("flag_without_suggestion", False)))
    return speller


@hookimpl
def newslint_check(document, config):
    wants = [code for code in CODES if config.is_selected(code, document.path)]
    if not wants:
        return []
    settings = _state.get("settings") or {code: config.rule_settings(code) for code in CODES}
    speller = _speller(config) if "NL501" in wants or "NL503" in wants else None
    findings: list[Finding] = []
    if "NL501" in wants:
        limit = int(settings["NL501"].get("max_suggestions", 5))
        for item in speller.check_document(document):
            suggestions = item.suggestions[:limit]
            hint = f" – meinten Sie „{suggestions[0]}“?" if suggestions else ""
            hint_en = f" – did you mean '{suggestions[0]}'?" if suggestions else ""
            findings.append(Finding(
                "NL501", item.start, item.end,
                f"Möglicher Tippfehler: „{item.word}“{hint}",
                f"Possible misspelling: '{item.word}'{hint_en}",
                suggestions=suggestions))
    if "NL502" in wants:
        from newslint.spelling.repeats import repeated_words

        for repeat in repeated_words(document):
            word = repeat.second.text
            findings.append(Finding(
                "NL502", repeat.first.start, repeat.second.end,
                f"Wort doppelt: „{repeat.first.text} {word}“",
                f"Repeated word: '{repeat.first.text} {word}'",
                suggestions=(repeat.first.text,),
                fix=Fix(repeat.first.end, repeat.second.end, "")))
    if "NL503" in wants:
        from newslint.spelling.repeats import name_variants

        min_length = int(settings["NL503"].get("min_length", 5))
        for variant in name_variants(document, speller, min_length):
            findings.append(Finding(
                "NL503", variant.start, variant.end,
                f"Name uneinheitlich: „{variant.surface}“, sonst „{variant.majority}“",
                f"Name spelled two ways: '{variant.surface}', elsewhere '{variant.majority}'",
                suggestions=(variant.majority,)))
    return findings
