"""The wording of published report pages, cycle by cycle: what each kind of line is.

Every pattern here is taken from the inspectorate's pages (REPORT-SHAPES.md records each
with its source): headers of every cycle, "Last updated" dates, grades and non-grades,
carried-over questions, the Welsh-language link, headings, standard sections and page
furniture. Matching is on a whole line (a paragraph), ignoring case, curly quotes, dashes
and spacing where the pages vary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def plain(text: str) -> str:
    """A line for matching: straight quotes, hyphens for dashes, single spaces."""
    return " ".join(text.translate(_QUOTES).split())


# -- headers ---------------------------------------------------------------------------------

CYCLE = r"(?:19|20)\d\d(?:\s*[/–—-]\s*\d\d(?:\d\d)?)?"
# "Gwent PEEL 2016", "Gwent PEEL 2018" (the 2018/19 pages)
PEEL_HEADER = re.compile(rf"(?P<subject>\S.*?)\s+(?P<programme>PEEL)\s+(?P<cycle>{CYCLE})\Z")
# "Northumberland 2018/19", "Shropshire 2021/22": fire and rescue pages
NAME_CYCLE_HEADER = re.compile(r"(?P<subject>\S.*?)\s+(?P<cycle>20\d\d\s*/\s*\d\d)\Z")
# "PEEL 2021/22 – An inspection of Kent Police", "PEEL 2023–2025: An inspection of ...",
# "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Sussex Police", and the
# pillars' report titles ("PEEL: Police efficiency and effectiveness 2018 – ...")
_PILLAR_WORD = r"(?:effectiveness|efficiency|legitimacy|leadership)"
PEEL_TITLE = re.compile(
    rf"(?P<programme>PEEL)(?::\s*Police {_PILLAR_WORD}(?:(?:,\s*|\s+and\s+){_PILLAR_WORD})*)?\s+"
    rf"(?P<cycle>{CYCLE})\s*[:–—-]?\s*(?:An inspection of|–|-)\s+(?P<subject>\S.*?)\.?\Z",
    re.IGNORECASE,
)
# "Effectiveness, efficiency and people 2023–2025: Avon Fire and Rescue Service"
FRS_TITLE = re.compile(
    rf"(?:Fire (?:&|and) Rescue Service )?Effectiveness, efficiency and people\s+"
    rf"(?P<cycle>{CYCLE})\s*[:–—-]\s*(?:An inspection of\s+)?(?P<subject>\S.*?)\.?\Z",
    re.IGNORECASE,
)
# "Cambridgeshire Fire and Rescue Service 2023-2025 BACKUP HTML VERSION": the title of the
# HTML copy the inspectorate keeps of a fire and rescue 2023-25 report
FRS_BACKUP_TITLE = re.compile(
    rf"(?P<subject>\S.*?(?:Fire and Rescue Service|Fire Brigade|Fire and Rescue Authority))\s+"
    rf"(?P<cycle>{CYCLE})\s+BACKUP HTML VERSION\Z",
    re.IGNORECASE,
)
# "Our inspection assessed how good Cleveland Police is in nine areas of policing. We make
# graded judgments in eight of these nine as follows:" (PEEL 2021/22 and 2023-25)
POLICE_AREAS = re.compile(
    r"Our inspection assessed how good (?P<subject>\S.*?) (?:is|was) in (?P<assessed>\w+) "
    r"areas of policing\.(?: We (?:make|made|have made) graded judgments in (?P<graded>\w+) of "
    r"these(?: \w+)?(?: areas)?)?",
    re.IGNORECASE,
)
# "Our inspection assessed how well Avon Fire and Rescue Service has performed in 11 areas."
FIRE_AREAS = re.compile(
    r"Our inspection assessed how well (?P<subject>\S.*?) (?:has|had) performed in "
    r"(?P<assessed>\w+) areas\.",
    re.IGNORECASE,
)

# A subject's summary page for a cycle ("Durham 2015", "Kent 2014", "Durham 2018/19",
# "Isle of Wight 2018/19"): the header line, then within a few lines "Read more about
# <subject>", the assessment's opening ("This is HMIC's second assessment ...") or a pillar's
# grade in a sentence. REPORT-SHAPES.md: "Force summary page", "Web summary".
SUMMARY_HEADER = re.compile(r"(?P<subject>\S.*?)\s+(?P<cycle>20\d\d(?:\s*/\s*\d\d)?)\Z")
SUMMARY_OPENING = re.compile(
    r"(?:This is (?:the first PEEL Assessment|HMIC(?:FRS)?'?s?\b)|(?:the )?extent to which )",
    re.IGNORECASE,
)
# "The extent to which Durham Constabulary is effective at keeping people safe and reducing
# crime is outstanding." (2015-2017; "requires improvement" without "is"; "...: not yet
# graded.", "... is: good." on interim pages), "the extent to which the force operates
# efficiently and sustainably is good." (2018/19), "The extent to which the service looks
# after its people is good." (fire and rescue), "the efficiency with which the force carries
# out its responsibilities is good; and" (2014). The grade is read from the sentence's end.
PILLAR_SENTENCE = re.compile(
    r"(?:the )?(?:extent to which \S|(?P<named>effectiveness|efficiency|legitimacy) with which )",
    re.IGNORECASE,
)
PILLAR_SENTENCE_END = re.compile(r"(?:\s*[.;:])?(?:\s+and)?\s*\Z", re.IGNORECASE)
# A summary page copied without its header line starts at the link, often run into the
# opening: "Read more about DerbyshireThis is HMIC's second assessment of ...". The opening
# counts the assessments, which names the cycle.
SUMMARY_LINK = re.compile(r"Read more about (?P<subject>\S.*?)(?=This is\b|\Z)")
ASSESSMENT_COUNT = re.compile(
    r"This is (?:the (?P<first>first) PEEL Assessment|HMIC(?:FRS)?'?s? (?P<ordinal>first|second|"
    r"third|fourth|fifth)\b[^.]*?\bassessment)",
    re.IGNORECASE,
)
# the n-th assessment -> the cycle ("second full" and "third" are both FRS 2021/22: the
# 2020 COVID-19 inspection was counted by some pages and not by others)
ASSESSMENT_CYCLES = {
    "PEEL": {
        "first": "2014",
        "second": "2015",
        "third": "2016",
        "fourth": "2017",
        "fifth": "2018/19",
    },
    "FRS": {"first": "2018/19", "second": "2021/22", "third": "2021/22"},
}
# The words of a pillar sentence that name its pillar.
PILLAR_SENTENCE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\beffective(?:ly|ness)?\b", re.I), "Effectiveness"),
    (re.compile(r"\befficien(?:t|tly|cy)\b", re.I), "Efficiency"),
    (re.compile(r"\blegitima(?:te|tely|cy)\b", re.I), "Legitimacy"),
    (re.compile(r"\blooks? after its people\b", re.I), "People"),
)

# Lines that place a report graded by area in its cycle when no title line says it.
CYCLE_MARKERS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("PEEL", "2023-25", re.compile(r"PEEL (?:Assessment Framework )?2023 ?- ?(?:20)?25\b", re.I)),
    ("PEEL", "2025-27", re.compile(r"PEEL (?:Assessment Framework )?2025 ?- ?(?:20)?27\b", re.I)),
    ("PEEL", "2021/22", re.compile(r"\A(?:Important changes to PEEL|PEEL 2021/22)\Z", re.I)),
    ("PEEL", "2021/22", re.compile(r"PEEL Assessment Framework 2021/22", re.I)),
    ("FRS", "2023-25", re.compile(r"\AChanges to this round of inspection\Z", re.I)),
)

_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen", "nineteen", "twenty"),
        )
    )
}


def count(word: str | None) -> int | None:
    """A count written in figures or words ("11", "nine"), or None."""
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word.lower())


# -- lines in the header -------------------------------------------------------------------

# A heading, such as a pillar's own question: one short sentence at most, not a paragraph.
HEADING = re.compile(r"[^.!?]{3,200}[.?]?\Z")
LAST_UPDATED = re.compile(
    r"Last updated(?: on)?:?\s+(?P<date>\d{1,2}/\d{1,2}/\d{4})\Z", re.IGNORECASE
)
# The same line cut off by the end of a copy: "Last updated", "Last updated 17/", "Last up".
LAST_UPDATED_CUT = re.compile(r"Last up(?:d(?:a(?:t(?:ed?)?)?)?)?(?:\s+[\d/]*)?\Z", re.IGNORECASE)
# The title of an inspection of another kind (commissioned, thematic): "Inspection into
# British Transport Police effectiveness, efficiency and legitimacy" (2024).
OTHER_INSPECTION_TITLE = re.compile(
    r"(?:An? )?(?:inspection|review|inquiry) (?:into|of) (?!.*\bPEEL\b)\S.{3,150}\Z", re.IGNORECASE
)
# The title of a page about PEEL as a whole, not a report on one force: the programme's
# pages ("PEEL assessments 2021/22", "PEEL Assessments"), national overviews ("Diverging
# under pressure – An overview of 2018/19 PEEL inspections") and spotlight reports ("PEEL
# spotlight report: A system under pressure").
NATIONAL_TITLE = re.compile(
    r"PEEL assessments(?:\s+\d{4}\s*/\s*\d{2,4})?|PEEL spotlight report\b.*|"
    r".{3,120}\ban overview of (?:the )?(?:\d{4}(?:/\d{2})? )?PEEL inspections\b.*",
    re.IGNORECASE,
)
# The title of a force's page for a cycle graded by area ("Derbyshire PEEL Assessments
# 2021/2022"): an opening paragraph, the scorecard (an image) and links to the report.
LANDING_TITLE = re.compile(rf"\S.{{2,60}}? PEEL Assessments? {CYCLE}", re.IGNORECASE)
# A paragraph whose last sentence introduces areas for improvement as a list: an earlier
# inspection's still in force ("The following AFI from HMICFRS' 2015 Legitimacy inspection
# remains:", Cleveland 2017) and 2018/19 carried-over questions' ("However, there is an area
# for improvement identified from this inspection:", "In 2017, we identified two areas for
# improvement:").
AREAS_INTRO = re.compile(
    r"(?:\A|(?<=[.!?] ))[^.!?]*\b(?:areas? (?:for|of) improvement|AFIs?)\b[^.!?:]*:\Z",
    re.IGNORECASE,
)
QUESTIONS_FOR = re.compile(r"Questions for\s+(?P<pillar>\S.*?)\Z", re.IGNORECASE)

# Words of a pillar's own question that name the pillar ("How effectively does the force
# reduce crime ...?" is Effectiveness), for pages that print no pillar line.
PILLAR_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bhow (?:effective|effectively)\b", re.I), "Effectiveness"),
    (re.compile(r"\bhow (?:efficient|efficiently)\b", re.I), "Efficiency"),
    (re.compile(r"\bhow (?:legitimate|legitimately)\b", re.I), "Legitimacy"),
    (re.compile(r"\blook after its people\b", re.I), "People"),
    # PEEL 2014 pillar pages head each pillar with a line of their own wording
    (re.compile(r"\bhow well the force tackles crime\b", re.I), "Effectiveness"),
    (re.compile(r"\bhow well the force delivers value for money\b", re.I), "Efficiency"),
    (re.compile(r"\bdoes the force act with integrity\b", re.I), "Legitimacy"),
)


# The inspectorate's fixed opening of a leadership page (PEEL 2015 and 2016), for a copy cut
# before its "Questions for Leadership" line: the page has no pillar line of its own.
LEADERSHIP_OPENING = re.compile(
    r"(?:Police leadership is crucial in enabling a force to be effective, efficient and "
    r"legitimate|As part of HMIC's annual all-force inspections into police effectiveness, "
    r"efficiency and legitimacy \(PEEL\) in 2015, HMIC assessed how well led forces are)"
)


def pillar_of(text: str, among: Sequence[str] | None = None) -> str | None:
    """The pillar a pillar's own question or headline names ("How effectively does the
    force ...?" is Effectiveness): the first of `PILLAR_WORDS` that matches, among `among`
    when given."""
    return next(
        (
            pillar
            for pattern, pillar in PILLAR_WORDS
            if (among is None or pillar in among) and pattern.search(text)
        ),
        None,
    )


# -- questions -----------------------------------------------------------------------------

NUMBER = re.compile(r"(?:Question\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})?)[.:)]?\Z", re.IGNORECASE)
NUMBERED_TITLE = re.compile(
    r"(?:Question\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})?)(?:[.:)]\s*|\s+)(?P<title>[^\s\d].*)\Z",
    re.IGNORECASE,
)
# A question as the pages title it: one sentence asking "How ...?" or "To what extent ...?"
QUESTION_TITLE = re.compile(
    r"(?:How|To what extent|What|Which|Is|Are|Does|Do|Has|Have)\b[^.?!]{8,240}\?\Z"
)

# -- inside a question ---------------------------------------------------------------------

# A list item that ends "...; and", "..., or": the list goes on with a next item.
ITEM_GOES_ON = re.compile(r"[;,]\s+(?:and|or)\Z")
AREAS_HEADING = re.compile(r"Areas? for improvement:?\Z", re.IGNORECASE)
CONCERN_HEADING = re.compile(r"Causes? (?:of|for) concern:?\Z", re.IGNORECASE)
RECOMMENDATIONS_HEADING = re.compile(r"Recommendations?:?\Z", re.IGNORECASE)
# An area for improvement written without a bullet: "The force should ...", "Kent Police
# needs to ..."; the subject is short (a name), the verb one of the inspectorate's.
AREA_OPENING = re.compile(r"[A-Z][\w&' -]{2,70}? (?:should|needs to|need to|must)\b")
# 2018/19 "detailed findings" pages and FRS pages, before the findings of a question.
DETAILED_FINDINGS = re.compile(r"We set out our detailed findings below\b", re.IGNORECASE)

# "This question was not inspected in 2017. The grade and findings from last year's
# inspection still stand." (2017) and "This question was not subject to detailed inspection
# in 2018/19, and our judgment from the 2017 effectiveness inspection has been carried
# over." (2018/19; Sussex's page omits "detailed", Cambridgeshire's writes "wasn't"). `year`
# is the cycle whose grade stands, where the text names it.
_CARRIED = (
    re.compile(
        r"This question (?:was not|wasn't) inspected in (?P<this>\d{4})\. The grade and findings "
        r"from (?:last year's|the (?P<year>\d{4})) inspection",
        re.IGNORECASE,
    ),
    re.compile(
        r"This question (?:was not|wasn't) subject to (?:detailed )?inspection in \S+?,? and our "
        r"(?:judgment|judgement|grade) from the (?P<year>\d{4}) \w+ inspection "
        r"(?:has been|was) carried (?:over|forward)",
        re.IGNORECASE,
    ),
)
# "This question has not been inspected or graded in 2015."
NOT_INSPECTED = re.compile(
    r"This question (?:has not been|was not) inspected or graded in (?P<year>\d{4})\.?\Z",
    re.IGNORECASE,
)


def carried_over(text: str) -> str | None:
    """The year whose grade stands, for a line saying the question was not re-inspected."""
    line = plain(text)
    for pattern in _CARRIED:
        found = pattern.match(line)
        if found:
            year = found.group("year")
            if year is None:
                year = str(int(found.group("this")) - 1)
            return year
    return None


# -- the Welsh-language link ----------------------------------------------------------------

_WELSH = re.compile(
    r"Os hoffech chi ddarllen hwn trwy'r Gymraeg\W*(?:\((?:PDF(?: document)?|dogfen PDF)\))?"
    r"[\s.:]*\Z",
    re.IGNORECASE,
)


def is_welsh(text: str) -> bool:
    """The link to the Welsh-language version, in any of the forms the pages use."""
    return _WELSH.match(plain(text)) is not None


# -- headings and standard sections of reports graded by area -------------------------------

# Headings of the summary part of 2021/22 and 2023-25 pages (not text of the summary).
SUMMARY_HEADINGS = re.compile(
    r"(?:Overall summary|Our judgments|Our judgements|HM Inspector's (?:observations|summary)|"
    r"HMI's observations|HMI summary|HM Inspector's summary)\Z",
    re.IGNORECASE,
)
# Standard sections: the inspectorate's fixed text, the same in every report of the cycle;
# their paragraphs are not the report's own and are not imported.
STANDARD_SECTIONS = re.compile(
    r"(?:Important changes to PEEL|PEEL 20\d\d ?- ?(?:20)?\d\d|Terminology in this report|"
    r"Changes to this round of inspection|About this inspection|About the data)\Z",
    re.IGNORECASE,
)

# -- page furniture ------------------------------------------------------------------------

# The "Other inspections" box stands on every PEEL 2015-2017 page; its own page, an ungraded
# section of the assessment, goes on with the heading "Other reports".
OTHER_INSPECTIONS = "Other inspections"
OTHER_REPORTS = re.compile(r"Other reports\Z", re.IGNORECASE)

FURNITURE = re.compile(
    r"(?:Skip to (?:main )?content|Back to top|Print this (?:document|page)|Share this page|"
    r"Contents|Download the full report|Get the report|"
    r"Detailed findings for question \d+|View the (?:\w+ )?questions for \w+|"
    r"Get the free PDF Reader from Adobe.*|"
    r"Planned website downtime|The HMICFRS website will be unavailable .*|"
    r"We would like your views on .*|Have your say.*|Give us your views.*|"
    r"Read more about \S.*|Find out more about how we inspect .*|Published on:? .*|"
    # the "Other inspections" box on PEEL 2015-2017 pages: the inspectorate's fixed text
    r"Other inspections|How well has the force performed in our other inspections\?|"
    r"In addition to the three core PEEL pillars, .*|"
    r"Findings from these inspections are published separately .*|"
    # the inspector's byline and contact link on summary pages
    r"[^,]{3,60}, (?:(?:Her|His) Majesty's|HM) (?:Chief )?Inspector of [A-Z][\w ]+|"
    r"Contact (?:HMICFRS|HMIC|(?-i:[A-Z][\w'-]+ [A-Z][\w'-]+))(?: \(e-?mail address\))?)\Z",
    re.IGNORECASE,
)


_BYLINE = re.compile(
    r"(?P<name>[^,]{3,60}), (?:(?:Her|His) Majesty's|HM) (?:Chief )?Inspector of [A-Z][\w ]+\Z",
    re.IGNORECASE,
)


def byline_name(text: str) -> str | None:
    """The inspector's name in a byline ("Roy Wilsher, HM Inspector of Fire and Rescue
    Services"), or None."""
    found = _BYLINE.match(plain(text))
    return found.group("name") if found else None


_LINK_CYCLE = re.compile(r"\s*(?:\d{4}(?:[/-]\d{2,4})?\s*)?")


def glued_link(text: str, subject: str) -> int:
    """Where the text starts in a line that runs a "Read more about <subject>" link into it
    ("Read more about GloucestershireThis is HMIC's ..."), or 0 when it does not."""
    link = f"Read more about {subject}"
    if not text.startswith(link):
        return 0
    # the link may name the cycle too: "Read more about Surrey 2016", "... Tyne and Wear 2018/19"
    cycle = _LINK_CYCLE.match(text, len(link))
    end = cycle.end() if cycle else len(link)
    return 0 if end == len(text) else end


def is_furniture(text: str) -> bool:
    """Page furniture: links, banners and buttons that are not part of the report."""
    return FURNITURE.match(plain(text)) is not None
