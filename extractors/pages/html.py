"""One tuned lxml parse per page, and the text walk every HTML adapter shares."""
from __future__ import annotations

from collections import Counter
from functools import partial

import lxml.etree
import lxml.html

from ..limits import MAX_DEPTH, MAX_ELEMENTS, PageRefused
from ..text import tidy_lines

# One parser for every page: no comments (LinkedIn puts "<!---->" between words), no
# processing instructions, and huge_tree so a deep or very large page parses instead of failing.
# It reads UTF-8 bytes: libxml2 parses those about 1.5x faster than a Python str (which it gets as
# UCS-4), and a stated encoding means a page's own <meta charset> cannot make it guess another.
PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                              huge_tree=True, default_doctype=False, encoding="utf-8")
# Every element an HtmlElement, chosen in C: lxml.html's default lookup is a Python call per element
# touched (a third of the text walk's time); the form and label classes it would pick are not used here.
PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))

# Elements whose text a reader never sees.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "code"})
# Elements that start a new line in the rendered page.
LINE_TAGS = frozenset({"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                       "tr", "section", "article", "header", "footer", "dt", "dd", "hr", "blockquote"})


# Characters libxml2 refuses in a document (NUL, C0 controls but tab and line breaks).
_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])


def parse(html: str) -> lxml.html.HtmlElement:
    """Parse a page once; an empty or markup-free string still yields an <html> element.

    Raises limits.PageRefused for a page nested deeper than libxml2 reads (it would drop the rest
    silently) or with more elements than any profile has (reading it would take seconds).
    """
    forget_locators()
    root = _parse(html)
    if any(e.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in PARSER.error_log):
        raise PageRefused("too_deep", f"The page nests elements more than {MAX_DEPTH} deep; "
                                      "a profile page nests a few dozen.")
    if (count := int(_COUNT(root))) > MAX_ELEMENTS:
        raise PageRefused("too_many_elements", f"The page has {count} elements; Scannable reads pages of up to "
                                               f"{MAX_ELEMENTS}.")
    return root


_COUNT = lxml.etree.XPath("count(//*)")


def _parse(html: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=PARSER)
    except ValueError:
        # NUL bytes, control characters or lone surrogates (valid in JSON strings): drop them, once.
        html = html.translate(_CONTROL).encode("utf-8", "ignore").decode("utf-8")
    except lxml.etree.ParserError:
        pass   # "Document is empty": whitespace only, or only comments
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=PARSER)
    except (lxml.etree.ParserError, ValueError):
        return lxml.html.document_fromstring(b"<html><body></body></html>", parser=PARSER)


def _hidden(el) -> bool:
    """Screen-reader copies and hidden panels: LinkedIn repeats every string in a visually-hidden span."""
    cls = el.get("class")
    if cls and "visually-hidden" in cls:
        return True
    return el.get("hidden") is not None


def text_of(el, skip_hidden: bool = True) -> str:
    """The visible text of an element, `<br>` and block elements as line breaks, lines tidied.

    Iterative (no recursion), so a page nested 100,000 deep cannot overflow the stack.
    """
    if not len(el):
        # A childless element, most of what the adapters read (a span of text): the walk would give its own
        # text alone (never its tail), or nothing if it is skipped; the line breaks it would put at either end
        # are stripped by tidy_lines anyway. Without the walk's setup and events this costs a third as much.
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP_TAGS or (skip_hidden and _hidden(el)):
            return ""
        return tidy_lines(el.text or "")
    parts: list[str] = []
    skipping = 0
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if skipping or tag in SKIP_TAGS or (skip_hidden and _hidden(node)) or not tag:
                skipping += 1
                continue
            if tag in LINE_TAGS:
                parts.append("\n")
            if node.text:
                parts.append(node.text)
        else:
            if skipping:
                skipping -= 1
            elif tag in LINE_TAGS:
                parts.append("\n")
            if node is not el and node.tail and not skipping:
                parts.append(node.tail)
    return tidy_lines("".join(parts))


def locator(el, cache: dict | None = None) -> str:
    """A short, stable path to the element for the client: nearest id'd ancestor (12 steps up at most), then tags.

    The tag steps are libxml2's own path (`div[2]` where the parent has several divs), cut to the steps
    below that ancestor: computed in C, where counting siblings in Python was quadratic in a long list.
    """
    cache = _STEPS if cache is None else cache
    depth = 0
    node = el
    while node is not None and depth < 12:
        if not isinstance(node.tag, str):
            break
        node_id = node.get("id")
        if node_id and not node_id.startswith("ember"):
            return "//" + "/".join([f'*[@id="{node_id}"]', *_path_steps(el, depth, cache)])
        depth += 1
        node = node.getparent()
    return "/" + "/".join(_path_steps(el, depth, cache))


def lazy_locator(el):
    """The element's locator as a function of no arguments, for a Block to call if it is ever read.

    It keeps this page's step cache (and so the tree) for as long as the Block lives.
    """
    return partial(locator, el, _STEPS)


def _path_steps(el, count: int, cache: dict) -> list[str]:
    """The last `count` steps of the element's absolute path, e.g. ["section[2]", "div", "ul"].

    The same steps as libxml2's getpath, which scans all of an element's siblings on every call:
    quadratic in a long list (49,000 <p> siblings took minutes). A long list's steps are built once per parent.
    """
    steps: list[str] = []
    node = el
    while len(steps) < count:
        parent = node.getparent()
        if parent is None:
            steps.append(node.tag)
            break
        steps.append(_step(node) if len(parent) <= _FEW_SIBLINGS else _child_steps(parent, cache)[node])
        node = parent
    return steps[::-1]


# Up to this many children, a step is counted from the element's same-tag siblings (lxml's itersiblings, in C):
# cheaper than its parent's table, when a page quotes a dozen blocks. A longer list gets the table, built once.
_FEW_SIBLINGS = 64


def _step(node) -> str:
    """The element's step under its parent, as _child_steps gives it: its tag, indexed if a sibling shares the tag."""
    tag = node.tag
    before = sum(1 for _ in node.itersiblings(tag, preceding=True))
    if before or next(node.itersiblings(tag), None) is not None:
        return f"{tag}[{before + 1}]"
    return tag


# parent element -> {child element: its step}, for the page being read (read_html starts a new one after).
# Module state, so one page at a time per process: gunicorn's sync workers serve one request each.
_STEPS: dict = {}


def forget_locators() -> None:
    """Start a new locator cache: the module lets go of the last page's tree (its lazy locators keep theirs)."""
    global _STEPS
    _STEPS = {}


def _child_steps(parent, cache: dict) -> dict:
    steps = cache.get(parent)
    if steps is None:
        children = [c for c in parent if isinstance(c.tag, str)]
        counts = Counter(c.tag for c in children)
        seen: Counter = Counter()
        steps = {}
        for child in children:
            seen[child.tag] += 1
            steps[child] = f"{child.tag}[{seen[child.tag]}]" if counts[child.tag] > 1 else child.tag
        cache[parent] = steps
    return steps
