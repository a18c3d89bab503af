"""Plain-text layout heuristics shared by the readers: which lines form which segments."""
from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.document import Segment

FINAL_PUNCTUATION = tuple(".!?:;,…\"“”»«)")
# What may end a paragraph of single-line paragraphs: not a comma or semicolon, which only a hard line
# break in the middle of a sentence leaves at a line's end ("Der Landkreis München,⏎ erreicht …").
PARAGRAPH_END = tuple(".!?:…\"“”»«)")
BULLET_MARKERS = ("- ", "• ", "* ", "– ")
HEADLINE_MAX = 160
SUBHEADING_MAX = 80
# A lead in German online news runs to 150–400 characters. A longer first paragraph of plain text is
# body copy (an article pasted without a teaser), and display-copy rules must not treat it as a teaser.
TEASER_MAX = 500
WRAPPED_LINE_MAX = 150  # hard-wrapped text breaks lines at 60–80 characters, rarely beyond 150
# Words a heading never ends with: a line ending in one ("… ein Projekt mit dem") breaks a sentence.
# Not the prepositions that are also verb particles ("… gibt die Türkei für Energie aus"), nor "das",
# "ein" and "sich", which can end a question or a clause ("Was bedeutet das").
OPEN_ENDINGS = frozenset(
    "der die dem den des eine einem einen einer eines und oder aber sondern dass weil wenn als ob "
    "von für in seit ohne zum zur im am vom beim ins".split())


# Dashes that mark a list item at a line's start and, in running text, also open a parenthesis or an
# afterthought ("… am Dienstag⏎– und damit früher als geplant – …"); "•" and "*" are never running text.
DASH_MARKERS = ("– ", "- ", "— ")
# Words that open a sentence but are not a counted noun: after a line that ends in a bare number
# ("… gibt es 5.608⏎Neuinfektionen …"), a capitalised word not in this list is what the number counts.
SENTENCE_OPENERS = frozenset(
    "der die das den dem des ein eine einer einem einen eines ich du er sie es wir ihr man mein meine unser unsere "
    "dies diese dieser dieses jede jeder jedes alle viele in im am an auf aus bei mit nach seit von vor zu zum zur "
    "für über unter um bis ab und oder aber doch denn so da dann als wie wenn weil dass ob auch noch nur schon nun "
    "jetzt heute hier dort damit dabei dazu davon deshalb daher trotzdem außerdem zudem allerdings was wer wo "
    "warum wann welche welcher welches".split())
# At most this many words on the next line finish a sentence broken after a bare number ("⏎Menschen.").
FINISHING_WORDS_MAX = 3
_NUMBER_END = re.compile(r"(?<![\w.,])\d{1,3}(?:[.\u00a0\u202f ]\d{3})*(?:,\d+)?$|(?<![\w.,])\d+(?:,\d+)?$")
# A number after a label ("Zahl des Tages: 20", "Neuinfektionen – 201") ends a heading or a list line.
_LABELLED_NUMBER_END = re.compile(r"[:–—]\s*\d[\d.,\u00a0\u202f ]*$")
# What ends a sentence at a line's end, before any closing quotes or brackets.
SENTENCE_END = tuple(".!?:…")
CLOSING = "\"“”»«)’'"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of document text (without its line break), with what the reader knows about it."""

    start: int
    end: int
    text: str
    hint: str | None = None  # set by markup: headline, teaser, subheading, bullet, caption, paragraph


def is_unpunctuated(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and not stripped.endswith(FINAL_PUNCTUATION)


def opens_quote(text: str) -> bool:
    """A line that opens a quotation it does not close ("… mit „großer Sicherheit, dass")."""
    unclosed = text.count("„") - text.count("“") - text.count("”")
    straight = text.count('"')
    if unclosed > 0:
        return unclosed > straight  # some CMS close „ with a straight quote: „faire Erholung"
    return straight % 2 == 1 or text.count("»") > text.count("«")


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _looks_wrapped(block: list[Line]) -> bool:
    """Hard-wrapped prose: several lines, most of them not ending a sentence.

    Not a block of one-line paragraphs with subheadings between them (copy pasted with single line
    breaks): there every line that does not end a sentence is either too long for a wrapped line
    (a paragraph without final punctuation) or a heading: short, after the end of a sentence or
    another heading, and before a line that starts a sentence.
    """
    plain = [line for line in block if line.hint is None]
    if len(plain) < 3:
        return False
    open_lines = [index for index, line in enumerate(plain[:-1]) if is_unpunctuated(line.text)]
    if len(open_lines) * 2 <= len(plain) - 1:
        return False
    short = [index for index in open_lines if len(plain[index].text.strip()) <= WRAPPED_LINE_MAX]
    return bool(short) and not all(_is_heading_line(plain, index) for index in short)


def continues_sentence(line: str, following: str, after: str = "") -> bool:
    """A line that a hard line break ended mid-sentence: the next line starts in lower case (also after a
    dash: "⏎– und damit …"), the line ends with an article, preposition or conjunction, or it keeps a space
    before the break (as wrapped copy does) and the next line is open too; or the line ends in a bare
    number and the next line, open too or a few words that end the sentence, starts with the noun it counts
    ("… gibt es 5.608⏎Neuinfektionen mit …", "… mehr als 9.500⏎Menschen.").
    ``after`` is the line after ``following``: a dash line before another list item is a list ("⏎- mehr Geld⏎- …")."""
    text, following = line.strip(), following.strip()
    words = text.split()
    if bool(words) and words[-1].lower() in OPEN_ENDINGS:
        return True
    if goes_on_lower(following) and not (following.startswith(DASH_MARKERS) and in_list(after)):
        return True
    open_following = is_unpunctuated(following) and len(following) <= WRAPPED_LINE_MAX
    # "… starben mehr als 9.500⏎Menschen.": a few words that end the sentence; a subheading ending
    # in a number is followed by a whole sentence or paragraph, not a bare noun.
    finishing_following = ends_sentence(following) and len(following.split()) <= FINISHING_WORDS_MAX \
        and not _LABELLED_NUMBER_END.search(text)
    if (open_following or finishing_following) and _NUMBER_END.search(text) and following[:1].isupper() \
            and following.split()[0].strip(",;:.").lower() not in SENTENCE_OPENERS:
        return True
    return line != line.rstrip() and open_following


def in_list(text: str) -> bool:
    """The line is a list item (starts with a list marker)."""
    return text.strip().startswith(BULLET_MARKERS)


def goes_on_lower(following: str) -> bool:
    """The next line goes on in lower case, also after a dash ("⏎stellen wir …", "⏎– was er …")."""
    text = following.strip()
    if text.startswith(DASH_MARKERS):
        text = text[2:].lstrip()
    return text[:1].islower()


def ends_sentence(text: str) -> bool:
    """The line ends a sentence: final punctuation, possibly followed by closing quotes or brackets."""
    stripped = text.rstrip().rstrip(CLOSING)
    return stripped.endswith(SENTENCE_END) or stripped == ""


def _wrapped_item_end(block: list[Line], position: int, wrapped: bool) -> int:
    """The index of the last line of the list item at ``position``: a list item wrapped over several lines
    ("• Seit die Stadt⏎als Risikogebiet gilt, …") keeps its next lines while it breaks off mid-sentence (in
    hard-wrapped prose: until a line ends a sentence), up to the next list item or marked line."""
    last = position
    while last + 1 < len(block) and block[last + 1].hint is None and block[last + 1].text.strip() \
            and not in_list(block[last + 1].text) \
            and (continues_sentence(block[last].text, block[last + 1].text)
                 or wrapped and not ends_sentence(block[last].text)):
        last += 1
    return last


def _is_heading_line(lines: list[Line], index: int) -> bool:
    text = lines[index].text.strip()
    previous = lines[index - 1].text.strip() if index else ""
    following = lines[index + 1].text.strip()
    return (3 <= len(text) <= SUBHEADING_MAX and text[:1].isupper()
            and (not previous or not is_unpunctuated(previous) or not SUBHEADING_MAX < len(previous) <= WRAPPED_LINE_MAX)
            and (following[:1].isupper() or following[:1].isdigit() or following[:1] in "„»\"'"))


def segment_lines(
    lines: list[Line], *, has_headline: bool = False, has_teaser: bool = False, markdown: bool = False
) -> list[Segment]:
    """Group lines into segments with the plain-text heuristics.

    - the first non-empty short line without final punctuation is the headline;
    - the first paragraph after it is the teaser (lead);
    - short unpunctuated lines between paragraphs are subheadings;
    - lines starting with ``-``, ``•``, ``*`` are bullets; a paragraph ends at a blank line or
      after a line that ends a sentence (unless the block is hard-wrapped prose or Markdown,
      where consecutive lines always form one paragraph).
    """
    segments: list[Segment] = []
    want_headline = not has_headline
    want_teaser = not has_teaser
    for block in _blocks(lines):
        wrapped = markdown or _looks_wrapped(block)
        paragraph: list[Line] = []

        def close_paragraph() -> None:
            nonlocal want_teaser
            if paragraph:
                kind = "paragraph"
                if want_teaser and (has_headline or not want_headline):
                    want_teaser = False
                    if paragraph[-1].end - paragraph[0].start <= TEASER_MAX:
                        kind = "teaser"
                segments.append(Segment(kind, paragraph[0].start, paragraph[-1].end))
                paragraph.clear()

        absorbed = -1  # index of the last line a wrapped list item took in
        for position, line in enumerate(block):
            if position <= absorbed:
                continue
            text = line.text.strip()
            offset = len(line.text) - len(line.text.lstrip())
            start, end = line.start + offset, line.start + offset + len(text)
            if line.hint and line.hint != "paragraph":
                close_paragraph()
                if line.hint == "headline":
                    want_headline = False
                elif line.hint == "teaser":
                    want_teaser = False
                segments.append(Segment(line.hint, start, end))
                continue
            alone = len(block) == 1 or not wrapped
            if not paragraph and position + 1 < len(block) and is_unpunctuated(text) and opens_quote(text):
                paragraph.append(Line(start, end, text))  # a line break inside a quotation, mid-sentence
                want_headline = False
                continue
            if want_headline and not segments and len(text) <= HEADLINE_MAX and is_unpunctuated(text) \
                    and not text.startswith(BULLET_MARKERS):
                close_paragraph()
                segments.append(Segment("headline", start, end))
                want_headline = False
                continue
            want_headline = False
            # "… als Berater der Organisation X⏎– zu deutsch „…“ – auf": a dash that goes on with the sentence
            # the line before left open is no list item
            goes_on = text.startswith(DASH_MARKERS) and bool(paragraph) and not ends_sentence(paragraph[-1].text) \
                and not (position + 1 < len(block) and in_list(block[position + 1].text))
            if text.startswith(BULLET_MARKERS) and line.hint is None and not goes_on:
                close_paragraph()
                absorbed = _wrapped_item_end(block, position, wrapped)
                last = block[absorbed]
                segments.append(Segment("bullet", start + 2, end if absorbed == position
                                        else last.start + len(last.text.rstrip())))
                continue
            if alone and not paragraph and len(text) <= SUBHEADING_MAX and is_unpunctuated(text) \
                    and (text[:1].isupper() or text[:1].isdigit()) \
                    and not (position + 1 < len(block) and continues_sentence(
                        line.text, block[position + 1].text, block[position + 2].text if position + 2 < len(block) else "")):
                close_paragraph()
                segments.append(Segment("subheading", start, end))
                continue
            paragraph.append(Line(start, end, text))
            if not wrapped and text.endswith(PARAGRAPH_END) and position + 1 < len(block) \
                    and (ends_sentence(text) or not goes_on_lower(block[position + 1].text)
                         or in_list(block[position + 1].text) and position + 2 < len(block)
                         and in_list(block[position + 2].text)):
                # not after a closing quote or bracket that ends no sentence when the next line goes on in
                # lower case ("In der Reihe „Kontoauszug“⏎stellen wir …")
                close_paragraph()
        close_paragraph()
    return segments
