"""Scale: the cost as a page grows from 50 KB to 5 MB, per byte, beside a bare lxml parse of the same bytes.

The synthetic page has the density of the real captures: the bundled sample profile's sections repeated
(a quarter of the bytes) and, after each copy, hidden `<code>` blocks of JSON as LinkedIn embeds (the
real captures are half such blocks, with 1-2% of their bytes visible text). So every stage gets
proportionally more to do and the largest page stays under the extractors' limits on visible text and
elements (extractors/limits.py), which refuse text-dense pages of this size. Linear cost shows as a flat
time per byte and a fitted exponent near 1 (time ~ bytes^k). Goal: k <= 1.1.
"""
from __future__ import annotations

import math
import re

import lxml.html

import extractors

from .pages import URL, sample
from .timing import interleaved, median, ms, progress, ratio

SIZES = (50_000, 150_000, 500_000, 1_500_000, 5_000_000)
GOAL_EXPONENT = 1.1
PROFILE_SHARE = 0.25   # of the bytes: profile sections; the rest is embedded JSON
_SECTIONS = re.compile(r"<section\b.*?</section>", re.S)


def synthetic(size: int) -> str:
    """A page of about `size` bytes: the sample profile's sections (all but the top card) repeated, with filler."""
    html = sample().text
    head, main_end = html.index("<main"), html.index("</main>")
    head = html.index(">", head) + 1
    sections = _SECTIONS.findall(html, head, main_end)
    top, body = sections[0], "".join(sections[1:])
    copies = max(1, round(size * PROFILE_SHARE / len(body.encode())))
    bare = html[:head] + top + body * copies + html[main_end:]
    filler = _embedded_json(max(0, size - len(bare.encode())) // copies)
    return html[:head] + top + (body + filler) * copies + html[main_end:]


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
                     "annotate_ms": ms(a), "lxml_parse_ms": ms(p),
                     "us_per_kb": round(a * 1e6 / (len(data) / 1024), 2),
                     "lxml_us_per_kb": round(p * 1e6 / (len(data) / 1024), 2),
                     "ratio": round(ratio(a, p), 2)})
    logs = [math.log(r["bytes"]) for r in rows]
    exponent, _ = fit(logs, [math.log(r["annotate_ms"]) for r in rows])
    lxml_exponent, _ = fit(logs, [math.log(r["lxml_parse_ms"]) for r in rows])
    slope, intercept = fit([r["bytes"] / 1e6 for r in rows], [r["annotate_ms"] for r in rows])
    per_kb = [r["us_per_kb"] for r in rows]
    return {
        "status": "ok", "repeats": repeats, "rows": rows,
        "exponent": round(exponent, 3), "lxml_exponent": round(lxml_exponent, 3),
        "slope_ms_per_mb": round(slope, 2), "intercept_ms": round(intercept, 2),
        "per_kb_spread": round(max(per_kb) / min(per_kb), 2),
        "goal": f"time ~ bytes^k with k <= {GOAL_EXPONENT}", "met": exponent <= GOAL_EXPONENT,
    }
