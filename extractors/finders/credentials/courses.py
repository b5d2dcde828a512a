"""Courses taken, as a training list's sentences name them: "A course in “Professional photography” implemented by
Save Youth Future Society", "Social Media course at PICD". A completed course from a named provider is a
credential of tier "course" (the seventh batch's call); read only in a certifications or training section."""
from __future__ import annotations

import regex

from ...document import Block
from ...findings import Finding
from .finding import _finding
from .words import _EVENT, alternation

# An opening and a closing quotation mark, as written or as the byte escapes of one-line CVs ("\xe2\x80\x9c").
_OPEN = r"(?:\\xe2\\x80\\x9c|“|\"\"|\")"
_CLOSE = r"(?:\\xe2\\x80\\x9d|\\xe2\\x80\\x9c|”|\"\"|\")"

_COURSE = regex.compile(rf"""(?x)
    (?<![\p{{L}}])
    (?:
        # "course in “Professional photography”", "training course on Advocacy": the title follows, quoted (to the
        # closing quote or the line's end, a double space in a one-line CV) or capitalised (to what follows it);
        # the quote opening it is part of the name, the closing one is not
        (?P<lead>(?:(?i:training)\s+)?(?i:course)\s+(?:in|on|of)\s+)
        (?P<title>{_OPEN}\s*(?:[^"“”\\\s]|\s(?!\s)){{2,160}}?(?=\s*{_CLOSE}|\s\s)
                  | \p{{Lu}}[^.,;:()"“”\\]{{1,100}}?
                    (?=\s+(?:at|by|held|implemented|organi[sz]ed|conducted|offered|sponsored|funded|dated|within|with|from|on|in\s+\d)\b|\s*[.,;(]))
      | # "Social Media course at PICD", "SDL Trados paid course": a capitalised name, then the word
        (?P<named>\p{{Lu}}[\p{{L}}\p{{N}}+#.-]*(?:\x20(?!(?i:a|an|the|of)\s)[\p{{L}}\p{{N}}+#.-]+){{0,4}}?\s+(?:paid\s+)?course)
        (?=\s+(?:at|by|from|with|held|implemented|conducted|organi[sz]ed|offered)\b)
    )""")

# Who gave it, in the words after the name: "implemented by Save Youth Future Society", "at (PICD)", "sponsored by
# Al Mezan Center"; a name is capitalised words ("Human Rights- PCHR" ends at the dash; "Proz.com" at its domain),
# perhaps ending in a body's noun in lower case ("Filastiniyat institution").
_PROVIDER = regex.compile(r"""(?x)
    \b(?:by|at)\s+(?:the\s+)?\(?
    (?P<by>(?!(?i:dr|phd|prof|mr|mrs|ms)\b)
        (?>\p{Lu}[\p{L}\p{N}&']*(?:[.-][\p{L}\p{N}]+)*)
        (?:(?<!\.(?:com|org|net|edu))\s+(?:(?:of|for|and|&|on|in)\s+)?(?>\p{Lu}[\p{L}\p{N}&']*(?:[.-][\p{L}\p{N}]+)*)){0,7}
        (?:(?<!\.(?:com|org|net|edu))\s+(?i:institution|center|centre|institute|society|academy))?)""")

# A MOOC list's line, as Coursera and edX write it: "<title> by <maker> on Coursera. Certificate earned on <date>",
# "<title> by Stanford University. Statement of Accomplishment earned ...": the title from the line's start (a
# column gap, a bar or the text's start; no double space inside), the maker its issuer.
_MOOC = regex.compile(rf"""(?x)
    (?<=^|\s\s|\|\s)
    (?P<title>\p{{Lu}}(?:[^\s|]|\s(?!\s)){{2,150}}?)
    \s+by\s+(?:the\s+)?(?P<by>\p{{Lu}}(?:[^\s.,;|]|\s(?!\s)(?!on\s)){{2,120}}?)
    (?:\s+on\s+(?:{alternation('course_platforms')})\b
      | \.\s+(?:Honor\s+Code\s+)?(?i:certificate|statement\s+of\s+accomplishment)\s+earned\b)""")

# How far after the name its provider is looked for: the rest of its sentence, at most.
_WINDOW = 220


def _course_findings(block: Block) -> list[Finding]:
    """Each course a training list's sentence names with its provider."""
    text = block.text
    out = []
    if " by " in text:
        for m in _MOOC.finditer(text):
            f = _finding(block, m.start("title"), m.end("title"), None, m["title"])
            f.data.update(issuer=" ".join(m["by"].split()), tier_read="course")
            out.append(f)
    if "ourse" not in text:
        return out
    matches = list(_COURSE.finditer(text))
    for n, m in enumerate(matches):
        a = m.start("lead") if m["lead"] else m.start("named")
        b = m.end("title") if m["lead"] else m.end("named")
        # the provider is named before the next course or event begins
        stop = min(b + _WINDOW, matches[n + 1].start() if n + 1 < len(matches) else len(text))
        if (event := _EVENT.search(text, b, stop)):
            stop = event.start()
        by = _PROVIDER.search(text, b, stop)
        if not by or _EVENT.search(text, a, b):
            continue    # no provider named: coursework; or an event
        f = _finding(block, a, b, None, text[a:b])
        f.data.update(issuer=" ".join(by["by"].split()), tier_read="course")
        out.append(f)
    return out
