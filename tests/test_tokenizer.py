"""The builtin German tokenizer and sentence splitter, one example per line."""
import pytest

from newslint.nlp.builtin import split_sentences, tokenize


def texts(text):
    return [token.text for token in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "token", "kind"),
    [
        ("am 28. Oktober", "28.", "ordinal"),
        ("im 3. Quartal", "3.", "ordinal"),
        ("die 3. Liga", "3.", "ordinal"),
        ("am 28.10.2024 in Berlin", "28.10.2024", "date"),
        ("z. B. Äpfel", "z. B.", "abbrev"),
        ("u. a. Berlin", "u. a.", "abbrev"),
        ("Dr. Müller", "Dr.", "abbrev"),
        ("Nr. 5", "Nr.", "abbrev"),
        ("bzw. mehr", "bzw.", "abbrev"),
        ("4,2 Mio. Euro", "Mio.", "abbrev"),
        ("5,5 Mrd. Dollar", "Mrd.", "abbrev"),
        ("ca. 300", "ca.", "abbrev"),
        ("15.800 Container", "15.800", "number"),
        ("4,2 Prozent", "4,2", "number"),
        ("30 000 Soldaten", "30 000", "number"),
        ("um 14.30 Uhr", "14.30", "number"),
        ("im Ukraine-Krieg", "Ukraine-Krieg", "word"),
        ("122-mm-Granaten", "122-mm-Granaten", "word"),
        ("der 54-Jährige", "54-Jährige", "word"),
        ("siehe https://example.org/a?b=1.", "https://example.org/a?b=1", "url"),
        ("an presse@example.org.", "presse@example.org", "email"),
        ("Waffen- und Truppenhilfe", "Waffen-", "word"),
        ("#Ukraine", "#Ukraine", "hashtag"),
        ("Mark R. Rutte", "R.", "abbrev"),
        ("in Wohnverhält\u00adnissen", "Wohnverhält\u00adnissen", "word"),  # soft hyphen from a CMS
    ],
)
def test_token(text, token, kind):
    found = {t.text: t.kind for t in tokenize(text)}
    assert found.get(token) == kind, found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Am 28. Oktober kam er. Dann ging er.", 2),
        ("Das sagte Dr. Müller am Montag. Er lachte.", 2),
        ("Er nannte z. B. Berlin und u. a. Paris.", 1),
        ("Der Verein spielt in der 3. Liga. Er verlor 2:1.", 2),
        ("„Wir kommen wieder“, sagte er. Dann ging er.", 2),
        ("„Kommt ihr?“, fragte sie. Niemand antwortete.", 2),
        ("„Wir gehen.“ Dann war es still.", 2),
        ("Es kamen 4,2 Mio. Menschen. Das war ein Rekord.", 2),
        ("Er wurde am 28.10.2024 gewählt. Seither regiert er.", 2),
        ("Sie kam um 14.30 Uhr an. Er nicht.", 2),
        ("Mehr steht auf https://example.org/a.html. Danke.", 2),
        ("Wirklich? Ja! Gut.", 3),
        ("Er zählte Äpfel, Birnen usw. Dann ging er.", 2),
        ("Sie wurde 3. Danach kam niemand.", 2),
        ('Er kam spät. "Wir gehen", sagte sie.', 2),
    ],
)
def test_sentence_count(text, count):
    sentences = split_sentences(text, 0, len(text))
    assert len(sentences) == count, [text[s.start : s.end] for s in sentences]


def test_straight_quote_after_a_space_opens_the_next_sentence():
    text = 'Er kam spät. "Wir gehen", sagte sie.'
    assert [text[s.start : s.end] for s in split_sentences(text, 0, len(text))] == [
        "Er kam spät.", '"Wir gehen", sagte sie.']


def test_offsets_slice_the_text():
    text = "Laut „Spiegel“ kamen 15.800 Container an. Das ist viel."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
