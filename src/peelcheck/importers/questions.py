"""Reading a question's body: its grade, areas for improvement, causes of concern and text.

The cycles put these in different orders (the grade after the title in 2014 and 2018/19,
after the narrative in 2015-2017; areas for improvement before the narrative in 2018/19),
so each block is placed by what it is, not by where it stands.
"""

from __future__ import annotations

import re

from peelcheck.importers import recognise as r
from peelcheck.importers.assemble import Concern, Question
from peelcheck.importers.blocks import Block
from peelcheck.importers.reading import Reader


class QuestionReader(Reader):
    """The states inside the questions of a report."""

    # areas announced by a sentence, not a heading: only items worded as areas are areas
    areas_introduced = False

    def _in_questions(self, block: Block, text: str) -> None:
        if not self._question_start(block, text):
            self._unplaced(block, "a question number or title was expected")

    def _in_body(self, block: Block, text: str) -> None:
        question = self.questions[-1]
        if question.title is None:
            self._title(block, block.text, 0)
            return
        if _repeats_title(question, block.text):
            return  # the page shows a question's title twice (2014: its tab, then its heading)
        grade = self._grade(text)
        carried = r.carried_over(text)
        not_inspected = r.NOT_INSPECTED.match(text)
        if self._question_start(block, text):
            return
        if grade is not None:
            if question.grade is None:
                question.grade = (block.text, block.start, block.end)
            else:
                self._unplaced(block, f"question {self._name(question)} already has a grade")
        elif r.AREAS_HEADING.match(text):
            self.state = "areas"
            self.areas_introduced = False
        elif r.CONCERN_HEADING.match(text):
            question.concerns.append(Concern())
            self.state = "concern"
        elif r.QUESTIONS_FOR.match(text):
            self._questions_for(block)
        else:
            if carried is not None and question.carried_over_from is None:
                at = block.text.find(carried)
                span = (block.start + at, block.start + at + 4) if at >= 0 else None
                question.carried_over_from = (carried, *(span or (block.start, block.end)))
            if not_inspected:
                question.grade_absent = f"not inspected or graded in {not_inspected.group('year')}"
            question.paragraphs.append(block)
            if r.AREAS_INTRO.search(block.text):
                self.state = "areas"
                self.areas_introduced = True

    def _in_areas(self, block: Block, text: str) -> None:
        question = self.questions[-1]
        item = block.text[block.marker :]
        if block.item and question.areas and _continues(question.areas[-1][0], item):
            # "The force should ensure its counter corruption unit:" / "- has sufficient
            # capability ...; and" / "- can fully monitor ...": one area, its list in a sentence
            area, start, _ = question.areas[-1]
            question.areas[-1] = (f"{area} {item}", start, block.end)
        elif (block.item and (not self.areas_introduced or r.AREA_OPENING.match(item))) or (
            not block.item and not question.areas and r.AREA_OPENING.match(block.text)
        ):
            start = block.start + block.marker
            question.areas.append((block.text[block.marker :], start, block.end))
        else:
            self.state = "body"
            self._in_body(block, text)

    def _in_concern(self, block: Block, text: str) -> None:
        concern = self.questions[-1].concerns[-1]
        if r.RECOMMENDATIONS_HEADING.match(text):
            self.state = "recommendations"
        elif block.item:
            concern.recommendations.append(_item(block))
        elif not concern.recommendations and not self._starts_question(text):
            concern.paragraphs.append(block)
        else:
            self.state = "body"
            self._in_body(block, text)

    def _in_recommendations(self, block: Block, text: str) -> None:
        concern = self.questions[-1].concerns[-1]
        if block.item or not (concern.recommendations or self._starts_question(text)):
            concern.recommendations.append(_item(block))
        else:
            self.state = "body"
            self._in_body(block, text)


def _repeats_title(question: Question, text: str) -> bool:
    """Whether `text` is the question's title again, with nothing but its grade between
    (2014: its tab, then "Good", then its heading, Hampshire 2014), its words perhaps in
    another order ("reducing crime and preventing offending", then "preventing offending
    and reducing crime", Gwent 2014)."""
    empty = not (question.paragraphs or question.areas or question.concerns)
    return empty and question.title is not None and _words(text) == _words(question.title[0])


def _words(title: str) -> list[str]:
    """A title's words, lower case and sorted."""
    return sorted(re.findall(r"[\w’']+", title.lower()))


def _continues(area: str, item: str) -> bool:
    """Whether a list item goes on with the area for improvement before it: the area
    introduced a list (it holds a colon and stops at one, or at the list's ";", "; and"),
    and the item starts in lower case."""
    head = area.rstrip()
    ends = head.endswith((":", ";", ",")) or r.ITEM_GOES_ON.search(head) is not None
    return item[:1].islower() and ":" in head and ends


def _item(block: Block) -> tuple[str, int, int]:
    return block.text[block.marker :], block.start + block.marker, block.end
