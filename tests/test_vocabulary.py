"""learn-vocabulary and project word lists, through the real CLI."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("newslint")
ARTICLE = ("Streit im Stadtrat\n\nBürgermeisterin Quandtmeyer verteidigte den Plan. "
           "Die Opposition um Wendtlinger kritisierte die Regierugn.\n")


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, cwd=cwd, check=False)


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    directory = tmp_path / "archiv"
    directory.mkdir()
    for number in range(3):
        (directory / f"a{number}.txt").write_text(
            f"Meldung {number}\n\nDer Stadtrat Quandtmeyer sprach mit Wendtlinger über den Haushalt.\n",
            encoding="utf-8")
    lines = [json.dumps({"header": "Titel", "article": "Quandtmeyer und Wendtlinger im Gespräch."}),
             json.dumps({"header": "Titel", "article": "Einmalname Zorblatt tauchte nur hier auf."})]
    (directory / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def sections(path: Path) -> dict[str, dict[str, str]]:
    """The learned vocabulary file as {section: {entry: articles}}."""
    found: dict[str, dict[str, str]] = {"words": {}}
    current = "words"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            found.setdefault(current, {})
            continue
        word, _, count = line.partition("\t")
        found[current][word] = count
    return found


def test_learn_vocabulary_writes_words_seen_in_enough_articles(tmp_path, archive):
    result = run(["learn-vocabulary", str(archive), "--min-articles", "3"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "5 articles" in result.stdout
    entries = sections(tmp_path / ".newslint-vocabulary.txt")["words"]
    assert entries["Quandtmeyer"] == "4" and entries["Wendtlinger"] == "4"
    assert "Zorblatt" not in entries          # seen in one article only
    assert "Haushalt" not in entries          # the lexicon knows it already


def test_learned_vocabulary_is_used_by_nl501(tmp_path, archive):
    article = tmp_path / "artikel.txt"
    article.write_text("Wendtlinger sagte: Die Regierugn irrt. Qandtmeyer widersprach.\n", encoding="utf-8")
    assert run(["learn-vocabulary", str(archive), "-o", str(tmp_path / ".newslint-vocabulary.txt")],
               tmp_path).returncode == 0
    result = run(["--select", "NL501", "--format", "json", str(article)], tmp_path)
    items = json.loads(result.stdout)
    messages = [item["message"] for item in items]
    assert any("Regierugn" in message for message in messages)
    # a slip in a learned name is suggested from the vocabulary
    slips = [item for item in items if "Qandtmeyer" in item["message"]]
    assert slips and slips[0]["suggestions"][0] == "Quandtmeyer"


def test_project_word_list_in_working_directory(tmp_path):
    article = tmp_path / "artikel.txt"
    article.write_text("Die Regierugn tagte.\n", encoding="utf-8")
    first = run(["--select", "NL501", str(article)], tmp_path)
    assert first.returncode == 1 and "Regierugn" in first.stdout
    (tmp_path / ".newslint-words.txt").write_text("# Hauswörter\nRegierugn\n", encoding="utf-8")
    second = run(["--select", "NL501", str(article)], tmp_path)
    assert second.returncode == 0, second.stdout


def test_word_files_setting_relative_to_config(tmp_path):
    project = tmp_path / "projekt"
    (project / "texte").mkdir(parents=True)
    (project / "woerter.txt").write_text("Regierugn\n", encoding="utf-8")
    (project / "newslint.toml").write_text('[rules.NL501]\nword_files = ["woerter.txt"]\n', encoding="utf-8")
    article = project / "texte" / "artikel.txt"
    article.write_text("Die Regierugn tagte.\n", encoding="utf-8")
    result = run(["--select", "NL501", str(article)], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_learn_vocabulary_errors(tmp_path):
    result = run(["learn-vocabulary", str(tmp_path / "fehlt")], tmp_path)
    assert result.returncode == 2 and "no such file" in result.stderr
    empty = tmp_path / "leer"
    empty.mkdir()
    result = run(["learn-vocabulary", str(empty)], tmp_path)
    assert result.returncode == 2 and "no articles" in result.stderr


def test_capitalised_names_need_fewer_articles():
    from newslint.learn_vocabulary import learn

    articles = ["Bürgermeisterin Quastenhuber eröffnete die Halle.",
                "Quastenhuber sagte, die Halle sei fertig. Das war quorbelig.",
                "Die Halle ist groß und quorbelig."]
    vocabulary, total = learn(articles, 3)
    assert total == 3
    assert "Quastenhuber" in vocabulary  # a name in two articles
    assert "quorbelig" not in vocabulary  # a lower-case word needs the full threshold
    vocabulary, _ = learn(articles, 3, min_capitalised=3)
    assert "Quastenhuber" not in vocabulary


def write_archive(directory: Path, articles: list[str]) -> Path:
    directory.mkdir()
    for number, text in enumerate(articles):
        (directory / f"a{number}.txt").write_text(f"Meldung {number}\n\n{text}\n", encoding="utf-8")
    return directory


def nl501(tmp_path: Path, text: str, vocabulary: Path | None = None) -> list[str]:
    """The words NL501 flags in ``text`` (the vocabulary file, if any, in the working directory)."""
    work = tmp_path / "arbeit"
    work.mkdir(exist_ok=True)
    target = work / ".newslint-vocabulary.txt"
    if vocabulary is not None:
        target.write_text(vocabulary.read_text(encoding="utf-8"), encoding="utf-8")
    elif target.exists():
        target.unlink()
    article = work / "artikel.txt"
    article.write_text(text, encoding="utf-8")
    result = run(["--select", "NL501", "--format", "json", str(article)], work)
    assert result.returncode in (0, 1), result.stderr
    return [item["message"].split("„")[1].split("“")[0] for item in json.loads(result.stdout)]


TERM_ARCHIVE = [
    "Die Schulrampe am Nordeingang ist seit Montag gesperrt, teilte das Amt mit.",
    "Wegen der Schulrampe müssen Rollstuhlfahrer den Hintereingang nehmen.",
    "Die Schulrampe wird im Sommer erneuert, sagte die Rektorin.",
    "Eine Schulrampe gibt es auch im Nachbarort.",
]


def test_learned_term_teaches_its_forms_and_compounds_but_not_its_slips(tmp_path):
    """"Schulrampe" is one slip from a frequent word ("Schlampe"): without the vocabulary NL501
    takes its plural for a slip; learned, its forms and new compounds are the newsroom's words,
    while slips of the learned word itself are still flagged. (Being one slip from a frequent word,
    it needs four articles at the default threshold of three.)"""
    archive = write_archive(tmp_path / "archiv", TERM_ARCHIVE)
    output = tmp_path / "vokabular.txt"
    assert run(["learn-vocabulary", str(archive), "-o", str(output)], tmp_path).returncode == 0
    assert "Schulrampe" in sections(output)["words"]
    text = "Die Schulrampen sind steil. Der Schulrampenbau beginnt im Mai. Die Schulrampr ist kaputt.\n"
    assert "Schulrampen" in nl501(tmp_path, text)  # out of the box: a slip of "Schlampen"
    flagged = nl501(tmp_path, text, output)
    assert "Schulrampen" not in flagged and "Schulrampenbau" not in flagged
    assert "Schulrampr" in flagged  # a slip of the learned word itself
    assert "Regierugn" in nl501(tmp_path, "Die Regierugn und die Schulrampen.\n", output)


def test_recurring_slip_of_a_frequent_word_is_not_learned(tmp_path):
    """The same typo in three articles is still a typo: a slip of a far more frequent word needs
    one article more than the threshold; a new name in as many articles is learned."""
    archive = write_archive(tmp_path / "archiv", [
        "Die Regierugn beschloss am Montag neue Regeln, sagte Sprecherin Quastlbauer.",
        "Quastlbauer erklärte, die Regierugn prüfe den Antrag.",
        "Nach Angaben der Regierugn liegt der Bericht vor, so Quastlbauer.",
    ])
    output = tmp_path / "vokabular.txt"
    assert run(["learn-vocabulary", str(archive), "-o", str(output)], tmp_path).returncode == 0
    words = sections(output)["words"]
    assert "Quastlbauer" in words
    assert "Regierugn" not in words
    assert "Regierugn" in nl501(tmp_path, "Die Regierugn tagte.\n", output)


def test_the_archives_own_recurring_typo_is_not_learned(tmp_path):
    """A capitalised word needs two articles, but not when the archive writes it one letter
    differently in five times as many: that is the newsroom's recurring typo of its own word."""
    articles = [f"Sprecherin Quastlbauer äußerte sich zum Plan Nummer {n}." for n in range(10)]
    articles += ["Laut Quastlbaur ist der Plan gut.", "Auch Quastlbaur stimmte zu."]
    archive = write_archive(tmp_path / "archiv", articles)
    output = tmp_path / "vokabular.txt"
    assert run(["learn-vocabulary", str(archive), "-o", str(output)], tmp_path).returncode == 0
    words = sections(output)["words"]
    assert "Quastlbauer" in words and "Quastlbaur" not in words
    assert "Quastlbaur" in nl501(tmp_path, "Am Montag stimmte auch Quastlbaur zu.\n", output)


def test_two_forms_of_a_rare_word_teach_its_stem(tmp_path):
    """Two different forms of an unknown word, each in one article, teach its stem, so a third
    form is accepted; a single form in one article teaches nothing."""
    archive = write_archive(tmp_path / "archiv", [
        "Die krumpelige Rede des Stadtrats sorgte für Unmut.",
        "Mit krumpeligen Thesen zog er durch die Talkshows.",
        "Die fusselige Decke lag auf dem Sofa.",
    ])
    output = tmp_path / "vokabular.txt"
    assert run(["learn-vocabulary", str(archive), "-o", str(output)], tmp_path).returncode == 0
    assert list(sections(output)["words"]) == ["krumpelig"]
    text = "Ein krumpeliges Video und eine fusselige Jacke.\n"
    assert nl501(tmp_path, text) == ["krumpeliges", "fusselige"]
    assert nl501(tmp_path, text, output) == ["fusselige"]


NAME_ARCHIVE = [
    "Am Montag stellte Jorinde Fenstner den Plan vor. Fenstner sagte, die Stadt müsse sparen.",
    "Die Kämmerin Jorinde Wimmerhofer legte den Haushalt vor. Wimmerhofer rechnet mit Defiziten.",
    "Laut Quastlbauer steigen die Preise. Quastlbauer warnte laut vor den Folgen.",
    "Laut Zwölfling sinken sie. Zwölfling sagt das schon lange.",
    "In der Stadt Ebersgraben stieg die Zahl. Ebersgraben sei betroffen.",
    "Die Stadt Mooshausen meldet das auch. Mooshausen liegt im Süden.",
]


def test_learned_first_names_and_surnames(tmp_path):
    """Surnames introduced with a first name and repeated alone in the same article are names;
    a word that opens full names in two articles is a first name, so that a new surname after it
    is no typo. Sentence openers ("Laut Quastlbauer") and nouns ("Stadt Ebersgraben") are no
    first names."""
    archive = write_archive(tmp_path / "archiv", NAME_ARCHIVE)
    output = tmp_path / "vokabular.txt"
    result = run(["learn-vocabulary", str(archive), "-o", str(output)], tmp_path)
    assert result.returncode == 0, result.stderr
    learned = sections(output)
    assert list(learned["names"]) == ["Wimmerhofer"]  # not "Quastlbauer" after "Laut"
    assert "Fenstner" not in learned["names"]  # one slip from "Fenster": one article is not enough
    assert list(learned["first names"]) == ["Jorinde"]
    # "Rentzner" (one slip from "Rentner") after the learned first name is a surname ...
    text = "Am Montag sagte Jorinde Rentzner, die Lage sei ernst.\n"
    assert nl501(tmp_path, text) == ["Rentzner"]
    assert nl501(tmp_path, text, output) == []
    # ... but not on its own, nor after a word that only opens sentences
    assert nl501(tmp_path, "Am Montag sagte Rentzner, die Lage sei ernst.\n", output) == ["Rentzner"]
    assert nl501(tmp_path, "Laut Rentzner ist die Lage ernst.\n", output) == ["Rentzner"]


def test_plain_lists_and_sections_are_read(tmp_path):
    """Old plain lists (word or word<TAB>count, no sections) keep working; entries under
    [first names] are first names, not words."""
    text = "Am Montag sagte Jorinde Rentzner, die Lage sei ernst. Die Regierugn tagte.\n"
    plain = tmp_path / "alt.txt"
    plain.write_text("# alte Liste\nRegierugn\t3\nJorinde\n", encoding="utf-8")
    assert nl501(tmp_path, text, plain) == ["Rentzner"]
    sectioned = tmp_path / "neu.txt"
    sectioned.write_text("[words]\nRegierugn\t3\n[first names]\nJorinde\t2\n", encoding="utf-8")
    assert nl501(tmp_path, text, sectioned) == []
    only_first = tmp_path / "vornamen.txt"
    only_first.write_text("[first names]\nRegierugn\t2\n", encoding="utf-8")
    assert nl501(tmp_path, "Die Regierugn tagte.\n", only_first) == ["Regierugn"]


def test_learned_hyphenated_compound_does_not_make_the_closed_spelling_a_slip(tmp_path):
    """A vocabulary listing a hyphenated compound (older learn-vocabulary versions wrote them)
    does not turn its closed spelling into a slip of it: both are in use. Whole hyphenated
    compounds of known words are no longer learned."""
    old = tmp_path / "alt.txt"
    old.write_text("Sporthallen-Ampel\t5\n", encoding="utf-8")
    text = "Die Sporthallenampel steht auf Rot, sagte sie zur Sporthallen-Ampel.\n"
    assert nl501(tmp_path, text, old) == []
    archive = write_archive(tmp_path / "archiv", ["Die Sporthallen-Ampel steht auf Rot."] * 3)
    output = tmp_path / "vokabular.txt"
    assert run(["learn-vocabulary", str(archive), "-o", str(output)], tmp_path).returncode == 0
    assert not any("-" in word for entries in sections(output).values() for word in entries)


def test_format_is_documented_in_the_help(tmp_path):
    result = run(["learn-vocabulary", "--help"], tmp_path)
    assert result.returncode == 0
    for header in ("[words]", "[names]", "[first names]", ".newslint-words.txt"):
        assert header in result.stdout
