"""A plan text saved as a web page's HTML source (<p>, <table><tr><td>…) read as the text a browser shows.

A site's page copied with "view source", or a crawler's store of it, reaches ``zhanxin draft`` as tags
around the plan's words: paragraphs and headings become lines, a table's rows become lines of cells
apart by " | " (the form the draft reads a web page's flattened table in), and character references
(&nbsp;, &lt;) become their characters. The standard library's HTML parser does the reading; it is
forgiving of the unclosed and cut-off tags such copies hold.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_MARKUP = re.compile(r"</?(?:p|td|tr|table|div|span|h[1-6]|br|li)\b[^>]*>", re.IGNORECASE)
"""A tag of the kinds a page's text is wrapped in."""
_MARKUP_MIN = 3
"""How many such tags make a text a page's source (a plan may name one <tag> in passing, never three)."""
_LINES = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "table"}
"""Tags that end a line; a <div> inside a table cell does not."""


def is_markup(text: str) -> bool:
    """Is the text a web page's HTML source rather than its words?"""
    return len(_MARKUP.findall(text, 0, 20_000)) >= _MARKUP_MIN


class _Text(HTMLParser):
    """The words of a page, a line for each block, a table's cells apart by " | "."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.cells = 0  # table cells open (nested divs inside a cell stay on its line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("td", "th"):
            self.cells += 1
        elif tag in _LINES and not self.cells:
            self.end_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self.cells = max(0, self.cells - 1)
            self.line.append(" | ")
        elif tag in _LINES and not self.cells:
            self.end_line()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.cells:
            self.end_line()

    def handle_data(self, data: str) -> None:
        self.line.append(re.sub(r"\s+", " ", data))

    def end_line(self) -> None:
        line = "".join(self.line).strip()
        if line:
            self.lines.append(line)
        self.line = []


def page_text(text: str) -> str:
    """The words of a page's HTML source: a line for each paragraph, heading and table row."""
    reader = _Text()
    reader.feed(text)
    reader.close()
    reader.end_line()
    return "\n".join(re.sub(r"\s+", " ", line) for line in reader.lines)
