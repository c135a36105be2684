"""The coaching corpus keeps its schema, its numbers and its split (tests/data/coaching/README.md)."""

from __future__ import annotations

import re
from collections import Counter

import coaching_corpus as cc
import pytest
import yaml
from coaching_corpus import CorpusError

# Minimums the first two parts (dev, heldout) were written to (issue 8, item 1).
MIN_WRITTEN = 72  # base answers other than the guide examples and the content-free ones
MIN_PITFALL_VARIANTS = 40
MIN_PER_FAULT = 6
MIN_HELDOUT_BASES = 35
FIRST_PARTS = ("dev", "heldout")  # split once at random; heldout reported once, then folded in
# Minimums the second held-out part (heldout2) was written to, by a writer who never read the rules.
FRESH = "heldout2"
MIN_WRITTEN_FRESH = 44
MIN_PITFALL_FRESH = 30
MIN_PER_FAULT_FRESH = 5
CONTENT_FREE_FRESH = 2
# Where a seeded fault makes sense (README, "Seeded faults"): blame in a failure story, a story
# off the prompt where the prompt names an event (a miss, a failure, going beyond the role).
# Checks the fresh written answers hold both ways unseeded, so a check is tested on both sides.
BOTH_SIDES = (
    "metric_in_result",
    "learning",
    "mechanism",
    "long_setup",
    "we_heavy",
    "addresses_prompt",
)
FAULT_PROMPTS_FRESH = {
    "blame": {"failure"},
    "off_prompt": {"deadline", "failure", "above-and-beyond"},
}
GUIDE_STYLE = "guide-example"
EMPTY_STYLE = "content-free"
ENGINEERING_DOMAINS = {"backend", "mobile", "data", "sre", "security"}
FRESH_ENGINEERING_DOMAINS = ENGINEERING_DOMAINS | {"ml"}
# The third, fourth and fifth held-out parts (heldout3, heldout4, heldout5), each written when
# the part before it was folded into development, by a writer who never read the rules; the
# minimums they were written to. heldout3, heldout4 and heldout5 were reported on and folded in.
THIRD = "heldout3"
FOURTH = "heldout4"
FIFTH = "heldout5"
# Written when heldout5 was reported on, by a writer who never read the rules, to the same
# minimums; kept unread as the reserve until heldout5 was folded in: now the held-out part.
SIXTH = "heldout6"
# Written when heldout6 was folded in, by a writer who never read the rules, to the same
# minimums: the held-out part.
SEVENTH = "heldout7"
# Written when heldout7 was reported on, by a writer who never read the rules, to the same
# minimums; reported on and folded in.
EIGHTH = "heldout8"
# Written when heldout8 was folded in, by two writers who never read the rules, to the same
# minimums: both were reported on and folded in.
NINTH = "heldout9"
TENTH = "heldout10"
# Written when heldout9 was folded in, by a writer who never read the rules, to the same
# minimums: the reserve, then the held-out part; reported on and folded in.
ELEVENTH = "heldout11"
# Written when heldout10 was folded in, by a writer who never read the rules, to the same
# minimums: the reserve, then the held-out part; reported on and folded in.
TWELFTH = "heldout12"
# Written when heldout11 was folded in, by a writer who never read the rules, to the same
# minimums: the reserve, then the held-out part; reported on and folded in.
THIRTEENTH = "heldout13"
# Written when heldout12 was folded in, by a writer who never read the rules, to the same
# minimums: the reserve, then the held-out part; reported on and folded in.
FOURTEENTH = "heldout14"
# Written when heldout13 was folded in, by a writer who never read the rules, to the same
# minimums: the reserve, then the held-out part; reported on and folded in.
FIFTEENTH = "heldout15"
# Written when heldout14 was folded in, by a writer who never read the rules, to the same
# minimums: the reserve, then the held-out part; reported on and folded in.
SIXTEENTH = "heldout16"
# Written when heldout15 was folded in, by a writer who never read the rules, to the same
# minimums: the reserve, then the held-out part; reported on and folded in.
SEVENTEENTH = "heldout17"
# Written when heldout16 was folded in, by a writer who never read the rules, to the same
# minimums, with the off-prompt drafts spread to the other prompts' first element (a
# tight-deadline, a proudest, a simple-solution that no longer answers it): the reserve, then the
# held-out part; reported on and folded in.
EIGHTEENTH = "heldout18"
# Written when heldout17 was folded in, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETEENTH = "heldout19"
# Written when heldout18 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTIETH = "heldout20"
# Written when heldout19 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTY_FIRST = "heldout21"
# Written when heldout20 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTY_SECOND = "heldout22"
# Written when heldout21 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTY_THIRD = "heldout23"
# Written when heldout22 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTY_FOURTH = "heldout24"
# Written when heldout23 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTY_FIFTH = "heldout25"
# Written when heldout24 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTY_SIXTH = "heldout26"
# Written after heldout24 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTY_SEVENTH = "heldout27"
# Written after heldout25 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTY_EIGHTH = "heldout28"
# Written after heldout27 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
TWENTY_NINTH = "heldout29"
# Written after heldout28 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTIETH = "heldout30"
# Written after heldout28 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTY_FIRST = "heldout31"
# Written after heldout30 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTY_SECOND = "heldout32"
# Written after heldout31 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTY_THIRD = "heldout33"
# Written after heldout32 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTY_FOURTH = "heldout34"
# Written after heldout33 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTY_FIFTH = "heldout35"
# Written after heldout34 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTY_SIXTH = "heldout36"
# Written after heldout35 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTY_SEVENTH = "heldout37"
# Written after heldout36 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTY_EIGHTH = "heldout38"
# Written after heldout37 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
THIRTY_NINTH = "heldout39"
# Written after heldout38 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTIETH = "heldout40"
# Written after heldout39 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTY_FIRST = "heldout41"
# Written after heldout40 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTY_SECOND = "heldout42"
# Written after heldout41 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTY_THIRD = "heldout43"
# Written after heldout42 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTY_FOURTH = "heldout44"
# Written after heldout43 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTY_FIFTH = "heldout45"
# Written after heldout44 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTY_SIXTH = "heldout46"
# Written after heldout45 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTY_SEVENTH = "heldout47"
# Written after heldout46 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTY_EIGHTH = "heldout48"
# Written after heldout47 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FORTY_NINTH = "heldout49"
# Written after heldout48 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTIETH = "heldout50"
# Written after heldout49 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTY_FIRST = "heldout51"
# Written after heldout50 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTY_SECOND = "heldout52"
# Written after heldout51 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTY_THIRD = "heldout53"
# Written after heldout52 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTY_FOURTH = "heldout54"
# Written after heldout53 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTY_FIFTH = "heldout55"
# Written after heldout54 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTY_SIXTH = "heldout56"
# Written after heldout55 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTY_SEVENTH = "heldout57"
# Written after heldout56 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTY_EIGHTH = "heldout58"
# Written after heldout57 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
FIFTY_NINTH = "heldout59"
# Written after heldout58 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTIETH = "heldout60"
# Written after heldout59 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTY_FIRST = "heldout61"
# Written after heldout60 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTY_SECOND = "heldout62"
# Written after heldout61 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTY_THIRD = "heldout63"
# Written after heldout62 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTY_FOURTH = "heldout64"
# Written after heldout63 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTY_FIFTH = "heldout65"
# Written after heldout64 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTY_SIXTH = "heldout66"
# Written after heldout65 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTY_SEVENTH = "heldout67"
# Written after heldout66 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTY_EIGHTH = "heldout68"
# Written after heldout67 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SIXTY_NINTH = "heldout69"
# Written after heldout68 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTIETH = "heldout70"
# Written after heldout69 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTY_FIRST = "heldout71"
# Written after heldout70 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTY_SECOND = "heldout72"
# Written after heldout71 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTY_THIRD = "heldout73"
# Written after heldout72 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTY_FOURTH = "heldout74"
# Written after heldout73 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTY_FIFTH = "heldout75"
# Written after heldout74 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTY_SIXTH = "heldout76"
# Written after heldout75 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTY_SEVENTH = "heldout77"
# Written after heldout76 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTY_EIGHTH = "heldout78"
# Written after heldout77 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
SEVENTY_NINTH = "heldout79"
# Written after heldout78 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTIETH = "heldout80"
# Written after heldout79 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTY_FIRST = "heldout81"
# Written after heldout80 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTY_SECOND = "heldout82"
# Written after heldout81 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTY_THIRD = "heldout83"
# Written after heldout82 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTY_FOURTH = "heldout84"
# Written after heldout83 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTY_FIFTH = "heldout85"
# Written after heldout84 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTY_SIXTH = "heldout86"
# Written after heldout85 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTY_SEVENTH = "heldout87"
# Written after heldout86 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTY_EIGHTH = "heldout88"
# Written after heldout87 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
EIGHTY_NINTH = "heldout89"
# Written after heldout88 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETIETH = "heldout90"
# Written after heldout89 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETY_FIRST = "heldout91"
# Written after heldout90 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETY_SECOND = "heldout92"
# Written after heldout91 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETY_THIRD = "heldout93"
# Written after heldout92 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETY_FOURTH = "heldout94"
# Written after heldout93 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETY_FIFTH = "heldout95"
# Written after heldout94 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETY_SIXTH = "heldout96"
# Written after heldout95 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETY_SEVENTH = "heldout97"
# Written after heldout96 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETY_EIGHTH = "heldout98"
# Written after heldout97 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
NINETY_NINTH = "heldout99"
# Written after heldout98 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
HUNDREDTH = "heldout100"
# Written after heldout99 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
HUNDRED_FIRST = "heldout101"
# Written after heldout100 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
HUNDRED_SECOND = "heldout102"
# Written after heldout101 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
HUNDRED_THIRD = "heldout103"
# Written after heldout102 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
HUNDRED_FOURTH = "heldout104"
# Written after heldout103 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, then the held-out part;
# reported on and folded in.
HUNDRED_FIFTH = "heldout105"
# Written after heldout104 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve, now the held-out part.
HUNDRED_SIXTH = "heldout106"
# Written after heldout105 was reported on, by a writer who never read the rules, to the same
# minimums, its off-prompt drafts one in each of five prompts: the reserve.
HUNDRED_SEVENTH = "heldout107"
# Every part written after the first two, by a writer who never read the rules, in order.
# fmt: off
LATER_PARTS = (
    THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, TENTH, ELEVENTH, TWELFTH, THIRTEENTH,
    FOURTEENTH, FIFTEENTH, SIXTEENTH, SEVENTEENTH, EIGHTEENTH, NINETEENTH, TWENTIETH,
    TWENTY_FIRST, TWENTY_SECOND, TWENTY_THIRD, TWENTY_FOURTH, TWENTY_FIFTH, TWENTY_SIXTH,
    TWENTY_SEVENTH, TWENTY_EIGHTH, TWENTY_NINTH, THIRTIETH, THIRTY_FIRST, THIRTY_SECOND,
    THIRTY_THIRD, THIRTY_FOURTH, THIRTY_FIFTH, THIRTY_SIXTH, THIRTY_SEVENTH, THIRTY_EIGHTH,
    THIRTY_NINTH, FORTIETH, FORTY_FIRST, FORTY_SECOND, FORTY_THIRD, FORTY_FOURTH,
    FORTY_FIFTH, FORTY_SIXTH, FORTY_SEVENTH, FORTY_EIGHTH, FORTY_NINTH, FIFTIETH,
    FIFTY_FIRST, FIFTY_SECOND, FIFTY_THIRD, FIFTY_FOURTH, FIFTY_FIFTH,
    FIFTY_SIXTH, FIFTY_SEVENTH, FIFTY_EIGHTH, FIFTY_NINTH, SIXTIETH,
    SIXTY_FIRST, SIXTY_SECOND, SIXTY_THIRD, SIXTY_FOURTH, SIXTY_FIFTH, SIXTY_SIXTH,
    SIXTY_SEVENTH, SIXTY_EIGHTH, SIXTY_NINTH, SEVENTIETH, SEVENTY_FIRST, SEVENTY_SECOND,
    SEVENTY_THIRD, SEVENTY_FOURTH, SEVENTY_FIFTH, SEVENTY_SIXTH, SEVENTY_SEVENTH,
    SEVENTY_EIGHTH, SEVENTY_NINTH, EIGHTIETH, EIGHTY_FIRST, EIGHTY_SECOND, EIGHTY_THIRD,
    EIGHTY_FOURTH, EIGHTY_FIFTH, EIGHTY_SIXTH, EIGHTY_SEVENTH, EIGHTY_EIGHTH, EIGHTY_NINTH,
    NINETIETH, NINETY_FIRST, NINETY_SECOND, NINETY_THIRD, NINETY_FOURTH, NINETY_FIFTH,
    NINETY_SIXTH, NINETY_SEVENTH, NINETY_EIGHTH, NINETY_NINTH, HUNDREDTH, HUNDRED_FIRST,
    HUNDRED_SECOND, HUNDRED_THIRD, HUNDRED_FOURTH, HUNDRED_FIFTH, HUNDRED_SIXTH,
    HUNDRED_SEVENTH,
)
# fmt: on
# The parts whose off-prompt drafts may sit in any prompt, not only FAULT_PROMPTS_FRESH's.
OFF_PROMPT_ANYWHERE = LATER_PARTS[LATER_PARTS.index(EIGHTEENTH) :]
MIN_WRITTEN_THIRD = 42
MIN_PER_FAULT_THIRD = 5

# What a seeded pitfall does to its check: (check, value in the faulty variant).
FAULT_CHECK = {
    "long_setup": ("long_setup", True),
    "we_heavy": ("we_heavy", True),
    "no_metric": ("metric_in_result", False),
    "no_learning": ("learning", False),
    "blame": ("blame", True),
    "off_prompt": ("addresses_prompt", False),
}


@pytest.fixture(scope="module")
def corpus():
    return cc.load_all()


@pytest.fixture(scope="module")
def first(corpus):
    """The first two parts (dev and the first held-out part), as the random split made them."""
    return [a for a in corpus if a.split in FIRST_PARTS]


@pytest.fixture(scope="module")
def fresh(corpus):
    """The second held-out part, written after the first was reported."""
    return [a for a in corpus if a.split == FRESH]


def bases(corpus, style=None):
    """Base answers; style None means the written ones (no guide example, no content-free)."""
    out = [a for a in corpus if a.base is None]
    if style is None:
        return [a for a in out if a.style not in (GUIDE_STYLE, EMPTY_STYLE)]
    return [a for a in out if a.style == style]


def pitfalls(corpus):
    return [a for a in corpus if a.seeded_fault in cc.FAULTS]


def test_counts_meet_the_brief(first):
    assert len(bases(first)) >= MIN_WRITTEN
    assert len(pitfalls(first)) >= MIN_PITFALL_VARIANTS
    per_fault = Counter(a.seeded_fault for a in pitfalls(first))
    assert all(per_fault[f] >= MIN_PER_FAULT for f in cc.FAULTS), per_fault
    assert len(bases(first, EMPTY_STYLE)) == 3
    guide = bases(first, GUIDE_STYLE)
    assert sorted(a.prompt for a in guide) == sorted(cc.prompt_ids())


def test_every_register_prompt_and_domain_is_covered(first):
    written = bases(first)
    registers = Counter(a.register for a in written)
    assert set(registers) == set(cc.REGISTERS)
    assert min(registers.values()) >= 2
    assert set(a.prompt for a in written) == set(cc.prompt_ids())
    domains = {a.domain for a in written if a.register == "engineering"}
    assert domains >= ENGINEERING_DOMAINS
    styles = Counter(a.style for a in written)
    assert styles["formal"] and styles["casual"] and styles["present-tense"] >= 5


def test_split_is_balanced_and_stratified(corpus, first):
    base = [a for a in first if a.base is None]
    held = [a for a in base if a.split == "heldout"]
    assert len(held) >= MIN_HELDOUT_BASES
    assert 0.4 <= len(held) / len(base) <= 0.6
    for part in cc.SPLITS:
        written = [a for a in bases(corpus) if a.split == part]
        assert {a.register for a in written} == set(cc.REGISTERS), part
        assert {a.prompt for a in written} == set(cc.prompt_ids()), part
        assert {a.seeded_fault for a in pitfalls(corpus) if a.split == part} == set(cc.FAULTS)
        labels = {s.label for a in corpus if a.split == part for s in a.sentences}
        assert labels == set(cc.LABELS), part


def test_parts_are_what_the_loader_returns(corpus):
    ids = lambda answers: {a.id for a in answers}  # noqa: E731
    dev_splits = ("dev", "heldout", FRESH, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH)
    dev_splits += (NINTH, TENTH, ELEVENTH, TWELFTH, THIRTEENTH, FOURTEENTH, FIFTEENTH, SIXTEENTH)
    dev_splits += (SEVENTEENTH, EIGHTEENTH, NINETEENTH, TWENTIETH, TWENTY_FIRST, TWENTY_SECOND)
    dev_splits += (TWENTY_THIRD, TWENTY_FOURTH, TWENTY_FIFTH, TWENTY_SIXTH, TWENTY_SEVENTH)
    dev_splits += (TWENTY_EIGHTH, TWENTY_NINTH, THIRTIETH, THIRTY_FIRST, THIRTY_SECOND)
    dev_splits += (THIRTY_THIRD, THIRTY_FOURTH, THIRTY_FIFTH, THIRTY_SIXTH, THIRTY_SEVENTH)
    dev_splits += (THIRTY_EIGHTH, THIRTY_NINTH, FORTIETH, FORTY_FIRST, FORTY_SECOND)
    dev_splits += (FORTY_THIRD, FORTY_FOURTH, FORTY_FIFTH, FORTY_SIXTH, FORTY_SEVENTH)
    dev_splits += (FORTY_EIGHTH, FORTY_NINTH, FIFTIETH, FIFTY_FIRST, FIFTY_SECOND)
    dev_splits += (FIFTY_THIRD, FIFTY_FOURTH, FIFTY_FIFTH, FIFTY_SIXTH, FIFTY_SEVENTH)
    dev_splits += (FIFTY_EIGHTH, FIFTY_NINTH, SIXTIETH, SIXTY_FIRST, SIXTY_SECOND)
    dev_splits += (SIXTY_THIRD, SIXTY_FOURTH, SIXTY_FIFTH, SIXTY_SIXTH, SIXTY_SEVENTH)
    dev_splits += (SIXTY_EIGHTH, SIXTY_NINTH, SEVENTIETH, SEVENTY_FIRST, SEVENTY_SECOND)
    dev_splits += (SEVENTY_THIRD, SEVENTY_FOURTH, SEVENTY_FIFTH, SEVENTY_SIXTH, SEVENTY_SEVENTH)
    dev_splits += (SEVENTY_EIGHTH, SEVENTY_NINTH, EIGHTIETH, EIGHTY_FIRST, EIGHTY_SECOND)
    dev_splits += (EIGHTY_THIRD, EIGHTY_FOURTH, EIGHTY_FIFTH, EIGHTY_SIXTH, EIGHTY_SEVENTH)
    dev_splits += (EIGHTY_EIGHTH, EIGHTY_NINTH, NINETIETH, NINETY_FIRST, NINETY_SECOND)
    dev_splits += (NINETY_THIRD, NINETY_FOURTH, NINETY_FIFTH, NINETY_SIXTH, NINETY_SEVENTH)
    dev_splits += (NINETY_EIGHTH, NINETY_NINTH, HUNDREDTH, HUNDRED_FIRST, HUNDRED_SECOND)
    dev_splits += (HUNDRED_THIRD, HUNDRED_FOURTH, HUNDRED_FIFTH)
    assert ids(cc.dev()) == ids(a for a in corpus if a.split in dev_splits)
    assert ids(cc.heldout()) == ids(a for a in corpus if a.split == HUNDRED_SIXTH)
    assert ids(cc.reserve()) == ids(a for a in corpus if a.split == HUNDRED_SEVENTH)
    assert ids(cc.fifty_ninth_heldout()) == ids(a for a in corpus if a.split == FIFTY_NINTH)
    assert ids(cc.sixtieth_heldout()) == ids(a for a in corpus if a.split == SIXTIETH)
    assert ids(cc.sixty_first_heldout()) == ids(a for a in corpus if a.split == SIXTY_FIRST)
    assert ids(cc.sixty_second_heldout()) == ids(a for a in corpus if a.split == SIXTY_SECOND)
    assert ids(cc.sixty_third_heldout()) == ids(a for a in corpus if a.split == SIXTY_THIRD)
    assert ids(cc.sixty_fourth_heldout()) == ids(a for a in corpus if a.split == SIXTY_FOURTH)
    assert ids(cc.sixty_fifth_heldout()) == ids(a for a in corpus if a.split == SIXTY_FIFTH)
    assert ids(cc.sixty_sixth_heldout()) == ids(a for a in corpus if a.split == SIXTY_SIXTH)
    assert ids(cc.sixty_seventh_heldout()) == ids(a for a in corpus if a.split == SIXTY_SEVENTH)
    assert ids(cc.sixty_eighth_heldout()) == ids(a for a in corpus if a.split == SIXTY_EIGHTH)
    assert ids(cc.sixty_ninth_heldout()) == ids(a for a in corpus if a.split == SIXTY_NINTH)
    assert ids(cc.seventieth_heldout()) == ids(a for a in corpus if a.split == SEVENTIETH)
    assert ids(cc.seventy_first_heldout()) == ids(a for a in corpus if a.split == SEVENTY_FIRST)
    assert ids(cc.seventy_second_heldout()) == ids(a for a in corpus if a.split == SEVENTY_SECOND)
    assert ids(cc.seventy_third_heldout()) == ids(a for a in corpus if a.split == SEVENTY_THIRD)
    assert ids(cc.seventy_fourth_heldout()) == ids(a for a in corpus if a.split == SEVENTY_FOURTH)
    assert ids(cc.seventy_fifth_heldout()) == ids(a for a in corpus if a.split == SEVENTY_FIFTH)
    assert ids(cc.seventy_sixth_heldout()) == ids(a for a in corpus if a.split == SEVENTY_SIXTH)
    assert ids(cc.seventy_seventh_heldout()) == ids(a for a in corpus if a.split == SEVENTY_SEVENTH)
    assert ids(cc.seventy_eighth_heldout()) == ids(a for a in corpus if a.split == SEVENTY_EIGHTH)
    assert ids(cc.seventy_ninth_heldout()) == ids(a for a in corpus if a.split == SEVENTY_NINTH)
    assert ids(cc.eightieth_heldout()) == ids(a for a in corpus if a.split == EIGHTIETH)
    assert ids(cc.eighty_first_heldout()) == ids(a for a in corpus if a.split == EIGHTY_FIRST)
    assert ids(cc.eighty_second_heldout()) == ids(a for a in corpus if a.split == EIGHTY_SECOND)
    assert ids(cc.eighty_third_heldout()) == ids(a for a in corpus if a.split == EIGHTY_THIRD)
    assert ids(cc.eighty_fourth_heldout()) == ids(a for a in corpus if a.split == EIGHTY_FOURTH)
    assert ids(cc.eighty_fifth_heldout()) == ids(a for a in corpus if a.split == EIGHTY_FIFTH)
    assert ids(cc.eighty_sixth_heldout()) == ids(a for a in corpus if a.split == EIGHTY_SIXTH)
    assert ids(cc.eighty_seventh_heldout()) == ids(a for a in corpus if a.split == EIGHTY_SEVENTH)
    assert ids(cc.eighty_eighth_heldout()) == ids(a for a in corpus if a.split == EIGHTY_EIGHTH)
    assert ids(cc.eighty_ninth_heldout()) == ids(a for a in corpus if a.split == EIGHTY_NINTH)
    assert ids(cc.ninetieth_heldout()) == ids(a for a in corpus if a.split == NINETIETH)
    assert ids(cc.ninety_first_heldout()) == ids(a for a in corpus if a.split == NINETY_FIRST)
    assert ids(cc.ninety_second_heldout()) == ids(a for a in corpus if a.split == NINETY_SECOND)
    assert ids(cc.ninety_third_heldout()) == ids(a for a in corpus if a.split == NINETY_THIRD)
    assert ids(cc.ninety_fourth_heldout()) == ids(a for a in corpus if a.split == NINETY_FOURTH)
    assert ids(cc.ninety_fifth_heldout()) == ids(a for a in corpus if a.split == NINETY_FIFTH)
    assert ids(cc.ninety_sixth_heldout()) == ids(a for a in corpus if a.split == NINETY_SIXTH)
    assert ids(cc.ninety_seventh_heldout()) == ids(a for a in corpus if a.split == NINETY_SEVENTH)
    assert ids(cc.ninety_eighth_heldout()) == ids(a for a in corpus if a.split == NINETY_EIGHTH)
    assert ids(cc.ninety_ninth_heldout()) == ids(a for a in corpus if a.split == NINETY_NINTH)
    assert ids(cc.hundredth_heldout()) == ids(a for a in corpus if a.split == HUNDREDTH)
    assert ids(cc.hundred_first_heldout()) == ids(a for a in corpus if a.split == HUNDRED_FIRST)
    assert ids(cc.hundred_second_heldout()) == ids(a for a in corpus if a.split == HUNDRED_SECOND)
    assert ids(cc.hundred_third_heldout()) == ids(a for a in corpus if a.split == HUNDRED_THIRD)
    assert ids(cc.hundred_fourth_heldout()) == ids(a for a in corpus if a.split == HUNDRED_FOURTH)
    assert ids(cc.hundred_fifth_heldout()) == ids(a for a in corpus if a.split == HUNDRED_FIFTH)
    assert ids(cc.fifty_eighth_heldout()) == ids(a for a in corpus if a.split == FIFTY_EIGHTH)
    assert ids(cc.fifty_seventh_heldout()) == ids(a for a in corpus if a.split == FIFTY_SEVENTH)
    assert ids(cc.fifty_sixth_heldout()) == ids(a for a in corpus if a.split == FIFTY_SIXTH)
    assert ids(cc.fifty_fifth_heldout()) == ids(a for a in corpus if a.split == FIFTY_FIFTH)
    assert ids(cc.fifty_fourth_heldout()) == ids(a for a in corpus if a.split == FIFTY_FOURTH)
    assert ids(cc.fifty_third_heldout()) == ids(a for a in corpus if a.split == FIFTY_THIRD)
    assert ids(cc.fifty_second_heldout()) == ids(a for a in corpus if a.split == FIFTY_SECOND)
    assert ids(cc.fifty_first_heldout()) == ids(a for a in corpus if a.split == FIFTY_FIRST)
    assert ids(cc.fiftieth_heldout()) == ids(a for a in corpus if a.split == FIFTIETH)
    assert ids(cc.forty_ninth_heldout()) == ids(a for a in corpus if a.split == FORTY_NINTH)
    assert ids(cc.forty_eighth_heldout()) == ids(a for a in corpus if a.split == FORTY_EIGHTH)
    assert ids(cc.forty_seventh_heldout()) == ids(a for a in corpus if a.split == FORTY_SEVENTH)
    assert ids(cc.forty_sixth_heldout()) == ids(a for a in corpus if a.split == FORTY_SIXTH)
    assert ids(cc.forty_fifth_heldout()) == ids(a for a in corpus if a.split == FORTY_FIFTH)
    assert ids(cc.forty_fourth_heldout()) == ids(a for a in corpus if a.split == FORTY_FOURTH)
    assert ids(cc.forty_third_heldout()) == ids(a for a in corpus if a.split == FORTY_THIRD)
    assert ids(cc.forty_second_heldout()) == ids(a for a in corpus if a.split == FORTY_SECOND)
    assert ids(cc.forty_first_heldout()) == ids(a for a in corpus if a.split == FORTY_FIRST)
    assert ids(cc.fortieth_heldout()) == ids(a for a in corpus if a.split == FORTIETH)
    assert ids(cc.thirty_ninth_heldout()) == ids(a for a in corpus if a.split == THIRTY_NINTH)
    assert ids(cc.thirty_eighth_heldout()) == ids(a for a in corpus if a.split == THIRTY_EIGHTH)
    assert ids(cc.thirty_seventh_heldout()) == ids(a for a in corpus if a.split == THIRTY_SEVENTH)
    assert ids(cc.thirty_sixth_heldout()) == ids(a for a in corpus if a.split == THIRTY_SIXTH)
    assert ids(cc.thirty_fifth_heldout()) == ids(a for a in corpus if a.split == THIRTY_FIFTH)
    assert ids(cc.thirty_fourth_heldout()) == ids(a for a in corpus if a.split == THIRTY_FOURTH)
    assert ids(cc.thirty_third_heldout()) == ids(a for a in corpus if a.split == THIRTY_THIRD)
    assert ids(cc.thirty_second_heldout()) == ids(a for a in corpus if a.split == THIRTY_SECOND)
    assert ids(cc.thirty_first_heldout()) == ids(a for a in corpus if a.split == THIRTY_FIRST)
    assert ids(cc.thirtieth_heldout()) == ids(a for a in corpus if a.split == THIRTIETH)
    assert ids(cc.twenty_ninth_heldout()) == ids(a for a in corpus if a.split == TWENTY_NINTH)
    assert ids(cc.twenty_eighth_heldout()) == ids(a for a in corpus if a.split == TWENTY_EIGHTH)
    assert ids(cc.twenty_seventh_heldout()) == ids(a for a in corpus if a.split == TWENTY_SEVENTH)
    assert ids(cc.twenty_sixth_heldout()) == ids(a for a in corpus if a.split == TWENTY_SIXTH)
    assert ids(cc.twenty_fifth_heldout()) == ids(a for a in corpus if a.split == TWENTY_FIFTH)
    assert ids(cc.twenty_fourth_heldout()) == ids(a for a in corpus if a.split == TWENTY_FOURTH)
    assert ids(cc.twenty_third_heldout()) == ids(a for a in corpus if a.split == TWENTY_THIRD)
    assert ids(cc.twenty_second_heldout()) == ids(a for a in corpus if a.split == TWENTY_SECOND)
    assert ids(cc.twenty_first_heldout()) == ids(a for a in corpus if a.split == TWENTY_FIRST)
    assert ids(cc.twentieth_heldout()) == ids(a for a in corpus if a.split == TWENTIETH)
    assert ids(cc.nineteenth_heldout()) == ids(a for a in corpus if a.split == NINETEENTH)
    assert ids(cc.eighteenth_heldout()) == ids(a for a in corpus if a.split == EIGHTEENTH)
    assert ids(cc.seventeenth_heldout()) == ids(a for a in corpus if a.split == SEVENTEENTH)
    assert ids(cc.sixteenth_heldout()) == ids(a for a in corpus if a.split == SIXTEENTH)
    assert ids(cc.fifteenth_heldout()) == ids(a for a in corpus if a.split == FIFTEENTH)
    assert ids(cc.fourteenth_heldout()) == ids(a for a in corpus if a.split == FOURTEENTH)
    assert ids(cc.thirteenth_heldout()) == ids(a for a in corpus if a.split == THIRTEENTH)
    assert ids(cc.twelfth_heldout()) == ids(a for a in corpus if a.split == TWELFTH)
    assert ids(cc.eleventh_heldout()) == ids(a for a in corpus if a.split == ELEVENTH)
    assert ids(cc.tenth_heldout()) == ids(a for a in corpus if a.split == TENTH)
    assert ids(cc.ninth_heldout()) == ids(a for a in corpus if a.split == NINTH)
    assert ids(cc.eighth_heldout()) == ids(a for a in corpus if a.split == EIGHTH)
    assert ids(cc.seventh_heldout()) == ids(a for a in corpus if a.split == SEVENTH)
    assert ids(cc.third_heldout()) == ids(a for a in corpus if a.split == THIRD)
    assert ids(cc.fourth_heldout()) == ids(a for a in corpus if a.split == FOURTH)
    assert ids(cc.fifth_heldout()) == ids(a for a in corpus if a.split == FIFTH)
    assert ids(cc.sixth_heldout()) == ids(a for a in corpus if a.split == SIXTH)
    assert ids(cc.first_heldout()) == ids(a for a in corpus if a.split == "heldout")
    assert ids(cc.first_heldout()) < ids(cc.dev()) and ids(cc.fifth_heldout()) < ids(cc.dev())
    assert cc.heldout() and not ids(cc.dev()) & ids(cc.heldout())
    assert ids(cc.sixth_heldout()) < ids(cc.dev())
    assert ids(cc.seventh_heldout()) < ids(cc.dev()) and ids(cc.eighth_heldout()) < ids(cc.dev())
    assert ids(cc.ninth_heldout()) < ids(cc.dev()) and ids(cc.tenth_heldout()) < ids(cc.dev())
    assert ids(cc.eleventh_heldout()) < ids(cc.dev()) and ids(cc.twelfth_heldout()) < ids(cc.dev())
    assert ids(cc.thirteenth_heldout()) < ids(cc.dev())
    assert ids(cc.fourteenth_heldout()) < ids(cc.dev())
    assert ids(cc.fifteenth_heldout()) < ids(cc.dev())
    assert ids(cc.sixteenth_heldout()) < ids(cc.dev())
    assert ids(cc.seventeenth_heldout()) < ids(cc.dev())
    assert ids(cc.eighteenth_heldout()) < ids(cc.dev())
    assert ids(cc.nineteenth_heldout()) < ids(cc.dev())
    assert ids(cc.twentieth_heldout()) < ids(cc.dev())
    assert ids(cc.twenty_first_heldout()) < ids(cc.dev())
    assert ids(cc.twenty_second_heldout()) < ids(cc.dev())
    assert ids(cc.twenty_third_heldout()) < ids(cc.dev())
    assert ids(cc.twenty_fourth_heldout()) < ids(cc.dev())
    assert ids(cc.twenty_fifth_heldout()) < ids(cc.dev())
    assert ids(cc.twenty_sixth_heldout()) < ids(cc.dev())
    assert ids(cc.twenty_seventh_heldout()) < ids(cc.dev())
    assert ids(cc.twenty_eighth_heldout()) < ids(cc.dev())
    assert ids(cc.twenty_ninth_heldout()) < ids(cc.dev())
    assert ids(cc.thirtieth_heldout()) < ids(cc.dev())
    assert ids(cc.thirty_first_heldout()) < ids(cc.dev())
    assert ids(cc.thirty_second_heldout()) < ids(cc.dev())
    assert ids(cc.thirty_third_heldout()) < ids(cc.dev())
    assert ids(cc.thirty_fourth_heldout()) < ids(cc.dev())
    assert ids(cc.thirty_fifth_heldout()) < ids(cc.dev())
    assert ids(cc.thirty_sixth_heldout()) < ids(cc.dev())
    assert ids(cc.thirty_seventh_heldout()) < ids(cc.dev())
    assert ids(cc.thirty_eighth_heldout()) < ids(cc.dev())
    assert ids(cc.thirty_ninth_heldout()) < ids(cc.dev())
    assert ids(cc.fortieth_heldout()) < ids(cc.dev())
    assert ids(cc.forty_first_heldout()) < ids(cc.dev())
    assert ids(cc.forty_second_heldout()) < ids(cc.dev())
    assert ids(cc.forty_third_heldout()) < ids(cc.dev())
    assert ids(cc.forty_fourth_heldout()) < ids(cc.dev())
    assert ids(cc.forty_fifth_heldout()) < ids(cc.dev())
    assert ids(cc.forty_sixth_heldout()) < ids(cc.dev())
    assert ids(cc.forty_seventh_heldout()) < ids(cc.dev())
    assert ids(cc.forty_eighth_heldout()) < ids(cc.dev())
    assert ids(cc.forty_ninth_heldout()) < ids(cc.dev())
    assert ids(cc.fiftieth_heldout()) < ids(cc.dev())
    assert ids(cc.fifty_first_heldout()) < ids(cc.dev())
    assert ids(cc.fifty_second_heldout()) < ids(cc.dev())
    assert ids(cc.fifty_third_heldout()) < ids(cc.dev())
    assert ids(cc.fifty_fourth_heldout()) < ids(cc.dev())
    assert ids(cc.fifty_fifth_heldout()) < ids(cc.dev())
    assert ids(cc.fifty_sixth_heldout()) < ids(cc.dev())
    assert ids(cc.fifty_seventh_heldout()) < ids(cc.dev())
    assert ids(cc.fifty_eighth_heldout()) < ids(cc.dev())
    assert ids(cc.fifty_ninth_heldout()) < ids(cc.dev())
    assert ids(cc.sixtieth_heldout()) < ids(cc.dev())
    assert ids(cc.sixty_first_heldout()) < ids(cc.dev())
    assert ids(cc.sixty_second_heldout()) < ids(cc.dev())
    assert ids(cc.sixty_third_heldout()) < ids(cc.dev())
    assert ids(cc.sixty_fourth_heldout()) < ids(cc.dev())
    assert ids(cc.sixty_fifth_heldout()) < ids(cc.dev())
    assert ids(cc.sixty_sixth_heldout()) < ids(cc.dev())
    assert ids(cc.sixty_seventh_heldout()) < ids(cc.dev())
    assert ids(cc.sixty_eighth_heldout()) < ids(cc.dev())
    assert ids(cc.sixty_ninth_heldout()) < ids(cc.dev())
    assert ids(cc.seventieth_heldout()) < ids(cc.dev())
    assert ids(cc.seventy_first_heldout()) < ids(cc.dev())
    assert ids(cc.seventy_second_heldout()) < ids(cc.dev())
    assert ids(cc.seventy_third_heldout()) < ids(cc.dev())
    assert ids(cc.seventy_fourth_heldout()) < ids(cc.dev())
    assert ids(cc.seventy_fifth_heldout()) < ids(cc.dev())
    assert ids(cc.seventy_sixth_heldout()) < ids(cc.dev())
    assert ids(cc.seventy_seventh_heldout()) < ids(cc.dev())
    assert ids(cc.seventy_eighth_heldout()) < ids(cc.dev())
    assert ids(cc.seventy_ninth_heldout()) < ids(cc.dev())
    assert ids(cc.eightieth_heldout()) < ids(cc.dev())
    assert ids(cc.eighty_first_heldout()) < ids(cc.dev())
    assert ids(cc.eighty_second_heldout()) < ids(cc.dev())
    assert ids(cc.eighty_third_heldout()) < ids(cc.dev())
    assert ids(cc.eighty_fourth_heldout()) < ids(cc.dev())
    assert ids(cc.eighty_fifth_heldout()) < ids(cc.dev())
    assert ids(cc.eighty_sixth_heldout()) < ids(cc.dev())
    assert ids(cc.eighty_seventh_heldout()) < ids(cc.dev())
    assert ids(cc.eighty_eighth_heldout()) < ids(cc.dev())
    assert ids(cc.eighty_ninth_heldout()) < ids(cc.dev())
    assert ids(cc.ninetieth_heldout()) < ids(cc.dev())
    assert ids(cc.ninety_first_heldout()) < ids(cc.dev())
    assert ids(cc.ninety_second_heldout()) < ids(cc.dev())
    assert ids(cc.ninety_third_heldout()) < ids(cc.dev())
    assert ids(cc.ninety_fourth_heldout()) < ids(cc.dev())
    assert ids(cc.ninety_fifth_heldout()) < ids(cc.dev())
    assert ids(cc.ninety_sixth_heldout()) < ids(cc.dev())
    assert ids(cc.ninety_seventh_heldout()) < ids(cc.dev())
    assert ids(cc.ninety_eighth_heldout()) < ids(cc.dev())
    assert ids(cc.ninety_ninth_heldout()) < ids(cc.dev())
    assert ids(cc.hundredth_heldout()) < ids(cc.dev())
    assert cc.reserve() and not ids(cc.reserve()) & (ids(cc.dev()) | ids(cc.heldout()))
    assert ids(cc.dev()) | ids(cc.heldout()) | ids(cc.reserve()) == ids(corpus)


def test_fresh_part_meets_its_counts(fresh):
    assert len(bases(fresh)) >= MIN_WRITTEN_FRESH
    assert len(pitfalls(fresh)) >= MIN_PITFALL_FRESH
    per_fault = Counter(a.seeded_fault for a in pitfalls(fresh))
    assert all(per_fault[f] >= MIN_PER_FAULT_FRESH for f in cc.FAULTS), per_fault
    assert len(bases(fresh, EMPTY_STYLE)) == CONTENT_FREE_FRESH
    assert not bases(fresh, GUIDE_STYLE)  # the guide's outlines are public: not a hold-out
    assert all(a.seeded_fault in cc.FAULTS for a in fresh if a.base)


def test_fresh_faults_are_seeded_where_they_make_sense(fresh):
    for a in pitfalls(fresh):
        allowed = FAULT_PROMPTS_FRESH.get(a.seeded_fault)
        assert allowed is None or a.prompt in allowed, (a.id, a.prompt)


def test_fresh_part_covers_registers_prompts_domains_and_styles(fresh):
    written = bases(fresh)
    assert {a.register for a in written} == set(cc.REGISTERS)
    assert {a.prompt for a in written} == set(cc.prompt_ids())
    domains = {a.domain for a in written if a.register == "engineering"}
    assert domains >= FRESH_ENGINEERING_DOMAINS
    styles = Counter(a.style for a in written)
    assert styles["formal"] >= 5 and styles["casual"] >= 5 and styles["present-tense"] >= 5
    assert len({a.domain for a in written if a.register == "other"}) >= 5


def test_fresh_part_has_unseeded_answers_on_both_sides_of_each_check(fresh):
    controls = [a for a in bases(fresh) if a.prompt != "why-amazon"]
    for check in BOTH_SIDES:
        values = {a.checks[check] for a in controls}
        assert values == {True, False}, check
    assert any(
        not a.checks["rubric"]["principles_named"] for a in bases(fresh) if a.prompt == "why-amazon"
    )


def test_fresh_part_shares_no_sentence_with_the_first(first, fresh):
    seen = {s.text for a in first for s in a.sentences}
    reused = [s.text for a in fresh for s in a.sentences if s.text in seen]
    assert not reused, reused[:3]


@pytest.mark.parametrize("part", LATER_PARTS)
def test_later_parts_meet_their_counts_and_are_new(corpus, part):
    third = [a for a in corpus if a.split == part]
    written = bases(third)
    assert len(written) >= MIN_WRITTEN_THIRD
    per_fault = Counter(a.seeded_fault for a in pitfalls(third))
    assert all(per_fault[f] >= MIN_PER_FAULT_THIRD for f in cc.FAULTS), per_fault
    assert len(bases(third, EMPTY_STYLE)) == CONTENT_FREE_FRESH and not bases(third, GUIDE_STYLE)
    assert {a.register for a in written} == set(cc.REGISTERS)
    assert {a.prompt for a in written} == set(cc.prompt_ids())
    controls = [a for a in written if a.prompt != "why-amazon"]
    for check in BOTH_SIDES:
        if (part, check) == (FOURTH, "long_setup"):
            continue  # its bases all keep the setup short (8-30%): controls for false alarms only
        assert {a.checks[check] for a in controls} == {True, False}, check
    for a in pitfalls(third):
        allowed = FAULT_PROMPTS_FRESH.get(a.seeded_fault)
        if a.seeded_fault == "off_prompt" and part in OFF_PROMPT_ANYWHERE:
            allowed = set(cc.prompt_ids()) - {"why-amazon"}
        assert allowed is None or a.prompt in allowed, (a.id, a.prompt)
    seen = {s.text for a in corpus if a.split != part for s in a.sentences}
    assert not [s.text for a in third for s in a.sentences if s.text in seen]


def test_fresh_part_marks_fillers_on_both_sides(fresh):
    sentences = [s for a in fresh if a.base is None for s in a.sentences]
    marked = [s for s in sentences if "like" in s.fillers]
    meaningful = [
        s for s in sentences if " like " in f" {s.text.lower()} " and "like" not in s.fillers
    ]
    assert len(marked) >= 3 and len(meaningful) >= 5


def test_variants_keep_their_base_split(corpus):
    index = cc.by_id()
    for a in corpus:
        if a.base:
            assert a.split == index[a.base].split, a.id


def test_ids_are_unique(corpus):
    ids = [a.id for a in corpus]
    assert len(ids) == len(set(ids))


def test_answers_are_answer_sized(corpus):
    for a in bases(corpus) + bases(corpus, GUIDE_STYLE):
        assert 6 <= len(a.sentences) <= 14, a.id
        assert 60 <= a.words <= 250, (a.id, a.words)
    for a in bases(corpus, EMPTY_STYLE):
        assert 8 <= len(a.sentences) <= 10, a.id
    for a in corpus:
        if a.base:
            assert 5 <= len(a.sentences) <= 20 and 50 <= a.words <= 330, (a.id, a.words)


def test_each_pitfall_flips_its_check_from_a_clean_base(corpus):
    index = cc.by_id()
    for a in pitfalls(corpus):
        check, faulty = FAULT_CHECK[a.seeded_fault]
        assert a.checks[check] == faulty, a.id
        assert index[a.base].checks[check] != faulty, a.base
        if a.seeded_fault == "no_learning":
            assert not a.checks["mechanism"], a.id
        if a.seeded_fault == "no_metric":
            assert not a.checks["impact_quantities"] and index[a.base].checks["impact_quantities"]


def test_each_pitfall_seeds_one_pitfall_only(corpus):
    index = cc.by_id()
    for a in pitfalls(corpus):
        base = index[a.base]
        others = {c for f, (c, _) in FAULT_CHECK.items() if f != a.seeded_fault}
        if a.seeded_fault == "no_learning":
            others -= {"metric_in_result"}  # a closing sentence may go with the learning
        flipped = {c for c in others if a.checks[c] != base.checks[c]}
        assert not flipped, (a.id, flipped)


def test_no_metric_variants_keep_effort_numbers(corpus):
    kept = [a for a in corpus if a.seeded_fault == "no_metric" and a.checks["effort_quantities"]]
    assert len(kept) == sum(1 for a in corpus if a.seeded_fault == "no_metric")


def test_long_setup_variants_narrate_context_with_i(corpus):
    for a in corpus:
        if a.seeded_fault == "long_setup":
            situation = [s.text for s in a.sentences if s.label == "situation"]
            assert len(situation) >= 4, a.id
            assert any(re.match(r"I\b", t) for t in situation), a.id  # "I joined", "I'd come"


def test_guide_examples_pass_and_their_variants_miss_one_element(corpus):
    index = cc.by_id()
    for a in bases(corpus, GUIDE_STYLE):
        assert all(a.checks["rubric"].values()), a.id
        assert a.checks["addresses_prompt"] and a.checks["metric_in_result"], a.id
    missing = [a for a in corpus if (a.seeded_fault or "").startswith("missing_")]
    assert sorted(index[a.base].prompt for a in missing) == sorted(cc.prompt_ids())
    for a in missing:
        element = a.seeded_fault.removeprefix("missing_")
        assert [k for k, v in a.checks["rubric"].items() if not v] == [element], a.id


def test_content_free_answers_earn_nothing(corpus):
    credits = ("metric_in_result", "learning", "mechanism", "addresses_prompt", "alternatives")
    for a in bases(corpus, EMPTY_STYLE):
        assert {s.label for s in a.sentences} == {"situation"}, a.id
        assert not any(a.checks[c] for c in credits), a.id
        assert not any(a.checks["rubric"].values()) and a.checks["action_steps"] == 0, a.id
        assert not a.checks["we_heavy"] and not a.checks["blame"], a.id
        # ... long, but for why-amazon, which has no setup share (the loader asks null of it)
        assert a.checks["long_setup"] is (None if a.prompt == "why-amazon" else True), a.id


def test_fillers_are_marked_on_both_sides(corpus):
    sentences = [s for a in corpus for s in a.sentences]
    marked = [s for s in sentences if "like" in s.fillers]
    meaningful = [s for s in sentences if " like " in f" {s.text.lower()} " and not s.fillers]
    assert len(marked) >= 5 and len(meaningful) >= 5


def test_word_labels_cover_every_word(corpus):
    for a in corpus:
        assert len(a.word_labels()) == a.words


def test_files_stay_small():
    for path in cc.CORPUS_DIR.glob("*.yaml"):
        assert path.stat().st_size < 1_000_000, path.name


# The loader rejects what breaks the schema.

GOOD = {
    "id": "x-01",
    "prompt": "tight-deadline",
    "register": "retail",
    "style": "casual",
    "split": "dev",
    "sentences": [
        {"text": "The store had to be reset by Monday.", "label": "situation"},
        {
            "text": "I moved the two best people to the entrance and left the back walls for later.",
            "label": "action",
        },
        {"text": "Sales beat the target by 12%.", "label": "result"},
    ],
    "checks": {
        "metric_in_result": True,
        "impact_quantities": ["by 12%"],
        "effort_quantities": ["two best people"],
        "learning": False,
        "mechanism": False,
        "long_setup": False,
        "we_heavy": False,
        "blame": False,
        "addresses_prompt": True,
        "alternatives": False,
        "action_steps": 1,
        "rubric": {"prioritization": True, "tradeoffs": False, "safety": False},
    },
}


def write(tmp_path, *answers):
    (tmp_path / "a.yaml").write_text(yaml.safe_dump({"answers": list(answers)}, sort_keys=False))
    return tmp_path


def changed(**fields):
    out = yaml.safe_load(yaml.safe_dump(GOOD, sort_keys=False))
    for key, value in fields.items():
        if key in out["checks"]:
            out["checks"][key] = value
        else:
            out[key] = value
    return out


def test_a_good_answer_loads(tmp_path):
    (answer,) = cc.load_all(write(tmp_path, GOOD))
    assert answer.id == "x-01" and answer.sentences[2].label == "result"


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        (changed(prompt="why-google"), "prompt"),
        (changed(register="pilot"), "register"),
        (
            changed(sentences=[*GOOD["sentences"], {"text": "It took 3 days.", "label": "action"}]),
            "no quantity list",
        ),
        (changed(sentences=[{"text": "Done.", "label": "ending"}]), "label"),
        (changed(metric_in_result=False), "metric_in_result"),
        (changed(long_setup=True), "long_setup"),
        (changed(impact_quantities=["two best people"]), "result/learning"),
        (changed(rubric={"prioritization": True}), "rubric"),
        (changed(base="nowhere", seeded_fault="blame", id="nowhere-blame"), "base"),
        (
            changed(sentences=[{"text": "So, um, it was late.", "label": "situation"}]),
            "marked",
        ),
        (changed(colour="blue"), "unknown keys"),
    ],
)
def test_bad_answers_are_rejected(tmp_path, answer, problem):
    with pytest.raises(CorpusError, match=problem):
        cc.load_all(write(tmp_path, answer))


def test_duplicate_ids_are_rejected(tmp_path):
    with pytest.raises(CorpusError, match="duplicate"):
        cc.load_all(write(tmp_path, GOOD, GOOD))


def test_a_variant_must_change_its_base(tmp_path):
    same = changed(id="x-01-blame", base="x-01", seeded_fault="blame")
    with pytest.raises(CorpusError, match="change"):
        cc.load_all(write(tmp_path, GOOD, same))


def test_a_part_is_named_by_its_split():
    assert {a.split for a in cc.part(SIXTH)} == {SIXTH}
    with pytest.raises(ValueError, match="no part 'heldout108'"):
        cc.part("heldout108")
