"""Who speaks in the first person: "we" and "our" in a quote, an interview answer or a
press release stand for an organisation, "I" and "my" for a person.

A quote speaks for the person its attribution names ("'We own 60% of X,' said Lin, the
chief executive of Y": we is Y); an interview answer ("A: ...") for the interviewee; a
speaker label ("Lin Haoran: ...") for that person; the text of a press release outside
quotes for its issuer: the company it defines as "we" or names in its "About X" section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y|me)\b")
PLURAL_FIRST_PERSON = {"we": "", "our": "'s", "us": ""}
SINGULAR_FIRST_PERSON = {"i": "", "my": "'s", "me": ""}

_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]", re.MULTILINE)
_ANSWER = re.compile(r"^[ \t]*(?:A|Answer)[ \t]*[:.][ \t]", re.MULTILINE)
_LABEL = re.compile(  # "ZHOU:", "[01:55] LIN HAORAN:", "MA RUI (Board Secretary):"; a hearing's "MR. OSEI."
    r"^[ \t]*(?:\[[\d:.]+\][ \t]*)?(?:(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:[ \t]*\([^()\n]{1,60}\))?"
    r"[ \t]*:|(?:(?:MR|MS|MRS|DR|SEN|REP)\.|THE|SENATOR)[ \t]+(?P<record>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)?)\.)[ \t]",
    re.MULTILINE)
_QUOTE = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)
_SAID = re.compile(r"\b(?:said|says|told|added|explained|noted|recalled|stressed|according to)\b")
_WE_DEFINED = re.compile(r"\([^()]{0,60}?[“\"]we[,.]?[”\"]")
_OWN_PAGE = re.compile(  # a company's own page: "Our History", "About Us", "Who We Are", "FAQ"
    r"\s*(?:our\s+(?:history|story|company|business|journey|milestones|heritage)|about\s+us|who\s+we\s+are|"
    r"frequently\s+asked\s+questions|faqs?)\s*(?:\n|$)",
    re.IGNORECASE)
_LETTER = re.compile(  # a company's letter: "Dear Shareholders,", "To our shareholders and partners:"
    r"^[ \t]*(?:Dear|To our)[ \t]+(?:fellow[ \t]+)?(?:shareholders|investors|stakeholders|customers|partners|"
    r"unitholders|bondholders)(?:[ \t]+and[ \t]+\w+)?[ \t]*[,:]?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_FILING = re.compile(  # a company's own filing, named in its first lines: "Annual Report on Form 10-K"
    r"\b(?:(?:annual|interim|quarterly)\s+report|form\s+(?:10-k|10-q|20-f)|(?:esg|sustainability)\s+report|prospectus)\b",
    re.IGNORECASE)
FILING_HEAD = 300  # characters: the title lines of a filing
_ABOUT = re.compile(r"^[ \t]*About (?P<name>[^\n]{2,80}?)[ \t]*:?[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Speech:
    """A stretch of text spoken by one speaker."""

    start: int
    end: int
    speaker: tuple[int, int] | None  # where the speaker is named; None: the interviewee


def answers(text: str) -> list[tuple[int, int]]:
    """Interview answers: from "A:" to the next "Q:" (an answer may run over paragraphs)."""
    questions = [m.start() for m in _QUESTION.finditer(text)]
    found = []
    for match in _ANSWER.finditer(text):
        following = [q for q in questions if q > match.start()]
        found.append((match.end(), following[0] if following else len(text)))
    return found


def turns(text: str) -> list[Speech]:
    """Labelled turns of a transcript ("Lin Haoran: ...", "[01:55] ZHOU: ", "MR. OSEI. "). A speaker's full
    or capitalised name speaks up to the next label (a keynote runs over paragraphs); a
    one-word label ("Zhou:", and so "Photo:" or "Source:") only to the end of its line."""
    labels = list(_LABEL.finditer(text))
    found = []
    for match, following in zip(labels, [*labels[1:], None]):
        group = "label" if match.group("label") else "record"
        label = match.group(group)
        if label in ("Q", "A", "Question", "Answer"):
            continue
        if " " in label or label.isupper():
            end = following.start() if following else len(text)
        else:
            end = text.find("\n", match.end())
            end = len(text) if end < 0 else end
        found.append(Speech(match.end(), end, match.span(group)))
    return found


def speeches(text: str) -> list[Speech]:
    """Quotes, interview answers and labelled turns of the text."""
    found = [Speech(start, end, None) for start, end in answers(text)] + turns(text)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text) if m.end() - m.start() > 2]
    for index, (start, end) in enumerate(lines):
        inside = [q for q in quotes if start <= q[0] < end]
        if not inside:
            continue
        speaker = _attribution(text, start, end, inside)
        if speaker is None and index + 1 < len(lines) and text[lines[index + 1][0]] in "“\"":
            after = lines[index + 1]  # a quote running on into the next paragraph
            speaker = _attribution(text, *after, [q for q in quotes if after[0] <= q[0] < after[1]])
        if speaker is not None:
            found.extend(Speech(q[0], q[1], speaker) for q in inside)
    return found


def _attribution(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The speech verb of the line outside its quotes ("said", "according to")."""
    outside = list(text[start:end])
    for q_start, q_end in quotes:
        outside[q_start - start:q_end - start] = " " * (q_end - q_start)
    match = _SAID.search("".join(outside))
    return None if match is None else (start + match.start(), start + match.end())


def issuer_name(text: str) -> tuple[int, int] | None:
    """Where a press release's "About X" section names its issuer: an X the article
    named before (an "About" section of an unrelated company is an advertisement), or
    the title of a company's own "About X" page."""
    for match in _ABOUT.finditer(text):
        if not text[:match.start()].strip() or re.search(
                _whole_words(match.group("name")), text[:match.start()], re.IGNORECASE):
            return match.span("name")
    return None


def is_own_page(text: str) -> bool:
    """Whether the text is a company's page about itself ("Our History"), its letter to its
    shareholders ("Dear Shareholders,") or its filing ("Annual Report on Form 10-K"), where "we" is the company."""
    return bool(_OWN_PAGE.match(text) or _LETTER.search(text, 0, 2000) or _FILING.search(text, 0, FILING_HEAD))


def defines_we(text: str) -> bool:
    """Whether the text defines who "we" is (X ("X", "we" or "our")), as a press release does."""
    return bool(_WE_DEFINED.search(text))


def issuer_section(text: str) -> tuple[int, int] | None:
    """The issuer's "About X" section: from its heading to the next heading (a short line
    without a full stop) or the end."""
    name = issuer_name(text)
    if name is None:
        return None
    for match in re.finditer(r"^[^\n]{1,60}$", text[name[1]:], re.MULTILINE):
        line = match.group(0).strip()
        if line and not line.endswith((".", ":", ";", ",")) and len(line.split()) <= 6:
            return name[0], name[1] + match.start()
    return name[0], len(text)


def _whole_words(phrase: str) -> str:
    return r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"


def speaker_at(speech: Speech, people: Sequence[tuple[int, int]], text: str) -> int | None:
    """Index into `people` (character spans of person mentions) of the speech's speaker:
    the person the label names, or the one nearest the speech verb in its line; a label
    that is a name ("FANG RUOLAN:") or a name's word alone ("FANG:") names the first person
    with that name or word."""
    if speech.speaker is None:
        return None
    start, end = speech.speaker
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    candidates = [(min(abs(p[0] - end), abs(start - p[1])), i) for i, p in enumerate(people)
                  if line_start <= p[0] < line_end and not speech.start <= p[0] < speech.end]
    if candidates:
        return min(candidates)[1]
    label = text[start:end].lower()
    names = [text[p_start:p_end].lower() for p_start, p_end in people]
    return next((i for i, name in enumerate(names) if label == name or label in name.split()), None)
