"""Scale: the cost as a page grows from 50 KB to 5 MB, per byte, beside a bare lxml parse of the same bytes.

The synthetic page has the make-up of the real captures: the bundled sample profile's sections repeated
(15% of the bytes, so about 1.5% of them visible text, as in the captures) and, after each copy, hidden
`<code>` blocks of JSON as LinkedIn embeds (half the bytes of a real capture). So every stage gets
proportionally more to do, and the largest page stays within the extractors' limits (extractors/limits.py
refuses a page with more visible text, blocks or elements than any profile has); should a size need more
copies than the limits allow, it gets as many as they allow and its row says so. Linear cost shows as a
flat time per byte and a fitted exponent near 1 (time ~ bytes^k). Goal: k <= 1.1.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import lxml.html

import extractors

from .pages import URL, sample
from .timing import interleaved, median, ms, progress, ratio

SIZES = (50_000, 150_000, 500_000, 1_500_000, 5_000_000)
GOAL_EXPONENT = 1.1
PROFILE_SHARE = 0.15   # of the bytes: profile sections; the rest is embedded JSON
_SECTIONS = re.compile(r"<section\b.*?</section>", re.S)


@lru_cache(maxsize=1)
def _parts() -> tuple[str, str, str, str]:
    """The sample profile cut into: up to <main>, its top card, its other sections, from </main> on."""
    html = sample().text
    start, end = html.index("<main"), html.index("</main>")
    start = html.index(">", start) + 1
    sections = _SECTIONS.findall(html, start, end)
    return html[:start], sections[0], "".join(sections[1:]), html[end:]


def copies_wanted(size: int) -> int:
    return max(1, round(size * PROFILE_SHARE / len(_parts()[2].encode())))


def synthetic(size: int) -> str:
    """A page of about `size` bytes: the sample profile's sections (all but the top card) repeated, with filler."""
    before, top, body, after = _parts()
    copies = min(copies_wanted(size), capacity())
    bare = before + top + body * copies + after
    filler = _embedded_json(max(0, size - len(bare.encode())) // copies)
    return before + top + (body + filler) * copies + after


@lru_cache(maxsize=1)
def capacity() -> int:
    """How many copies of the sample's sections the extractors' limits allow, with a 10% margin."""
    from extractors import limits

    html = sample().text
    blocks = list(extractors.read_html(html, URL).blocks())
    per_copy = {"MAX_TEXT_CHARS": sum(len(b.text) for b in blocks), "MAX_BLOCKS": len(blocks),
                "MAX_ELEMENTS": len(html) // 40}   # an element per 40 bytes overstates the sample's count
    caps = [getattr(limits, name) / n for name, n in per_copy.items() if getattr(limits, name, None) and n]
    return max(1, int(0.9 * min(caps))) if caps else 10**6


def visible_text(html: str) -> int:
    return sum(len(b.text) for b in extractors.read_html(html, URL).blocks())


def _embedded_json(size: int) -> str:
    """About `size` bytes of hidden <code> blocks holding JSON, the way LinkedIn ships its page data."""
    record = ('{"data":{"entityUrn":"urn:li:fsd_profile:ACoAAB0000000","premiumFeature":false,'
              '"$type":"com.linkedin.voyager.dash.identity.profile.Profile"},"included":[]}')
    block = '<code style="display: none" id="bpr-guid-0">\n  ' + record * 40 + "\n</code>"
    whole, rest = divmod(size, len(block))
    return block * whole + (f'<code style="display: none">{"x" * max(0, rest - 40)}</code>' if rest > 40 else "")


def fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares slope and intercept of y on x."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else float("nan")
    return slope, my - slope * mx


def run(sizes: tuple[int, ...] = SIZES, repeats: int = 5) -> dict:
    rows = []
    for size in sizes:
        html = synthetic(size)
        data = html.encode("utf-8")
        # Fewer rounds for the largest page: its median is steadier and each round costs more.
        rounds = repeats if len(data) < 2_000_000 else max(3, repeats // 2)
        progress(f"scale: {len(data) / 1024:.0f} KB synthetic page, {rounds} interleaved rounds")
        times = interleaved({
            "annotate": lambda: extractors.annotate(html, URL, today="2024-12"),
            "parse": lambda: lxml.html.document_fromstring(data),
        }, rounds)
        a, p = median(times["annotate"]), median(times["parse"])
        rows.append({"bytes": len(data), "kb": round(len(data) / 1024, 1),
                     "annotations": extractors.annotate(html, URL, today="2024-12")["total"],
                     "text_chars": visible_text(html), "capped": copies_wanted(size) > capacity(),
                     "annotate_ms": ms(a), "lxml_parse_ms": ms(p),
                     "us_per_kb": round(a * 1e6 / (len(data) / 1024), 2),
                     "lxml_us_per_kb": round(p * 1e6 / (len(data) / 1024), 2),
                     "ratio": round(ratio(a, p), 2)})
    return {"status": "ok", "repeats": repeats, "rows": rows, **summarise(rows)}


def summarise(rows: list[dict]) -> dict:
    """The fitted exponents and slope of a series, and whether it is linear.

    Over the whole series a fixed cost at the small sizes can hide a superlinear tail, so the exponent
    between the two largest sizes (the tail) is judged too: it shows a cost that grows with the square.
    """
    logs = [math.log(r["bytes"]) for r in rows]
    exponent, _ = fit(logs, [math.log(r["annotate_ms"]) for r in rows])
    lxml_exponent, _ = fit(logs, [math.log(r["lxml_parse_ms"]) for r in rows])
    tail, _ = fit(logs[-2:], [math.log(r["annotate_ms"]) for r in rows[-2:]])
    slope, intercept = fit([r["bytes"] / 1e6 for r in rows], [r["annotate_ms"] for r in rows])
    per_kb = [r["us_per_kb"] for r in rows]
    return {
        "exponent": round(exponent, 3), "tail_exponent": round(tail, 3), "lxml_exponent": round(lxml_exponent, 3),
        "slope_ms_per_mb": round(slope, 2), "intercept_ms": round(intercept, 2),
        "per_kb_spread": round(max(per_kb) / min(per_kb), 2),
        "goal": f"time ~ bytes^k with k <= {GOAL_EXPONENT}, over the series and between the two largest pages",
        "met": exponent <= GOAL_EXPONENT and tail <= GOAL_EXPONENT,
    }
