"""Accuracy of the pair findings on the labelled evaluation set (tests/eval/).

All offers of the set go through the detector together, as in a real data root. A pair
labelled "same-offer" counts as found when it is reported as the same offer (duplicate-exact,
-same-provider, -near); one labelled "double-structure" when it is reported as
duplicate-structure; "distinct" pairs must be reported as neither. Precision and recall are
measured for each kind, on the development part and on the held-out part (every fourth pair
of each file, never looked at while tuning), and printed with `pytest -rA`.
generalisation_pairs.yaml was committed on its own before the detector was tuned on it, and
fresh_pairs.yaml after that tuning and before the tuned detector ran on it; docs/report.md
gives the detector's first look at each. blind_pairs.yaml was committed on its own before the
second round's tuning (on the held-out misses, which so lost their meaning as a test) and run
only once that tuning was finished: its figures, reported as the part "blind", are the
generalisation figure of that round. In the third round blind_pairs.yaml became ordinary
data (split like the others), and blind2_pairs.yaml, committed on its own before that round's
tuning, was the part "blind". In the fourth round blind2_pairs.yaml became ordinary data too,
and the part "blind" was blind3_pairs.yaml, committed on its own before that round's tuning and
run once after it. In the fifth round blind3_pairs.yaml became ordinary data as well, and the
part "blind" was blind4_pairs.yaml, committed on its own before that round's tuning and run
once after it. In the sixth round blind4_pairs.yaml became ordinary data as well, and the part
"blind" was blind5_pairs.yaml, committed on its own before that round's tuning and run once
after it. In the seventh round blind5_pairs.yaml became ordinary data as well, and the part
"blind" is blind6_pairs.yaml, written by someone else during that round and never looked at
while tuning: it is neither development nor held-out, and it joined FILES (so was run) only
once that tuning was finished. After its one run (same offer 1.00 / 0.375, double structure
0.875 / 0.438) general changes followed, made knowing its misses: a regular time is read
in one form however it is written (schedule_reading.py), and two district-wide entries at one
occasion serve one area (duplicate_score._one_occasion), and three kinds of help and two
short forms as data. So blind6_pairs.yaml is no longer
blind: in the eighth round it is ordinary data as well, and the part "blind" is
blind7_pairs.yaml, committed on its own before any of that round's tuning reached main, which
joined FILES (and was run) only once that tuning was finished: same offer 0.846 / 0.55,
double structure 1.00 / 0.60. Three general changes followed, made knowing its misses (one
provider's group at another regular time is the same format again; one provider's entries
linking one page of their own are one offer in neighbouring categories; a lasting workshop
at one venue run with a co-provider is one workshop in any job fields), so blind7 is no
longer blind either: it became ordinary data in the same round, and blind8_pairs.yaml, written
by someone else and committed on its own before the rest of the round's tuning reached main
(two kinds of help, from blind7's misses), is the part "blind", run once that tuning was
done: same offer 1.00 / 0.75, double structure 1.00 / 0.45. In the ninth round blind8_pairs.yaml
became ordinary data, and the round's general changes were made knowing its misses (a help
named in a title counts in any category; a school's own offer beside an outside one with one
kind of help; one special group's help twice in the whole district; one event at one venue
on the same days when a text names the other partner; one provider's page on the same
dates). blind10_pairs.yaml, written by someone else and committed on its own while that
tuning was under way (never read by the tuner), is the part "blind": run once after the
tuning, with a mechanical fix of its targets first (see its header): same offer 1.00 / 0.75,
double structure 1.00 / 0.40. In the tenth round blind11 to blind14 were written blind and
run once each after that round's tuning; in the eleventh round blind14_pairs.yaml became
ordinary data, and blind15_pairs.yaml, written by someone else and committed on its own
after part of that round's tuning had landed (the writer read neither the rules nor the
vocabularies), was the part "blind": same offer 1.00 / 0.70, double structure 1.00 / 0.85.
General changes followed, made knowing its misses (see docs/report.md, "Elfte Runde"), so
blind15 became ordinary data in the same round, and the part "blind" is blind16_pairs.yaml,
written by someone else while that tuning was under way and run once after it: same offer
0.867 / 0.65, double structure 1.00 / 0.50. In the twelfth round blind16_pairs.yaml became
ordinary data, and blind17_pairs.yaml, written by someone else while that round's tuning
was under way (the writer read neither the rules nor the vocabularies), was run once after
it: same offer 1.00 / 0.75, double structure 1.00 / 0.85 (0.90 once a town's block of the
grown set was no longer capped, blocking.MAX_BLOCK). General changes followed, made knowing
its misses (a school's list of the dates of a regular hour; two partners' entries pointing at
one registration page), so blind17 became ordinary data in the same round, and the part
"blind" was blind18_pairs.yaml, written by someone else and run once after that round's
tuning: same offer 0.778 / 0.70, double structure 1.00 / 0.85. General changes followed,
made knowing its misses (other language levels and certificates complement each other; other
help in one house at one hour; a named partner's entry without hours at its venue; entries
pointing at one contact), so blind18 became ordinary data in the same round too, and the
part "blind" is blind19_pairs.yaml, written by someone else while that tuning was under way
and run once after it: same offer 0.947 / 0.90, double structure 1.00 / 0.75. Changes made
knowing its misses followed (lessons read by the clock times beside them, a named partner
on the same weekdays at one venue, one class band inside the other's), so blind19 became
ordinary data as well, and the part "blind" is blind20_pairs.yaml, written by someone else
while that tuning was under way and run once after it: same offer 1.00 / 0.95, double
structure 1.00 / 0.85. Two changes made knowing its misses followed (two exchanges on the
net are not parted by the sectors they list; "Praktikumsfinder"), so blind20 became
ordinary data as well, and the part "blind" is blind21_pairs.yaml, written by someone else
while that tuning was under way and run once after it: same offer 1.00 / 1.00, double
structure 1.00 / 0.70 (with blocking.MAX_BLOCK 300: with blind21 in the pool a town's block
grew to 204 offers; blind21's own figures are the same at 200). In the thirteenth round
blind21_pairs.yaml became ordinary data, and the part "blind" is blind22_pairs.yaml, written
by someone else at the start of that round (the writer read neither the rules, nor the
vocabularies, nor the history) and committed on its own, was run once after that round's
first tuning: same offer 1.00 / 1.00, double structure 1.00 / 0.75. Changes made knowing its
misses followed (a year that offers the school certificate is for those without one too;
"Deutschland" is no subject Deutsch; visits to firms as a kind of help), so blind22 became
ordinary data as well, and the part "blind" is blind23_pairs.yaml, written by someone else
while the round's first tuning was under way, was run once after the second: same offer
1.00 / 0.95, double structure 0.947 / 0.90. Changes made knowing its misses followed (each
chamber's sector, vocabularies.yaml `sectors`: the EQ in IHK occupations beside the EQ in the
crafts; "Jugendsozialarbeit an der Hauptschule" is social work at a school), so blind23
became ordinary data as well, and the part "blind" is blind24_pairs.yaml, written by someone
else while that tuning was under way, was run once after it: same offer 0.95 / 0.95, double
structure 1.00 / 0.65. Changes made knowing its misses followed (the Berufskolleg's year
beside a certificate course of another Rechtskreis, `abschluss-und-vorbereitung`; "Schnuppern",
"in die Betriebe", "Abschluss-Kurs"), so blind24 became ordinary data as well, and the part
"blind" is blind25_pairs.yaml, written by someone else while that tuning was under way and
run once after it: same offer 1.00 / 0.95, double structure 1.00 / 0.85. A change made knowing
its misses followed (subjects a summary names beside a help the title names are means, not
fields; "ohne Schulabschluss" beside another situation is for all), so blind25 became
ordinary data as well, and the part "blind" is blind26_pairs.yaml, written by someone else
while those changes were made and run once after them: same offer 1.00 / 0.95, double
structure 1.00 / 0.80. Three words from its misses followed ("Zweite Chance", "morgens
aufstehen", "Anschluss-Coaching"), so blind26 became ordinary data as well, and the part
"blind" is blind27_pairs.yaml, written by someone else meanwhile and run once after them:
same offer 0.944 / 0.85, double structure 1.00 / 0.75. In the fourteenth round
blind27_pairs.yaml became ordinary data, and the round's changes were made knowing its misses
(the ages of young people after school part them; one provider's help at the very same hours
is one offer in any two categories; lessons joined by "+"; counselling parents includes
refugee parents; a wider lexicon of the kinds of help, outreach work and introductions for
StuBOs as kinds of help). blind28_pairs.yaml, written by someone else at the start of that
round and committed on its own, was run once after those changes: same offer 1.00 / 0.80,
double structure 0.941 / 0.80. Changes made knowing its misses followed ("täglich" and
"14-tägig" read; one provider's entry again under one title; a school's notice of a named
partner's exchange on the net; the Einstiegsqualifizierung, youth workshops and events only
for teachers as kinds of help), so blind28 became ordinary data as well, and the part
"blind" is blind29_pairs.yaml, written by someone else at the start of that round and run
once after those changes: same offer 0.947 / 0.90, double structure 0.941 / 0.80. Changes
made knowing its misses followed (a school's notice of a named partner's chat counselling;
words for placement and activation), with a review's corrections, so blind29 became ordinary
data as well, and the part "blind" is blind30_pairs.yaml, written by someone else while
those changes were made and run once after them: same offer 1.00 / 0.90, double structure
0.944 / 0.85. Changes made knowing its misses followed (first-generation students as a kind
of help; "festen Rhythmus", "was willst du mal werden"), so blind30 became ordinary data as
well, and the part "blind" is blind31_pairs.yaml, written by someone else meanwhile and run
once after them: same offer 1.00 / 0.85, double structure 0.95 / 0.95 (the bar, for the
first time on a blind file). No change followed; blind31 became ordinary data, and the part
"blind" is blind32_pairs.yaml, written by someone else then and run once on the same rules:
same offer 0.90 / 0.90, double structure 0.889 / 0.80 (with blocking.MAX_BLOCK 400: with
blind32 in the pool the neighbourhood block "begleitung" after school in Lindenau grew to 309
offers, and capped it cost development and held-out pairs; blind32's own figures are the
same at 300). In the fifteenth round blind32_pairs.yaml became ordinary data, and the round's
changes were made knowing its misses (metal and electrical work are two job fields; an entry
pointing at the other partner's offer by its contact or as co-provider of an exchange on the
net; a special group's help on a school's practicum dates; words and categories of four kinds
of help; one provider's programme under its abbreviation). The part "blind" is
blind33_pairs.yaml, written by someone else at the start of that round and committed on its
own, run once after those changes: same offer 0.894 / 0.85, double structure 0.941 / 0.80.
Changes made knowing its misses followed (a school's learning help in a partner's house on
its weekdays; two trades beside a field both name; a step between language levels; the
Förderschule beside the same special group; one provider's copies need alike titles; a
renamed entry; words for first-generation students and workshops), so blind33 became
ordinary data as well, and the part "blind" is blind34_pairs.yaml, written by someone else
at the start of that round and run once after them: same offer 1.00 / 0.95 (the bar),
double structure 1.00 / 0.90. Changes made knowing its misses followed (counselling on
addiction, fairs held at a place as kinds of help; adults one offer invites besides do not
make other young people), so blind34 became ordinary data as well, and the part "blind" is
blind35_pairs.yaml, written by someone else meanwhile and run once after them: same offer
0.95 / 0.95 (the bar), double structure 0.9375 / 0.75. Changes made knowing its misses
followed (words for school refusal, technology for girls, help to find a placement; a start
in the firm as a kind of help), so blind35 became ordinary data as well, and the part
"blind" is blind36_pairs.yaml, written by someone else meanwhile and run once after them:
same offer 0.894 / 0.85, double structure 1.00 / 1.00 (the bar). Changes made knowing its
misses followed (an offer about many fields beside one about other fields; a school's notice
of a named partner's day), so blind36 became ordinary data as well, and the part "blind" is
blind37_pairs.yaml, written by someone else meanwhile and run once after them: same offer
0.947 / 0.90, double structure 1.00 / 0.85. No change followed; blind37 became ordinary data,
and the part "blind" is blind38_pairs.yaml, written by someone else then and run once on the
same rules, a second sample of them: same offer 1.00 / 0.80, double structure 0.9375 / 0.75.
In the sixteenth round blind37 and blind38 became ordinary data and their misses were looked
at (a Förderschule's pupils are the group with a disability; recognition of foreign
certificates; social learning in the class; words of partners' names name no help by a part).
Then blind files ran four at a time, each group once on the rules as they stood, and became
ordinary data before the changes made knowing its misses: blind39-42 (pooled: same offer
0.974 / 0.95, double structure 1.00 / 0.89), blind43-46 (1.00 / 0.925, 0.973 / 0.90),
blind47-50 (0.987 / 0.975, 0.986 / 0.8875). The part "blind" is blind51-54 as a whole
(BLIND), written by others meanwhile and run once on the round's final rules: same offer
0.974 / 0.925, double structure 1.00 / 0.90 (blocking.MAX_BLOCK 600: with them the set's
block "begleitung" after school in Lindenau grew to 537 offers). A review followed, whose
narrower words and rules (a move needs other venues and one help; a schedule by appointment
names no hour; help words that stand in ordinary texts) leave the blind part at 0.974 /
0.9375 and 1.00 / 0.90.
In the seventeenth round blind51-54 became ordinary data and their misses were looked at
(the even and the odd calendar weeks; a new entry that keeps the old hour; a school's offer
beside an outside one in the same category with one kind of help). Then blind55-58 and
blind59-62 ran as groups, each once on the rules as they stood, and became ordinary data
before the changes made knowing its misses (blind55-58: same offer 0.949 / 0.925, double
structure 0.986 / 0.875; blind59-62, with the set run as districts of eight files: 0.987 /
0.9625 and 1.00 / 0.95), blind63-66 (0.964 / 1.00 and 1.00 / 0.8625). The part "blind" is
blind67-70 (BLIND), written by others meanwhile and run once on the round's final rules:
same offer 0.973 / 0.90, double structure 0.986 / 0.8875.
In the eighteenth round blind67-70 became ordinary data and their misses were looked at (a
new name in the old room at the old hour; "bisher unter dem Namen"; verbs split around their
objects, "wir probieren Berufe aus"; words of six kinds of help). The part "blind" is
blind71-74, written by others meanwhile and run once on those rules: same offer 0.987 /
0.95, double structure 1.00 / 0.8875. They became ordinary data before their misses were
looked at (compounds written with hyphens, "Test-Training"; a split verb inflected or before
"und"; schedules by appointment are no other time; "ohne Anfahrt nach Lindenau" is no help
at a distance). Then blind75-78 ran once on those rules (same offer 0.974 / 0.95, double
structure 0.987 / 0.9375) and became ordinary data before their misses were looked at
(German learning is help for newcomers; a school's notice of the district's "Online-Portal
vom Kreis"; a till and a shop window are trade). Then blind79-82 ran once on those rules
(same offer 0.974 / 0.925, double structure 0.973 / 0.9125) and became ordinary data before
their misses were looked at (a monthly entry into a course is no monthly meeting; two
partners' entries at one venue on the same days giving one help are one event; other school
subjects within one trade; "Die Börse wird vom Kreis betrieben"). The part "blind" is
blind83-86 (BLIND), written by others meanwhile and run once on the round's final rules:
same offer 1.00 / 0.975, double structure 1.00 / 0.90.
In the nineteenth round blind83-86 became ordinary data and their misses were looked at (two
partners' events for one year group meet it in any season; words of seven kinds of help).
Then blind87, 88, 90 and 91, written by others meanwhile, ran once on those rules
(ec83bc9: same offer 0.987 / 0.95, double structure 0.987 / 0.925) and became ordinary data
before their misses were looked at (exam practice, "Berufsorientierungstag", "Praxisklasse",
nail care is no nursing). Then blind89, 92, 93 and 94 ran once on those rules (c9066f3:
same offer 1.00 / 0.9875, double structure 0.987 / 0.925) and became ordinary data before
their misses were looked at (two titles naming other occupations; "A2/B1"; taster days).
Then blind95-98 ran once on those rules (e71552f: same offer 1.00 / 0.9375, double structure
0.986 / 0.8875) and became ordinary data before their misses were looked at ("Prüfung als
Externe", "Lehrstellenlotse", "ein Jahr im Betrieb"). The part "blind" is blind99-102
(BLIND), written by others meanwhile and run once on the round's final rules (0dab979): same
offer 0.963 / 0.9875, double structure 1.00 / 0.925.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.analyse.duplicate_score import Names
from generator.analyse.duplicates import DOUBLE_STRUCTURE, SAME_OFFER, find_duplicates
from generator.analyse.pair_rules import PairRules, Provider
from generator.load.vocabularies import default_vocabularies
from generator.model.offer import Offer

EVAL = Path(__file__).parent / "eval"
FILES = ("duplicate_pairs.yaml", "structure_pairs.yaml", "generalisation_pairs.yaml",
         "fresh_pairs.yaml", "blind_pairs.yaml", "blind2_pairs.yaml", "blind3_pairs.yaml",
         "blind4_pairs.yaml", "blind5_pairs.yaml", "blind6_pairs.yaml", "blind7_pairs.yaml",
         "blind8_pairs.yaml", "blind10_pairs.yaml", "blind11_pairs.yaml",
         "blind12_pairs.yaml", "blind13_pairs.yaml", "blind14_pairs.yaml",
         "blind15_pairs.yaml", "blind16_pairs.yaml", "blind17_pairs.yaml",
         "blind18_pairs.yaml", "blind19_pairs.yaml", "blind20_pairs.yaml",
         "blind21_pairs.yaml", "blind22_pairs.yaml", "blind23_pairs.yaml",
         "blind24_pairs.yaml", "blind25_pairs.yaml", "blind26_pairs.yaml",
         "blind27_pairs.yaml", "blind28_pairs.yaml", "blind29_pairs.yaml",
         "blind30_pairs.yaml", "blind31_pairs.yaml", "blind32_pairs.yaml",
         "blind33_pairs.yaml", "blind34_pairs.yaml", "blind35_pairs.yaml",
         "blind36_pairs.yaml", "blind37_pairs.yaml", "blind38_pairs.yaml",
         "blind39_pairs.yaml", "blind40_pairs.yaml", "blind41_pairs.yaml",
         "blind42_pairs.yaml", "blind43_pairs.yaml", "blind44_pairs.yaml",
         "blind45_pairs.yaml", "blind46_pairs.yaml", "blind47_pairs.yaml",
         "blind48_pairs.yaml", "blind49_pairs.yaml", "blind50_pairs.yaml",
         "blind51_pairs.yaml", "blind52_pairs.yaml", "blind53_pairs.yaml",
         "blind54_pairs.yaml", "blind55_pairs.yaml", "blind56_pairs.yaml",
         "blind57_pairs.yaml", "blind58_pairs.yaml", "blind59_pairs.yaml",
         "blind60_pairs.yaml", "blind61_pairs.yaml", "blind62_pairs.yaml",
         "blind63_pairs.yaml", "blind64_pairs.yaml", "blind65_pairs.yaml",
         "blind66_pairs.yaml", "blind67_pairs.yaml", "blind68_pairs.yaml",
         "blind69_pairs.yaml", "blind70_pairs.yaml", "blind71_pairs.yaml",
         "blind72_pairs.yaml", "blind73_pairs.yaml", "blind74_pairs.yaml",
         "blind75_pairs.yaml", "blind76_pairs.yaml", "blind77_pairs.yaml",
         "blind78_pairs.yaml", "blind79_pairs.yaml", "blind80_pairs.yaml",
         "blind81_pairs.yaml", "blind82_pairs.yaml", "blind83_pairs.yaml",
         "blind84_pairs.yaml", "blind85_pairs.yaml", "blind86_pairs.yaml",
         "blind87_pairs.yaml", "blind88_pairs.yaml", "blind90_pairs.yaml",
         "blind91_pairs.yaml", "blind93_pairs.yaml", "blind94_pairs.yaml",
         "blind89_pairs.yaml", "blind92_pairs.yaml", "blind95_pairs.yaml",
         "blind96_pairs.yaml", "blind97_pairs.yaml", "blind98_pairs.yaml",
         "blind99_pairs.yaml", "blind100_pairs.yaml", "blind101_pairs.yaml",
         "blind102_pairs.yaml")
# The part "blind": the files run once, on the rules as they stand, after the round's tuning
# (one file of 20 pairs per kind moves recall by 0.05 a pair: several are measured together).
BLIND = ("blind99_pairs.yaml", "blind100_pairs.yaml", "blind101_pairs.yaml",
         "blind102_pairs.yaml")
PARTS = ("development", "held-out", "blind")
# Files per district when the set runs (reported_kinds): some 960 offers each.
DISTRICT_FILES = 8
TARGET_KEYS = ("classes", "school_leavers", "min_age", "max_age", "audiences", "situations",
               "school_forms")
KINDS = (SAME_OFFER, DOUBLE_STRUCTURE)
# The bar: precision and recall of at least 0.95 for each kind, on both parts.
BAR = 0.95
# Where a part stays below the bar, the test reports an expected failure with the figures
# reached, and fails as soon as the bar is reached so that the entry goes. It also fails when
# a change makes a part worse than the (precision, recall) recorded here, so that the
# expected failure cannot hide a regression. docs/report.md gives the figures.
BELOW_BAR: dict[tuple[str, str], tuple[float, float]] = {
    # Development and held-out reach the bar for both kinds again in the thirteenth round
    # (01.12.2026), with blind7 to blind21 as ordinary data; their remaining misses are in
    # docs/report.md ("Dreizehnte Runde").
    # The sixteenth round (01.12.2026) ran blind files four at a time, each group once on the
    # rules as they stood: blind39-42 (same offer pooled 0.974 / 0.95, double structure
    # 1.00 / 0.89), blind43-46 (1.00 / 0.925, 0.973 / 0.90), blind47-50 (0.987 / 0.975,
    # 0.986 / 0.8875), each made ordinary data before the next group's changes; blind51-54
    # is the part "blind", run once on the final rules (docs/report.md, "Sechzehnte Runde").
    # blind51-54's one run gave same offer 0.974 / 0.925, double structure 1.00 / 0.90; the
    # review's narrower words after it gave 0.974 / 0.9375. In the seventeenth round they
    # became ordinary data before their misses were looked at.
    # The seventeenth round (01.12.2026): blind55-58 (same offer 0.949 / 0.925, double
    # structure 0.986 / 0.875) and blind59-62 (0.987 / 0.9625 and 1.00 / 0.95, as districts)
    # ran once each and became ordinary data; blind63-66, the part "blind", ran once on the
    # round's rules (3d622c8): same offer 0.964 / 1.00 (the bar), double structure
    # 1.00 / 0.8625 (docs/report.md, "Siebzehnte Runde"). They became ordinary data before
    # their misses were looked at; the part "blind" is blind67-70, run once on the rules of
    # 543be9f: same offer 0.973 / 0.90, double structure 0.986 / 0.8875.
    # The eighteenth round (01.12.2026): blind67-70 became ordinary data before their misses
    # were looked at; the part "blind" is blind71-74, run once on the rules that followed:
    # same offer 0.987 / 0.95 (the bar), double structure 1.00 / 0.8875. They became
    # ordinary data before their misses were looked at; the part "blind" is blind75-78, run
    # once on the rules that followed: same offer 0.974 / 0.95 (the bar), double structure
    # 0.987 / 0.9375. They became ordinary data before their misses were looked at; the
    # part "blind" is blind79-82, run once on the rules that followed: same offer 0.974 /
    # 0.925, double structure 0.973 / 0.9125. They became ordinary data before their misses
    # were looked at; the part "blind" is blind83-86, run once on the round's final rules:
    # same offer 1.00 / 0.975 (the bar), double structure 1.00 / 0.90.
    # The nineteenth round (02.12.2026) looked at blind83-86's misses; with those rules they
    # reach the bar (no longer blind). The part "blind" is blind87, 88, 90 and 91, run once
    # on the rules that followed (ec83bc9): same offer 0.987 / 0.95 (the bar), double
    # structure 0.987 / 0.925. Their misses were looked at next; with those rules they
    # reach the bar (no longer blind). The part "blind" is blind89, 92, 93 and 94, run once
    # on the rules that followed (c9066f3): same offer 1.00 / 0.9875 (the bar), double
    # structure 0.987 / 0.925. Their misses were looked at next; with those rules they
    # reach the bar (no longer blind). Then blind95-98 ran once on the rules that followed
    # (e71552f): same offer 1.00 / 0.9375, double structure 0.986 / 0.8875, and became
    # ordinary data before their misses were looked at. The part "blind" is blind99-102,
    # run once on the round's final rules (0dab979): same offer 0.963 / 0.9875 (the bar),
    # double structure 1.00 / 0.925.
    (DOUBLE_STRUCTURE, "blind"): (1.0, 0.924),
    # blind38_pairs.yaml's one run, 01.12.2026, on the rules blind37 ran on: same offer
    # 1.00 / 0.80, double structure 0.9375 / 0.75.
    # First looks (same offer, then double structure, precision / recall): blind37 0.947 /
    # 0.90 and 1.00 / 0.85; blind36 0.894 /
    # 0.85 and 1.00 / 1.00; blind35 0.95 /
    # 0.95 and 0.9375 / 0.75; blind34 1.00 / 0.95 and 1.00 / 0.90; blind33 0.894 / 0.85 and
    # 0.941 / 0.80 (fifteenth round, each after the changes made knowing the file before);
    # blind32 0.90 / 0.90 and 0.889 / 0.80 on the rules blind31 ran on (blind31 1.00 / 0.85
    # and 0.95 / 0.95); blind28 1.00 / 0.80 and 0.941 / 0.80; blind29 0.947 / 0.90 and 0.941
    # / 0.80; blind30 1.00 / 0.90 and 0.944 / 0.85; blind27 0.944 / 0.85 and 1.00 / 0.75;
    # blind21 to blind26 same offer 0.95-1.00 / 0.95-1.00, double structure 0.947-1.00 /
    # 0.65-0.90.
}
# The fictional district the set is written for, as its network.yaml names it.
DISTRICT = {"05799004": "Lindenau", "05799008": "Bergheide", "05799012": "Eschenbrück",
            "05799016": "Mühlental", "05799020": "Rosenfeld", "05799024": "Weidenhof",
            "05799028": "Kleinsteinach", "05799032": "Auental"}


def eval_offer(offer_id: str, side: dict) -> Offer:
    """A partial offer of the set, completed with neutral values for the required fields."""
    target = {key: side[key] for key in TARGET_KEYS if side.get(key) is not None}
    target.setdefault("audiences", ["schueler"])
    data = {
        "id": offer_id, "provider": side["provider"], "title": side["title"].strip(),
        "summary": side["summary"].strip(), "category": side["category"], "target": target,
        "municipalities": side["municipalities"], "contact": f"{side['provider']}/kontakt",
        "last_reviewed": dt.date(2026, 9, 1), "legal_basis": side.get("legal_basis", []),
        "dates": [{"start": day} for day in side.get("dates", [])],
        "venues": side.get("venues", []),  # "partner/ort"
    }
    for key in ("description", "schedule"):
        if side.get(key):
            data[key] = side[key].strip()
    # what some pairs give beyond that (blind2_pairs.yaml): a link, the registration link,
    # the contact ("partner/kontakt"), further providers
    for key in ("url", "contact", "co_providers"):
        if side.get(key):
            data[key] = side[key]
    if side.get("registration_url"):
        data["registration"] = {"required": True, "url": side["registration_url"]}
    return Offer.model_validate(data)


def load_pairs() -> list[dict]:
    """All labelled pairs; each knows whether it is held out."""
    pairs = []
    for name in FILES:
        items = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
        pairs += [dict(item, held_out=i % 4 == 3, file=name) for i, item in enumerate(items)]
    return pairs


def eval_names() -> Names:
    vocabularies = default_vocabularies()
    providers = yaml.safe_load((EVAL / "providers.yaml").read_text(encoding="utf-8"))
    known = {pid: Provider(p["kind"], tuple(p["legal_bases"]), p["name"]) for pid, p in providers.items()}
    return Names(DISTRICT, {key: term.label for key, term in vocabularies.categories.items()},
                 tuple(term.label for term in vocabularies.school_forms.values()),
                 frozenset(pid for pid, p in providers.items() if p["kind"] == "schule"),
                 PairRules.of(vocabularies, known))


def reported_kinds(pairs: list[dict]) -> dict[tuple[str, str], str]:
    """The finding on each pair, with the set run as several districts (districts): each
    pair's two offers are in one district, among the offers of the files around it."""
    names, found = eval_names(), {}
    for district in districts(pairs):
        offers = []
        for item in district:
            offers += [eval_offer(f"{item['id']}-a", item["a"]),
                       eval_offer(f"{item['id']}-b", item["b"])]
        found.update({(p.a, p.b): p.kind for p in find_duplicates(offers, names, {}).pairs})
    return found


def districts(pairs: list[dict]) -> list[list[dict]]:
    """The pairs of DISTRICT_FILES files at a time (in the order of FILES), each a district
    of its own: a real district has hundreds of offers, not the thousands of the whole set,
    whose blocks would outgrow blocking.MAX_BLOCK (the set ran as one district until the
    seventeenth round, when its block "begleitung" in Lindenau grew to 643 offers)."""
    order = {name: i // DISTRICT_FILES for i, name in enumerate(FILES)}
    grouped: dict[int, list[dict]] = {}
    for item in pairs:
        grouped.setdefault(order[item["file"]], []).append(item)
    return list(grouped.values())


def measure(pairs: list[dict], found: dict, kind: str) -> tuple[float, float, list, list]:
    hits, missed, false = 0, [], []
    for item in pairs:
        reported = found.get((f"{item['id']}-a", f"{item['id']}-b"))
        if item["label"] == kind and reported == kind:
            hits += 1
        elif item["label"] == kind:
            missed.append(item["id"])
        elif reported == kind:
            false.append(item["id"])
    return hits / max(hits + len(false), 1), hits / max(hits + len(missed), 1), missed, false


@pytest.fixture(scope="module")
def evaluation():
    pairs = load_pairs()
    return pairs, reported_kinds(pairs)


def test_the_evaluation_set_is_big_enough(evaluation):
    pairs, _ = evaluation
    labels = [item["label"] for item in pairs]
    assert len(pairs) >= 681
    assert labels.count(SAME_OFFER) >= 225 and labels.count("distinct") >= 265
    assert labels.count(DOUBLE_STRUCTURE) >= 191
    if not blind_run():
        pytest.skip(f"{BLIND} are not run before the round's tuning is finished")
    blind = [item["label"] for item in pairs if item["file"] in BLIND]
    assert len(blind) >= 60 * len(BLIND) and blind.count(DOUBLE_STRUCTURE) >= 20 * len(BLIND)
    assert blind.count(SAME_OFFER) >= 20 * len(BLIND)
    assert blind.count("distinct") >= 20 * len(BLIND)


def blind_run() -> bool:
    """Whether the blind files are in the set (FILES) yet."""
    return set(BLIND) <= set(FILES)


def in_part(item: dict, part: str) -> bool:
    """development and held-out split every file but the blind ones (every fourth pair held
    out); blind is the files of BLIND as a whole."""
    if part == "blind" or item["file"] in BLIND:
        return part == "blind" and item["file"] in BLIND
    return item["held_out"] == (part == "held-out")


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("kind", KINDS)
def test_precision_and_recall_per_kind(evaluation, kind, part):
    if part == "blind" and not blind_run():
        pytest.skip(f"{BLIND} are not run before the round's tuning is finished")
    pairs, found = evaluation
    chosen = [p for p in pairs if in_part(p, part)]
    precision, recall, missed, false = measure(chosen, found, kind)
    reached = min(precision, recall) >= BAR
    figures = (f"{kind} ({part}, {len(chosen)} Paare): Präzision {precision:.3f}, "
               f"Trefferquote {recall:.3f} ({'erreicht' if reached else f'unter dem Ziel {BAR}'})"
               f"; übersehen: {missed}; fälschlich gemeldet: {false}")
    print(f"\n{figures}")
    if (kind, part) in BELOW_BAR:
        assert not reached, f"the bar is reached: remove {(kind, part)} from BELOW_BAR"
        floor_precision, floor_recall = BELOW_BAR[kind, part]
        assert round(precision, 3) >= floor_precision, f"worse than before: {figures}"
        assert round(recall, 3) >= floor_recall, f"worse than before: {figures}"
        pytest.xfail(figures)
    assert precision >= BAR, f"precision {precision:.3f}, false alarms: {false}"
    assert recall >= BAR, f"recall {recall:.3f}, missed: {missed}"
