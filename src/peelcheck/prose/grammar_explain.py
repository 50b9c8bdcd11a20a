"""The judgment grammar's pack data in words, for `peelcheck explain`: what each list and
frame makes the grammar read."""

from __future__ import annotations

import textwrap

from peelcheck.prose.grammar_data import ClauseData, GrammarData


def describe(data: GrammarData) -> str:
    """What the grammar reads, in words (for `peelcheck explain`)."""

    def listed(items: list[str]) -> str:
        return ", ".join(f'"{item}"' for item in items if item)

    grades = "; ".join(
        f"{grade}: {listed(data.grades.get(grade, []) + data.verbs.get(grade, []))}"
        for grade in dict.fromkeys([*data.grades, *data.verbs])
    )
    if data.past_verbs:
        grades += "; in the past, of the subject or its own work, naming no time: " + "; ".join(
            f"{grade}: {listed(phrases)}" for grade, phrases in data.past_verbs.items()
        )
    lines = [
        f"Subjects: {listed(data.subjects)} ({{subject}}: the draft's subject)",
        f"Noun phrases opening with: {listed(data.possessors + data.ways)} ({{who}}: a subject)",
        f"or naming the subject's work: {listed(data.topic_heads)}",
        f"Frames: {listed(data.frames)}",
        f"Links ({{link}}): {listed(data.links)}",
        f"Before a verb grade: {listed(data.verb_links)}",
        f"The inspectorate's verbs ({{we}}): {listed(data.we_verbs)}, with an adverb after we",
        f"Moves ({{move}}): {listed(data.moves)}",
        f"Our judgment's nouns ({{judgment}}): {listed(data.judgment_nouns)}",
        f"Grades: {grades}",
        f"Bounds (a verb phrase naming {listed(data.bounds)}): its grade on a scale with no "
        "Adequate, no grade where Adequate lies between",
        f"Qualified: {listed(data.qualifying_links + data.qualified_after)}; "
        f"after the grade, in its clause: {listed(data.qualifying_after)}; "
        f"after a comma after it, or in an aside before it: {listed(data.exceptions)}",
        f"Not a judgment of the subject: with {listed(data.not_subjects)}; "
        f"after {listed(data.attributions)} unless said by {listed(data.own_voices)}; "
        f"before {listed(data.attributed_after)}; "
        f"(an attributed or quoted one is ours before {listed(data.adopted)}, or after "
        f"{listed(data.adopting)}); "
        f"bounded to a sample ({listed(data.samples)} or a count, before "
        f'{listed(data.looked_at)}, or one counted out of a count: "38 of the 60 case '
        'files") in its noun phrase, a phrase fronting it or after it '
        f'and "in"; '
        "inside a quotation opened mid-sentence, or in the last sentence of one opened "
        "in an earlier sentence (a closing mark ends it, none opens in it); "
        f"after {listed(data.past)} (unless {listed(data.present)} follows, or "
        f"{listed(data.present_after)} ends its clause straight after the grade, or "
        f"{listed(data.carried)} carries it to now; not one inside the grade's own aside "
        'between commas, ", good in 2019,"); '
        f"before {listed(data.past_after)} in its clause, but for a grade kept after "
        f"{listed(data.kept)}; "
        f"followed by {listed(data.not_after)} (but for a time of now above ending its "
        'clause: "good for the first time."); '
        f"after {listed(data.not_before)} in its clause; in a question",
    ]
    return "\n".join(textwrap.fill(line, 92, subsequent_indent="  ") for line in lines)


def describe_clause(data: ClauseData) -> list[str]:
    """The clause reading's word classes, in words (for `peelcheck explain`)."""

    def listed(items: list[str]) -> str:
        return ", ".join(f'"{item}"' for item in items if item)

    return [
        f"Clause reading, copulas: {listed(data.copulas)}; past: "
        f'{listed(data.past_copulas)}, before a passive, or alone (not "had been") '
        "only of the subject or its own work in a sentence naming no time",
        f"  moves in the past simple: {listed(data.past_moves)}, not after an auxiliary or"
        " a modal, only of the subject or its own work, unless the move's own clause names"
        " another time",
        f"  verbs of judging in the passive: {listed(data.passives)}, then "
        f"{listed(data.infinitives)}; before a verb grade: {listed(data.verb_links)}",
        f"  adverbs: {listed(data.adverbs)} and any -ly word; qualifying: "
        f"{listed(data.qualifying_adverbs)} (not straight before a copula: 'treating the "
        f"public fairly is good'); negation (no reading): {listed(data.negations)}; "
        f"negated copulas, only before a grade denied twice ('anything better than "
        f"inadequate'): {listed(data.denied_copulas)}",
        f"  carriers: {listed(data.carriers + data.grade_verbs)} a(n) <grade> "
        f"{listed(data.carried_nouns)}; {listed(data.grade_verbs)} {listed(data.grade_nouns)} "
        "<grade>",
        f"  own voices judging: {listed(data.judging_voices)} + "
        f"{listed(data.judging_verbs + data.judging_verbs_past)}",
        f"  after the grade: {listed(data.after_grade)} or punctuation; clause openers: "
        f"; : and , {listed(data.openers)}; asides between commas up to "
        f"{data.aside_words} words",
        '  headings with no verb: an area before a colon or a dash ("Value for money:'
        ' adequate"), after a plain lead or another heading; a grade opening its sentence'
        ' before the area it grades ("Requires improvement – responding to fires"); an'
        " area naming no one else, no other time and no clause",
    ]
