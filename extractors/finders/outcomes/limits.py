"""How far the outcome finder reads: the regex timeout, the most numbers a text and digits a number, the flags
the verbose patterns share."""
from __future__ import annotations

import regex

# Every scan of a whole text gets this timeout (seconds): a last guard against a pattern we got wrong.
# The patterns are bounded, so it never fires on any input we know; a TimeoutError here is a bug.
# Calls on a window of at most ~110 characters next to a number are bounded by the window and go
# without it: the regex package's timeout costs 3-10 µs a call, more than most of those calls. So do
# the scans whose pattern cannot backtrack (one character class, a fixed lookaround: _DIGITS,
# _GLUED_SENTENCE, _OTHER_DIGITS).
TIMEOUT = 1.0
_FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.V0
# A block with more numbers than this is not prose (a table, a dump, an attack): the rest are not read.
MAX_NUMBERS = 400
# A run of more digits than this is an id, a hash or junk, never a magnitude.
MAX_DIGITS = 15
