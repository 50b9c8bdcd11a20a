"""The judgment rules against the labelled sentence corpus (issue 16): the scores printed,
and the floors reached on the tuning part asserted so that a change cannot lose them."""

from __future__ import annotations

import pytest

from tests import judgment_cases, judgments

# The figures reached on the tuning part (precision, recall), in %: raise them as the
# grammar improves, never lower them to pass. Round 8 (grammar8): the tuning part now also
# holds batch 7 (scored once, spent; kept as a validation set in round 8, its failures
# unread); the floors were set afresh on it, then raised at the end of the round. Round 9
# (grammar9) raised them again after batch 7's one validation score. Stop 28: batch 8, scored
# once after round 9, joined the tuning part; narrative-contradicts-grade's real precision
# there is 96.9 (batch 8's real part: 90) and its made-up recall 84.96; summary-states-
# overall-grade's made-up recall 85.6: those floors were set afresh (96/84, 95/85). Round 10
# (grammar10) raised the recall floors to its figures (made-up: 86.2, 87.0, 86.6, 82.4, 82.8).
# Batch 9 (a new hand's, scored twice by the lead, figures only: before and after round 10)
# then joined the tuning part: made-up recall there is now 85.2, 86.0, 85.6, 81.7, 82.8 and
# previous-grade-statement's real precision 91.4 (batch 9's two real year-on-year
# sentences: one false reading): the floors were set afresh to those figures. Round 11
# (grammar11) raised them to its figures (made-up recall: 88.8, 89.0, 88.8, 83.5, 83.3;
# precision, the lower of real and made-up: 97.1, 98.8, 96.2, 97.4, 91.4). Batch 10 (a new
# hand's, scored twice by the lead, figures only: before and after round 11) then joined the
# tuning part; the floors were set afresh to its figures (recall: 87.8, 88.0, 88.0, 82.5,
# 83.0; precision: 96.7, 98.7, 96.2, 97.0, 91.7).
# Round 12 (grammar12, batch 10 left out while tuning) raised them to its figures (made-up
# recall: 91.9, 92.0, 91.7, 89.5, 84.8; precision, the lower of real and made-up: 97.6, 98.7,
# 96.5, 98.8, 91.7). Batch 11 (a new hand's, weighted to the hardest shapes; scored twice by
# the lead, figures only: before and after round 12) then joined the tuning part; the floors
# were set afresh to its figures (made-up recall: 87.5, 88.2, 88.2, 83.8, 80.9; precision,
# the lower of real and made-up: 97.6, 98.7, 96.8, 98.8, 91.9).
# Round 13 (grammar13, batch 10 left out while tuning) raised them to its figures (made-up
# recall: 89.7, 90.1, 89.97, 86.2, 80.9; precision, the lower of real and made-up: 97.6, 98.7,
# 96.9, 98.8, 91.9).
# Round 14 (grammar14, batch 10 left out while tuning) raised them to its figures (made-up
# recall: 93.5, 93.6, 93.4, 90.9, 86.0; precision, the lower of real and made-up: 97.7, 98.7,
# 97.1, 98.8, 92.1).
# Batch 12 (a new hand's, wholly held back; scored twice by the lead, figures only: before
# and after round 14) then joined the tuning part; the floors were set afresh to its figures
# (made-up recall: 89.7, 90.5, 90.4, 87.7, 82.9; precision, the lower of real and made-up:
# 97.7, 98.8, 97.1, 98.8, 92.1).
# Round 15 (grammar15, batch 10 left out while tuning) raised them to (97, 90), (98, 91),
# (97, 91), (98, 88), (92, 84).
# Batch 13 (a new hand's, wholly held back; scored once by the lead, figures only, before
# round 16) then joined the tuning part; the floors were set afresh to its figures (made-up
# recall: 88.56, 89.87, 90.05, 86.81, 82.59; precision, the lower of real and made-up: 97.65,
# 98.76, 97.31, 98.84, 92.11).
# Round 16 (grammar16, batch 10 left out while tuning) raised them to its figures (made-up
# recall: 91.70, 92.65, 92.62, 89.29, 85.44; precision, the lower of real and made-up:
# 98.11, 98.76, 97.47, 99.75, 92.11).
# Batch 14 (a new hand's, wholly held back; scored twice by the lead, figures only: before
# and after round 16) then joined the tuning part; the floors were set afresh to its figures
# (made-up recall: 89.43, 90.72, 90.65, 86.90, 83.14; precision, the lower of real and
# made-up: 97.99, 98.76, 97.33, 99.55, 92.11).
# Round 17 (grammar17, a precision round, batch 10 left out while tuning) raised them to its
# figures (made-up recall: 89.51, 90.79, 90.65, 87.10, 83.14; precision, the lower of real
# and made-up: 98.12, 98.76, 97.74, 99.77, 98.96).
# Batch 15 (a new hand's, weighted to precision; wholly held back; scored twice by the lead,
# figures only: after rounds 16 and 17) then joined the tuning part; the floors were set
# afresh to its figures (made-up recall: 88.79, 90.10, 89.96, 86.03, 81.72; precision, the
# lower of real and made-up: 98.12, 98.76, 97.74, 99.79, 97.36).
# Round 18 (the lead, on batches 15's and 16's false alarms) lost no labelled sentence.
# Batch 16 (a new hand's, wholly held back; scored twice by the lead, figures only: before
# and after round 17) then joined the tuning part; the floors were set afresh to its figures
# (made-up recall: 87.40, 88.82, 88.73, 84.56, 80.57; precision, the lower of real and
# made-up: 98.12, 98.76, 97.74, 99.81, 96.58).
# Batch 17 (a new hand's, long layered sentences; wholly held back; scored twice by the
# lead, figures only: before and after round 18) then joined the tuning part; the floors
# were set afresh to its figures (recall, the lower of real and made-up: 85.88, 87.34,
# 87.41, 82.96, 79.32; precision, the lower of real and made-up: 98.08, 98.76, 97.74, 99.82,
# 96.74).
# Round 19 (the lead, on batch 17's failures, batch 10 left out while tuning) raised them
# to its figures (recall, the lower of real and made-up: 87.10, 88.39, 88.55, 84.16, 80.78;
# precision, the lower of real and made-up: 98.12, 98.76, 97.74, 99.82, 96.79).
# Batch 18 (a new hand's, wholly held back; scored by the lead before and after round 19,
# figures only) then joined the tuning part; the floors were set afresh to its figures
# (recall, the lower of real and made-up: 86.18, 87.56, 87.69, 83.32, 78.57; precision, the
# lower of real and made-up: 98.12, 98.76, 97.74, 99.83, 96.06).
# Round 20 (the lead, on batch 18's failures, batch 10 left out while tuning) raised them
# to its figures (recall, the lower of real and made-up: 86.67, 87.98, 88.12, 83.74, 80.41;
# precision, the lower of real and made-up: 98.12, 98.76, 97.74, 99.83, 96.14).
# Batch 19 (a new hand's, wholly held back; scored by the lead before round 19, after it
# and after round 20, figures only) then joined the tuning part; the floors were set afresh
# to its figures (recall, the lower of real and made-up: 85.71, 87.18, 87.43, 82.94, 78.51;
# precision, the lower of real and made-up: 98.12, 98.76, 97.74, 99.76, 96.24).
# Round 21 ("not yet good" a bound, no grade: two labelled sentences lost, five sentences'
# false alarms gone) left them as they were (recall 85.61, 87.10, 87.33, 82.74, 78.51;
# made-up precision rose, the real figures are the lower). Round 22 raised them to its
# figures (recall 86.27, 87.71, 87.78, 83.54, 78.51; precision unchanged).
# Batch 20 (a new hand's, wholly held back; scored by the lead before round 19 and after
# rounds 21 and 22, figures only) then joined the tuning part; the floors were set afresh
# to its figures (recall, the lower of real and made-up: 84.88, 86.37, 86.45, 82.07, 76.15;
# precision, the lower of real and made-up: 98.12, 98.76, 97.74, 99.62, 96.30).
# Round 23 built no year-on-year case for a change to or from "adequate" (no draft the rule
# runs in has that grade; 49 of the tuning part's sentences): previous-grade-statement's
# recall floor was raised to its figure (79.95; precision 96.08). Round 23 (the lead, on
# batch 20's failures, batch 10 left out while tuning) raised them to its figures (recall,
# the lower of real and made-up: 85.83, 87.19, 87.28, 83.01, 81.12; precision, the lower of
# real and made-up: 98.12, 98.76, 97.74, 99.70, 96.13).
# Batch 21 (a new hand's, wholly held back; scored by the lead before round 19 and after
# rounds 22 and 23, figures only) then joined the tuning part; the floors were set afresh to
# its figures (recall, the lower of real and made-up: 84.62, 86.04, 86.12, 81.36, 79.29;
# precision, the lower of real and made-up: 98.12, 98.76, 97.74, 99.71, 96.22). Round 24
# (the lead, on batch 21's failures, batch 10 left out while tuning) raised them to its
# figures (recall, the lower of real and made-up: 84.89, 86.27, 86.30, 81.71, 80.85;
# precision, the lower of real and made-up: 98.12, 98.76, 97.74, 99.71, 96.29).
# Batch 22 (a new hand's, long sentences and late judgments; wholly held back; scored by the
# lead before round 23 and after rounds 23 and 24, figures only) then joined the tuning
# part; the floors were set afresh to its figures (recall, the lower of real and made-up:
# 83.43, 85.08, 85.14, 80.36, 78.11; precision, the lower of real and made-up: 98.12, 98.76,
# 97.74, 99.59, 94.40). Round 25 (the lead, on batch 22's failures, false alarms first,
# batch 10 left out while tuning) raised them to its figures (recall, the lower of real and
# made-up: 84.10, 85.66, 85.67, 81.03, 78.32; precision, the lower of real and made-up:
# 98.12, 98.76, 97.74, 99.66, 96.37).
# Batch 23 (a new hand's, press-office and foreword voice; wholly held back; scored by the
# lead before round 23 and after rounds 23-25, figures only) then joined the tuning part;
# the floors were set afresh to its figures (recall, the lower of real and made-up: 83.50,
# 85.08, 85.14, 80.31, 76.59; precision, the lower of real and made-up: 98.12, 98.76, 97.74,
# 99.55, 96.50). Round 26 (the lead, on batch 23's failures, false alarms first, batch 10
# left out while tuning) raised them to its figures (recall, the lower of real and made-up:
# 83.78, 85.29, 85.37, 80.62, 77.18; precision, the lower of real and made-up: 98.12, 98.76,
# 97.74, 99.55, 96.53).
# Batch 24 (a new hand's, plain narrative with many traps; wholly held back; scored by the
# lead before round 23 and after rounds 25 and 26, figures only) then joined the tuning
# part; the floors were set afresh to its figures (recall, the lower of real and made-up:
# 83.88, 85.46, 85.45, 80.86, 76.21; precision, the lower of real and made-up: 98.12, 98.76,
# 97.74, 99.57, 95.63). Round 27 (the lead, on batch 24's false alarms and a few misses,
# batch 10 left out while tuning) raised them to its figures (recall, the lower of real and
# made-up: 84.03, 85.59, 85.49, 80.91, 76.21; precision, the lower of real and made-up:
# 98.12, 98.76, 97.74, 99.57, 96.10).
# Batch 25 (a new hand's, summaries and year-on-year comparisons; wholly held back; scored
# by the lead before round 23 and after rounds 25-27, figures only) then joined the tuning
# part; the floors were set afresh to its figures (recall, the lower of real and made-up:
# 83.56, 85.05, 84.99, 80.23, 75.05; precision, the lower of real and made-up: 98.12, 98.76,
# 97.74, 99.41, 96.24).
# Round 28 (the lead, on batch 25's false alarms, then its misses, batch 10 left out while
# tuning) raised them to its figures (recall, the lower of real and made-up: 84.32, 85.89,
# 85.88, 81.08, 75.96; precision, the lower of real and made-up: 98.12, 98.76, 97.74,
# 99.59, 96.28).
# Batch 26 (a new hand's, terse list-like summaries; wholly held back; scored by the lead
# before and after round 28, figures only) then joined the tuning part; the floors were set
# afresh to its figures (recall, the lower of real and made-up: 83.32, 84.70, 84.70, 79.91,
# 74.11; precision, the lower of real and made-up: 97.77, 98.76, 97.74, 99.44, 96.31).
# Round 29 (the lead, on batch 26's false alarms, then its misses, batch 10 left out while
# tuning) raised them to its figures (recall, the lower of real and made-up: 83.45, 84.82,
# 84.81, 80.09, 74.29; precision, the lower of real and made-up: 98.12, 98.76, 97.74,
# 99.55, 96.32).
# Batch 27 (a new hand's, first person plural and passive; wholly held back; scored by the
# lead before and after rounds 28 and 29, figures only) then joined the tuning part; the
# floors were set afresh to its figures (recall, the lower of real and made-up: 82.89,
# 84.22, 84.16, 79.31, 73.68; precision, the lower of real and made-up: 98.12, 98.76,
# 97.74, 99.46, 96.42).
# Round 30 (the lead, on batch 27's false alarms) changed none of them. Batch 28 (a new
# hand's, the people pillar with many nearby bodies; wholly held back; scored by the lead
# before and after rounds 29 and 30, figures only) then joined the tuning part; the floors
# were set afresh to its figures (recall, the lower of real and made-up: 82.64, 83.99,
# 83.93, 78.90, 73.71; precision, the lower of real and made-up: 97.45, 98.76, 97.74, 99.22,
# 95.89).
# Round 31 (the lead, on batch 28's false alarms) raised them to its figures (recall, the
# lower of real and made-up: 82.68, 83.99, 83.93, 78.95, 73.71; precision, the lower of real
# and made-up: 97.99, 98.76, 97.74, 99.42, 96.30).
# Round 32 (the lead, on the tuning part's headings with no verb, a fifth of every rule's
# misses) raised them to its figures (recall, the lower of real and made-up: 83.60, 85.13,
# 85.15, 80.19, 73.71; precision, the lower of real and made-up: 98.02, 98.76, 97.74,
# 99.43, 96.30).
# Batch 29 (a new hand's, summaries and openings of the current cycles; wholly held back;
# scored by the lead before round 29 and after rounds 29-32, figures only) then joined the
# tuning part; the floors were set afresh to its figures (recall, the lower of real and
# made-up: 83.04, 84.59, 84.60, 79.53, 72.93; precision, the lower of real and made-up:
# 98.02, 98.76, 97.74, 99.41, 94.94). Round 33 (the lead, on batch 29's failures, false
# alarms first, batch 10 left out while tuning) raised them to its figures (recall, the
# lower of real and made-up: 83.34, 84.87, 84.87, 79.68, 73.10; precision, the lower of real
# and made-up: 98.12, 98.76, 97.74, 99.46, 94.95).
# Batch 30 (a new hand's, plain narrative openings of the current cycles; wholly held back;
# scored by the lead before round 31 and after rounds 31-33, figures only) then joined the
# tuning part; the floors were set afresh to its figures (recall, the lower of real and
# made-up: 82.84, 84.49, 84.41, 79.28, 73.05; precision, the lower of real and made-up:
# 98.07, 98.76, 97.74, 99.42, 94.43). Round 34 (the lead, on batch 30's false alarms)
# raised them to its figures (recall, the lower of real and made-up: 82.87, 84.51, 84.44,
# 79.43, 73.05; precision, the lower of real and made-up: 98.12, 98.76, 97.74, 99.47, 95.02).
# Batch 31 (a new hand's, varied narratives and summaries of every cycle; wholly held back;
# scored by the lead before round 31 and after rounds 31-34, figures only) then joined the
# tuning part; the floors were set afresh to its figures (recall, the lower of real and
# made-up: 82.78, 84.45, 84.44, 79.35, 72.81; precision, the lower of real and made-up:
# 98.10, 98.76, 97.74, 99.44, 95.10). Round 35 (the lead, on batch 31's failures) left
# them so. Batch 34 (a new hand's headings, lists and other verbless forms; wholly held
# back; scored by the lead before and after round 35, figures only) then joined the tuning
# part; the floors were set afresh to its figures (recall, the lower of real and made-up:
# 81.88, 83.47, 83.49, 78.80, 71.45; precision, the lower of real and made-up: 97.54, 98.76,
# 97.74, 99.50, 95.12). Rounds 36 and 37 (the lead, on batch 34's false alarms and misses)
# raised them to its figures (recall, the lower of real and made-up: 82.16, 83.90, 83.90,
# 79.17, 71.45; precision, the lower of real and made-up: 98.01, 98.76, 97.74, 99.50,
# 95.12). Batch 35 (a new hand's revisits and year-on-year statements; wholly held back;
# scored by the lead before round 35 and after rounds 35-37, figures only) then joined the
# tuning part; the floors were set afresh to its figures (recall, the lower of real and
# made-up: 81.48, 83.27, 83.19, 78.61, 69.28; precision, the lower of real and made-up:
# 97.69, 98.76, 97.74, 99.46, 91.45). Round 38 (the lead, on batch 35's false alarms)
# raised previous-grade-statement's precision to 92.46. Batch 33 (a new hand's long,
# complex sentences, grade stated late; wholly held back; scored by the lead before
# round 32 and after rounds 34-38, figures only) then joined the tuning part; the floors
# were set afresh to its figures (recall, the lower of real and made-up: 81.10, 82.99, 82.97,
# 78.23, 69.23; precision, the lower of real and made-up: 97.50, 98.76, 97.74, 99.43, 92.60).
# Round 39 (the lead, on batch 33's failures) raised them to its figures (recall, the lower
# of real and made-up: 81.60, 83.44, 83.47, 78.61, 69.23; precision unchanged but 97.64).
# Batch 36 (a new hand's long summary sentences, several topics and reported views; wholly
# held back; scored by the lead before and after round 39, figures only) then joined the
# tuning part, its figures above every floor (recall, the lower of real and made-up: 81.49,
# 83.30, 83.29, 78.36, 69.44; precision, the lower of real and made-up: 97.05, 98.73,
# 97.74, 99.15, 92.27). Round 40 (the lead, on batch 36's false alarms) left them so
# (precision, the lower of real and made-up: 97.35, 98.76, 97.74, 99.24, 92.27).
# Batch 37 (a new hand's grades far from their subjects; wholly held back; scored by the lead
# before round 39 and after rounds 39-40, figures only) then joined the tuning part: recall,
# the lower of real and made-up, 81.19, 83.01, 83.04, 77.96, 69.18; precision 97.41, 98.76,
# 97.74, 99.25, 91.57. Two floors were set afresh to them (summary-contradicts-question's
# recall 78 -> 77, previous-grade-statement's precision 92 -> 91): a harder yardstick joining
# the tuning part, not a change of the grammar. Round 41 (the lead, on batch 37's failures
# and the past tense) and then batch 38 (a new hand's past-tense letters and summaries; wholly
# held back; scored by the lead before and after round 41, figures only) joining the tuning
# part left recall, the lower of real and made-up, at 81.39, 83.23, 83.31, 78.24, 69.12 and
# precision at 97.36, 98.76, 97.74, 99.32, 91.74: summary-contradicts-question's recall
# floor back to 78. Rounds 42-44 (the lead, on batch 38's failures and the tuning part's
# year-on-year sentences and relative clauses) raised them to their figures (recall, the
# lower of real and made-up: 82.54, 84.39, 84.61, 79.77, 69.38; precision 97.88, 98.76,
# 97.74, 99.41, 91.76), and round 45 left them so. Batch 39 (a new hand's lists of areas and
# bodies; wholly held back; scored by the lead before round 41 and after rounds 41-45,
# figures only) then joined the tuning part: recall, the lower of real and made-up, 82.76,
# 84.55, 84.84, 79.91, 68.74; precision 97.63, 98.76, 97.74, 99.38, 91.24;
# previous-grade-statement's recall floor set afresh to it (69 -> 68).
# Round 46 (the lead, on batch 39's failures) raised them (recall 83.09, 84.86, 85.07,
# 80.16, 69.12; precision 97.91, 98.76, 97.74, 99.42, 91.28). Batch 40 (a new hand's
# comparisons and lists; wholly held back; scored by the lead before and after round 46,
# figures only) then joined the tuning part: recall, the lower of real and made-up, 82.71,
# 84.50, 84.69, 79.67, 68.93; precision 97.81, 98.76, 97.74, 99.36, 90.73;
# previous-grade-statement's precision floor set afresh to it (91 -> 90).
# Round 47 (the lead, on batch 40's failures) and then batch 41 (a new hand's fire and rescue
# frames; wholly held back; scored by the lead before round 46 and after rounds 46-47,
# figures only) joining the tuning part left recall, the lower of real and made-up, at
# 82.94, 84.67, 84.78, 79.92, 68.90 and precision at 97.65, 98.76, 97.74, 99.34, 90.57.
# Rounds 48-49 (the lead, on batch 41's failures and the tuning part's false alarms about
# someone else) raised them to their figures (recall 82.96, 84.71, 84.83, 79.95, 68.90;
# precision 98.12, 98.76, 97.74, 99.41, 92.01): narrative-contradicts-grade's precision floor
# 97 -> 98, previous-grade-statement's 90 -> 92. Batch 43 (a new hand's narrative bodies;
# wholly held back; scored by the lead before round 48 and after rounds 48-49, figures only)
# then joined the tuning part: recall, the lower of real and made-up, 83.11, 84.85, 84.97,
# 80.08, 68.88; precision 98.03, 98.76, 97.74, 99.42, 92.82; the floors hold. Round 50
# (the lead, on batch 43's false alarms) and then batch 45 (a new hand's year-on-year
# sentences; wholly held back; scored by the lead before and after round 50, figures only)
# joining the tuning part left recall, the lower of real and made-up, at 82.85, 84.60,
# 84.75, 79.84, 67.97 and precision at 98.12, 98.76, 97.74, 99.43, 91.18:
# previous-grade-statement's floors set afresh to them (92 -> 91, 68 -> 67), a harder
# yardstick joining the tuning part, not a change of the grammar. Round 51 (the lead, on
# batch 45's false alarms of previous-grade-statement) and then batch 44 (a new hand's
# narrative bodies; wholly held back; scored by the lead before round 50 and after rounds
# 50-51, figures only) joining the tuning part left recall, the lower of real and made-up,
# at 82.72, 84.49, 84.62, 79.70, 67.93 and precision at 97.97, 98.76, 97.74, 99.44, 92.26:
# narrative-contradicts-grade's precision floor set afresh to it (98 -> 97). Round 52 (the
# lead, on batch 44's false alarms) and then batch 47 (a new hand's summaries naming areas
# by topic; wholly held back; scored by the lead before and after round 52, figures only)
# joining the tuning part left recall, the lower of real and made-up, at 82.71, 84.53,
# 84.68, 79.68, 67.68 and precision at 97.70, 98.76, 97.74, 99.38, 92.83; the floors hold.
# Rounds 53-55 (the lead, on batches 47's and 45's failures) and then batches 46 (a new
# hand's year-on-year sentences in varied frames) and 48 (a third hand's narrative bodies),
# each wholly held back and scored by the lead before and after those rounds, figures only,
# joining the tuning part left recall, the lower of real and made-up, at 82.31, 84.17,
# 84.28, 79.16, 66.73 and precision at 97.54, 98.72, 97.74, 99.34, 92.01:
# previous-grade-statement's recall floor set afresh to it (67 -> 66), a harder yardstick
# joining the tuning part, not a change of the grammar. Rounds 55-60 (the lead, on batches
# 45's, 46's and 48's failures) left recall at 82.51, 84.34, 84.44, 79.35, 68.88 and
# precision at 97.81, 98.74, 97.74, 99.37, 94.25: previous-grade-statement's floors raised
# to hold the rounds' gain (91 -> 94, 66 -> 68). Round 61 (the lead, on a class of the
# tuning part's misses) and then batches 49 (a fourth hand's narrative bodies) and 50 (a new
# hand's year-on-year sentences in varied frames), each wholly held back and scored by the
# lead before round 55 and after round 61, figures only, joining the tuning part left
# recall, the lower of real and made-up, at 82.32, 84.07, 84.18, 79.19, 68.14 and precision
# at 97.49, 98.68, 97.74, 99.36, 93.57: previous-grade-statement's precision floor set
# afresh to it (94 -> 93), a harder yardstick joining, not a change of the grammar. Rounds
# 62-65 (the lead, on batches 49's and 50's failures and the tuning part's) left recall at
# 82.95, 84.64, 84.72, 79.78, 69.08 and precision at 97.76, 98.75, 97.74, 99.36, 93.97:
# previous-grade-statement's recall floor raised to hold the rounds' gain (68 -> 69). Round
# 66 left recall at 83.09, 84.75, 84.86, 79.90, 69.17 and precision at 97.76, 98.75, 97.74,
# 99.36, 93.98: narrative-contradicts-grade's recall floor raised to hold it (82 -> 83).
# Round 67 (the lead, on a class of the tuning part's failures) and then batches 51 (a fifth
# hand's narrative bodies) and 52 (a new hand's year-on-year sentences in varied frames),
# each wholly held back and scored by the lead after rounds 61, 66 and 67, figures only,
# joining the tuning part left recall, the lower of real and made-up, at 83.16, 84.76,
# 84.85, 79.95, 68.64 and precision at 97.19, 98.66, 97.74, 99.39, 93.22:
# previous-grade-statement's recall floor set afresh to it (69 -> 68), a harder yardstick
# joining, not a change of the grammar. Rounds 68-71 (the lead, on batches 51's and 52's
# failures and the tuning part's) left recall at 83.45, 85.00 (84.996), 85.08, 80.20, 69.11
# and precision at 97.26, 98.68, 97.74, 99.39, 93.56: the recall floors of
# summary-states-overall-grade (84 -> 85), summary-contradicts-question (79 -> 80) and
# previous-grade-statement (68 -> 69) raised to hold the rounds' gain. Round 72 left recall
# at 83.51, 85.04, 85.13, 80.25, 69.11 and precision at 97.27, 98.68, 97.74, 99.39, 93.56:
# narrative-states-grade's recall floor raised to hold it (84 -> 85). Round 73 (the lead,
# on a class of the tuning part's false alarms) and then batches 53 (a sixth hand's
# narrative bodies) and 54 (a new hand's year-on-year sentences), each wholly held back and
# scored by the lead after rounds 67 and 73, figures only, joining the tuning part left
# recall, the lower of real and made-up, at 83.43, 84.95, 85.04, 80.18, 67.98 and precision
# at 96.85, 98.55, 97.74, 99.38, 93.12: narrative-contradicts-grade's precision floor
# (97 -> 96) and the recall floors of narrative-states-grade (85 -> 84) and
# previous-grade-statement (69 -> 67) set afresh to it, harder yardsticks joining, not a
# change of the grammar. Rounds 74-77 (the lead, on batches 53's and 54's failures and the
# tuning part's) left recall at 83.47, 84.98, 85.08, 80.23, 69.71 and precision at 96.85,
# 98.55, 97.74, 99.38, 93.55: previous-grade-statement's recall floor raised to hold the
# rounds' gain (67 -> 69). Round 78 (the lead, on a class of the tuning part's misses) and
# then batches 55 (a seventh hand's narrative bodies) and 56 (a new hand's year-on-year
# sentences), each wholly held back and scored by the lead after rounds 73-78, figures only,
# joining the tuning part left recall, the lower of real and made-up, at 83.27, 84.83,
# 84.97, 80.12, 69.44 and precision at 96.39, 98.47, 97.74, 99.32, 92.34:
# summary-states-overall-grade's recall floor (85 -> 84) and previous-grade-statement's
# precision floor (93 -> 92) set afresh to it, harder yardsticks joining, not a change of
# the grammar. Round 79 changed the yardstick, not the grammar: a sentence stating an earlier
# grade with no change is scored only in drafts keeping that earlier grade (a draft whose
# previous_grade differs holds a contradiction the rule may rightly report), which took
# previous-grade-statement's precision to 93.08: its floor back to 93. Rounds 80-81 (the
# lead, on batches 55's and 56's failures and the tuning part's) left recall at 83.34,
# 84.89, 85.02, 80.19, 70.11 and precision at 96.39, 98.47, 97.74, 99.32, 93.14: the recall
# floors of summary-states-overall-grade (84 -> 85) and previous-grade-statement (69 -> 70)
# raised to hold the rounds' gain. Rounds 82-83 (the lead, on classes of the tuning part's
# misses) and then batches 57 (an eighth hand's narrative bodies) and 58 (a new hand's
# year-on-year sentences), each wholly held back and scored by the lead after rounds 78-83,
# figures only, joining the tuning part left recall, the lower of real and made-up, at
# 83.31, 84.90, 85.05, 80.35, 69.41 and precision at 95.96, 98.39, 97.74, 99.29, 92.72:
# narrative-contradicts-grade's precision floor (96 -> 95) and previous-grade-statement's
# (93 -> 92) and its recall floor (70 -> 69) set afresh to it, harder yardsticks joining,
# not a change of the grammar. Rounds 84-86 (the lead, on batches 57's and 58's failures and
# the tuning part's) left recall at 83.60, 85.13, 85.29, 80.70, 70.03 and precision at 96.10,
# 98.43, 97.74, 99.35, 93.01: narrative-contradicts-grade's precision floor (95 -> 96),
# narrative-states-grade's recall floor (84 -> 85) and previous-grade-statement's floors
# (92 -> 93, 69 -> 70) raised to hold the rounds' gain. Rounds 87-88 (the lead, on classes
# of the tuning part's misses) and then batches 59 (a ninth hand's narrative bodies) and 60
# (a new hand's year-on-year sentences), each wholly held back and scored by the lead after
# rounds 83-88, figures only, joining the tuning part left recall, the lower of real and
# made-up, at 83.60, 85.16, 85.39, 80.80, 70.28 and precision at 95.84, 98.38, 97.74, 99.26,
# 91.62: narrative-contradicts-grade's precision floor (96 -> 95) and
# previous-grade-statement's (93 -> 91) set afresh to it, harder yardsticks joining, not a
# change of the grammar. Rounds 89-91 (the lead, on batches 59's and 60's failures) and then
# batches 61 (a tenth hand's narrative bodies) and 62 (a new hand's year-on-year sentences),
# each wholly held back and scored by the lead after rounds 88-91, figures only, joining the
# tuning part left recall at 83.56, 85.11, 85.24, 80.85, 70.40 and precision at 95.55, 98.35,
# 97.74, 99.24, 91.07: every floor held, none moved. Rounds 92-93 (the lead, on batches 61's
# and 62's failures) left recall at 83.82, 85.33, 85.45, 81.08, 71.73 and precision at 95.81,
# 98.39, 97.74, 99.26, 91.41: summary-contradicts-question's recall floor (80 -> 81) and
# previous-grade-statement's (70 -> 71) raised to hold the rounds' gain. Round 94 (the lead,
# on the tuning part's failures) and then batches 63 (an eleventh hand's narrative bodies)
# and 64 (a new hand's year-on-year sentences), each wholly held back and scored by the lead
# after rounds 91-94, figures only, joining the tuning part left recall at 83.89, 85.40,
# 85.49, 81.28, 71.80 and precision at 95.87, 98.44, 97.74, 99.34, 90.84:
# previous-grade-statement's precision floor (91 -> 90) set afresh to it, a harder yardstick
# joining, not a change of the grammar. Round 95 (the lead, on batches 63's and 64's
# failures) left recall at 84.03, 85.52, 85.59, 81.46, 72.15 and precision at 95.88, 98.44,
# 97.74, 99.34, 91.35: previous-grade-statement's precision floor raised back (90 -> 91) and
# its recall floor raised (71 -> 72) to hold the round's gain. Rounds 96-98 (the lead) and
# then batches 65 (a new hand's narrative bodies) and 66 (a new hand's year-on-year
# sentences), each wholly held back and scored by the lead after rounds 93-98, figures only,
# joining the tuning part left recall at 84.07, 85.55, 85.60, 81.67, 71.81 and precision at
# 95.68, 98.41, 97.74, 99.36, 90.22: previous-grade-statement's floors (91 -> 90, 72 -> 71)
# set afresh to them, a harder yardstick joining, not a change of the grammar. Rounds 99-101
# (the lead) and then batches 67 (a new hand's narrative bodies) and 68 (a new hand's
# year-on-year sentences), wholly held back and scored after rounds 98-101, figures only,
# joining the tuning part left recall at 84.34, 85.74, 85.75, 82.03, 72.33 and precision at
# 95.73, 98.39, 97.74, 99.38, 90.15: previous-grade-statement's recall floor raised back
# (71 -> 72) to hold the rounds' gain. Rounds 102-107 (the lead) and then batches 69 (a new
# hand's narrative bodies) and 70 (a new hand's year-on-year sentences), wholly held back and
# scored after rounds 100-107, figures only, joining the tuning part left recall at 84.97,
# 86.34, 86.34, 82.70, 72.90 and precision at 95.78, 98.43, 97.74, 99.40, 89.24:
# previous-grade-statement's precision floor (90 -> 89) set afresh to it, a harder yardstick
# joining (batch 70's precision there was 72), not a change of the grammar. Rounds 108-110
# (the lead) and then batches 71 (a new hand's narrative bodies) and 72 (a new hand's
# year-on-year sentences), wholly held back and scored after rounds 107-110, figures only,
# joining the tuning part left recall at 84.97, 86.36, 86.32, 82.67, 73.56 and precision at
# 95.86, 98.44, 97.74, 99.35, 89.68: every floor held, none set afresh. Rounds 111-119 (the
# lead) and then batches 73 (a new hand's narrative bodies) and 74 (a new hand's year-on-year
# sentences), wholly held back and scored after rounds 110-119, figures only, joining the
# tuning part left recall at 85.11, 86.47, 86.45, 82.83, 74.44 and precision at 95.89, 98.46,
# 97.74, 99.35, 90.40: every floor held, none set afresh.
FLOORS: dict[str, tuple[float, float]] = {
    "narrative-contradicts-grade": (95, 83),
    "narrative-states-grade": (98, 85),
    "summary-states-overall-grade": (97, 85),
    "summary-contradicts-question": (99, 81),
    "previous-grade-statement": (89, 72),
}


@pytest.fixture(scope="module")
def tuning() -> judgments.Scores:
    return judgments.score(judgments.tuning_part())


# How many ids each held-back part holds: a quarter of sentences.yaml, half of batch2.yaml,
# then all of each later batch (batchN.yaml for held-back-N).
HELD_BACK_SIZES = {
    "held-back": 136,
    "held-back-2": 92,
    "held-back-3": 267,
    "held-back-4": 232,
    "held-back-5": 235,
    "held-back-6": 253,
    "held-back-7": 219,
    "held-back-8": 240,
    "held-back-9": 260,
    "held-back-10": 248,
    "held-back-11": 305,
    "held-back-12": 373,
    "held-back-13": 283,
    "held-back-14": 285,
    "held-back-15": 195,
    "held-back-16": 275,
    "held-back-17": 269,
    "held-back-18": 219,
    "held-back-19": 239,
    "held-back-20": 240,
    "held-back-21": 261,
    "held-back-22": 247,
    "held-back-23": 227,
    "held-back-24": 264,
    "held-back-25": 229,
    "held-back-26": 228,
    "held-back-27": 248,
    "held-back-28": 232,
    "held-back-29": 263,
    "held-back-30": 177,
    "held-back-31": 194,
    "held-back-32": 185,
    "held-back-33": 210,
    "held-back-34": 217,
    "held-back-35": 207,
    "held-back-36": 213,
    "held-back-37": 215,
    "held-back-38": 207,
    "held-back-39": 215,
    "held-back-40": 209,
    "held-back-41": 214,
    "held-back-42": 205,
    "held-back-43": 217,
    "held-back-44": 214,
    "held-back-45": 216,
    "held-back-46": 220,
    "held-back-47": 220,
    "held-back-48": 210,
    "held-back-49": 211,
    "held-back-50": 220,
    "held-back-51": 213,
    "held-back-52": 215,
    "held-back-53": 208,
    "held-back-54": 211,
    "held-back-55": 208,
    "held-back-56": 215,
    "held-back-57": 214,
    "held-back-58": 214,
    "held-back-59": 215,
    "held-back-60": 215,
    "held-back-61": 212,
    "held-back-62": 213,
    "held-back-63": 213,
    "held-back-64": 210,
    "held-back-65": 211,
    "held-back-66": 210,
    "held-back-67": 210,
    "held-back-68": 215,
    "held-back-69": 213,
    "held-back-70": 212,
    "held-back-71": 206,
    "held-back-72": 212,
    "held-back-73": 210,
    "held-back-74": 209,
    "held-back-75": 210,
    "held-back-76": 210,
}


def test_the_corpus_is_split_as_labelled() -> None:
    ids = {s["id"] for s in judgments.sentences()}
    assert list(judgments.SPLITS) == list(HELD_BACK_SIZES)
    parts: dict[str, set[str]] = {}
    for part, size in HELD_BACK_SIZES.items():
        held = judgments.held_back(part)
        assert held <= ids, part
        assert not held & set().union(*parts.values()), part  # no id in two parts
        assert len(held) == size, part
        parts[part] = held
    # batches 3-28 were scored (rounds 3-30; batches 9-12 before and after rounds 10, 11, 12
    # and 14, batch 13 before round 16, batch 14 before and after it, batch 15 after rounds
    # 16 and 17, batch 16 before and after round 17, batch 17 before and after round 18,
    # batch 18 before and after round 19, batch 19 before and after rounds 19 and 20, batch
    # 20 before round 19 and after rounds 21 and 22, batch 21 before round 19 and after
    # rounds 22 and 23, batch 22 before and after rounds 23 and 24, batch 23 before round 23
    # and after rounds 23-25, batch 24 before round 23 and after rounds 25 and 26, batch 25
    # before round 23 and after rounds 25-27, batch 26 before and after round 28, batch 27
    # before and after rounds 28 and 29, batch 28 before and after rounds 29 and 30, batch 29
    # before round 29 and after rounds 29-32, batch 30 before round 31 and after rounds
    # 31-33, batch 31 before round 31 and after rounds 31-34, batch 34 before and after
    # round 35, batch 35 before round 35 and after rounds 35-37, batch 33 before round 32 and
    # after rounds 34-38, batch 36 before and after round 39, batch 37 before round 39 and
    # after rounds 39-40, batch 38 before and after round 41, batch 39 before round 41 and
    # after rounds 41-45, batch 40 before and after round 46, batch 41 before round 46 and
    # after rounds 46-47, batch 43 before round 48 and after rounds 48-49, batch 45 before
    # and after round 50, batch 44 before round 50 and after rounds 50-51, batch 47 before
    # and after round 52, batch 46 before round 52 and after rounds 52-55, batch 48 before
    # round 53 and after rounds 53-55, batches 49 and 50 before round 55 and after rounds
    # 55-61, batches 51 and 52 after rounds 61, 66 and 67, batches 53 and 54 after rounds 67
    # and 73, batches 55 and 56 after rounds 73-78, batches 57 and 58 after rounds 78-83,
    # batches 59 and 60 after rounds 83-88, batches 61 and 62 after rounds 88-91, batches 63
    # and 64 after rounds 91-94, batches 65 and 66 after rounds 93-98, batches 67 and 68 after
    # rounds 98-101, batches 69 and 70 after rounds 100-107, batches 71 and 72 after rounds
    # 107-110, batches 73 and 74 after rounds 110-119) and are spent; batches 32, 42, 75 and 76
    # are held back (written during rounds 33 and 47 and after round 117 by hands who saw no
    # grammar, never scored but for figures)
    unspent = {
        "held-back",
        "held-back-2",
        "held-back-32",
        "held-back-42",
        "held-back-75",
        "held-back-76",
    }
    assert set(judgments.SPENT) == set(judgments.SPLITS) - unspent
    tuning = {s["id"] for s in judgments.tuning_part()}
    assert not tuning & set().union(*(parts[part] for part in unspent))
    assert set().union(*(parts[part] for part in judgments.SPENT)) <= tuning


def test_scores_on_the_tuning_part(tuning: judgments.Scores) -> None:
    # held-back figures are printed by `python -m tests.judgments --held-back`, not here
    print("\n" + tuning.table(["all", "real", "made-up"]))
    for rule, (precision, recall) in FLOORS.items():
        for origin in ("real", "made-up"):
            tally = tuning.tallies[(rule, origin)]
            # figures only: the failures are listed by `python -m tests.judgments --failures`
            # (with `--without batch7` while batch 7 is a validation set, round 8)
            figures = (rule, origin, tally.precision, tally.recall)
            assert (tally.precision or 0) * 100 >= precision, figures
            assert (tally.recall or 0) * 100 >= recall, figures


def test_a_stated_grade_agrees_with_a_rise_whose_earlier_grade_is_not_given() -> None:
    # "The service is now outstanding at it, an improvement of two grades": good after
    # requires improvement is a rise, but not to the grade the sentence states (round 14)
    scale = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    assert judgment_cases._year_pairs("up", None, "Outstanding", scale)[0] == (
        "Outstanding",
        "Requires improvement",
    )
    assert judgment_cases._year_pairs("up", None, None, scale)[0] == (
        "Good",
        "Requires improvement",
    )


def test_a_stated_grade_alone_agrees_with_a_change() -> None:
    # "It has improved by two grades, from inadequate to good": requires improvement after
    # inadequate is a rise, but not the one the sentence states
    scale = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    assert judgment_cases._year_pairs("up", "Inadequate", "Good", scale)[0] == (
        "Good",
        "Inadequate",
    )
    assert judgment_cases._year_pairs("up", "Inadequate", None, scale)[0] == (
        "Requires improvement",
        "Inadequate",
    )
    assert judgment_cases._year_pairs("down", "Outstanding", "Requires improvement", scale)[0] == (
        "Requires improvement",
        "Outstanding",
    )


def test_a_change_to_or_from_adequate_builds_no_year_case() -> None:
    # the rule's drafts grade a pillar (PEEL 2017's four grades): "judged adequate in 2022,
    # now requires improvement" has no draft to be read in; a sentence comparing no grade
    # still builds its cases, and so does one of four-grade grades (round 23)
    def year_cases(grade: str | None, previous: str | None, change: str | None) -> int:
        label = {"judges": "subject", "grade": grade, "previous_grade": previous}
        item = {
            "id": "j0",
            "text": "T",
            "label": label | {"change": change, "qualified": False},
            "report": {"programme": "PEEL", "cycle": "2023-25", "subject": "Kent Police"},
        }
        return len(list(judgment_cases._year_cases(item)))

    assert year_cases("requires improvement", "adequate", "down") == 0
    assert year_cases("adequate", "inadequate", "up") == 0
    assert year_cases("requires improvement", "good", "down") == 2
    assert year_cases(None, None, "different") == 2
    assert year_cases("adequate", None, None) == 3  # no comparison: it must not be reported


def test_an_earlier_grade_alone_is_scored_in_drafts_that_keep_it() -> None:
    # "In 2016 we judged it good", no change: a draft whose previous_grade is not Good
    # holds a contradiction the rule may rightly report, so no such draft is built (round 79)
    def previous_grades(previous: str | None) -> list[str | None]:
        label = {"judges": "none", "grade": None, "previous_grade": previous, "change": None}
        item = {
            "id": "j0",
            "text": "T",
            "label": label | {"qualified": False},
            "report": {"programme": "PEEL", "cycle": "2017", "subject": "Kent Police"},
        }
        cases = list(judgment_cases._year_cases(item))
        assert cases and not any(case.expect for case in cases)
        return [case.draft["overall"].get("previous_grade") for case in cases]

    assert previous_grades("good") == ["Good", "Good", "Good"]
    assert previous_grades("inadequate") == ["Inadequate"] * 3
    # with no earlier grade stated, or one off the drafts' scale, the drafts vary it
    assert previous_grades(None) == ["Good", "Requires improvement", "Good"]
    assert previous_grades("adequate") == ["Good", "Requires improvement", "Good"]
