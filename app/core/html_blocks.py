"""Platform lesson text (HTML or plain text) → the reader's ``Block`` model.

HTML from the network is first cleaned by nh3 (an allow-list: no scripts, no event
handlers, no ``javascript:``/``file:``/``data:`` URLs, no styles, no frames), then
walked into the same blocks a pack lesson uses: headings, paragraphs, steps,
bullets, "remember" lines and pictures with alt text. Pictures never load from the
network here: ``picture`` maps a picture's URL to a file already saved on disk
(or "" when it is not saved, and then its alt text is shown as words instead).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import nh3

from app.core.models import Block, BlockKind, Link

ALLOWED_TAGS = frozenset(
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "section", "article", "span",
        "br", "ul", "ol", "li", "blockquote", "img", "a", "strong", "em", "b", "i", "u",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
URL_SCHEMES = frozenset({"http", "https"})
DROP_WITH_CONTENT = frozenset({"script", "style", "template", "iframe", "object", "noscript"})
_SPACE = re.compile(r"\s+")
_BLOCK_TAGS = {"p", "div", "section", "article", "li", "blockquote"}


def sanitise_html(source: str) -> str:
    """``source`` reduced to the allow-list above; safe to parse and show."""
    return nh3.clean(
        source,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROP_WITH_CONTENT),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        strip_comments=True,
        link_rel=None,
    )


def safe_link(href: str, base: str) -> str:
    """An absolute http(s) link, or "" for anything else."""
    if not href.strip():
        return ""
    try:
        url = urljoin(base, href.strip())
        return url if urlsplit(url).scheme in URL_SCHEMES else ""
    except ValueError:
        return ""


class _Walker(HTMLParser):
    def __init__(self, base_url: str, picture: Callable[[str], str]) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.picture = picture
        self.blocks: list[Block] = []
        self.kind = BlockKind.PARAGRAPH
        self.number = ""
        self.parts: list[str] = []
        self.links: list[Link] = []
        self.href = ""
        self.link_start = 0
        self.lists: list[list[int]] = []  # stack of [is_ordered, counter]
        self.quote = 0

    # -- text accumulation
    def _text(self) -> str:
        return "".join(self.parts)

    def flush(self) -> None:
        raw = self._text()
        text = _SPACE.sub(" ", raw)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if text:
            links = tuple(
                Link(max(0, a - lead), min(len(text), b - lead), h)
                for a, b, h in ((lk.start, lk.end, lk.href) for lk in self.links)
                if min(len(text), b - lead) > max(0, a - lead)
            )
            self.blocks.append(Block(self.kind, text, number=self.number, links=links))
        self.parts = []
        self.links = []
        self.number = ""
        self.kind = BlockKind.REMEMBER if self.quote else BlockKind.PARAGRAPH

    def _add(self, text: str) -> None:
        # collapse as we go so link offsets match the final text
        text = _SPACE.sub(" ", text)
        if text.startswith(" ") and (not self.parts or self._text().endswith(" ")):
            text = text[1:]
        self.parts.append(text)

    # -- parser events
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.flush()
            self.kind = BlockKind.HEADING
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists.append([int(tag == "ol"), 0])
        elif tag == "li":
            self.flush()
            if self.lists and self.lists[-1][0]:
                self.lists[-1][1] += 1
                self.kind, self.number = BlockKind.STEP, str(self.lists[-1][1])
            else:
                self.kind = BlockKind.BULLET
        elif tag == "blockquote":
            self.flush()
            self.quote += 1
            self.kind = BlockKind.REMEMBER
        elif tag in _BLOCK_TAGS:
            self.flush()
        elif tag == "br":
            self._add(" ")
        elif tag == "img":
            self._image(values.get("src", ""), values.get("alt", ""))
        elif tag == "a":
            self.href = safe_link(values.get("href", ""), self.base_url)
            self.link_start = len(self._text())

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            if self.href:
                self.links.append(Link(self.link_start, len(self._text()), self.href))
            self.href = ""
        elif tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "blockquote":
            self.flush()
            self.quote = max(0, self.quote - 1)
            self.kind = BlockKind.REMEMBER if self.quote else BlockKind.PARAGRAPH
        elif tag in _BLOCK_TAGS or (tag.startswith("h") and tag[1:].isdigit()):
            self.flush()

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _image(self, src: str, alt: str) -> None:
        alt = _SPACE.sub(" ", alt).strip()
        url = safe_link(src, self.base_url) if src else ""
        path = self.picture(url) if url else ""
        kind, number = self.kind, self.number
        self.flush()
        if path:
            self.blocks.append(Block(BlockKind.IMAGE, image=path, alt=alt))
        elif alt:
            self.blocks.append(Block(BlockKind.PARAGRAPH, f"[{alt}]"))
        self.kind, self.number = kind, number


def html_to_blocks(
    source: str, base_url: str = "", picture: Callable[[str], str] | None = None
) -> list[Block]:
    """Blocks of an HTML lesson; the HTML is sanitised first, whatever its origin."""
    walker = _Walker(base_url, picture or (lambda _url: ""))
    walker.feed(sanitise_html(source))
    walker.close()
    walker.flush()
    return walker.blocks


def text_to_blocks(source: str) -> list[Block]:
    """Blocks of a plain-text lesson: one paragraph per non-empty line."""
    lines = (_SPACE.sub(" ", line).strip() for line in source.replace("\r\n", "\n").split("\n"))
    return [Block(BlockKind.PARAGRAPH, line) for line in lines if line]


def picture_urls(source: str, base_url: str) -> list[str]:
    """The absolute URLs of the pictures a (sanitised) HTML lesson shows, to save them."""
    found: list[str] = []

    class _Images(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "img":
                src = dict(attrs).get("src") or ""
                url = safe_link(src, base_url) if src else ""
                if url and url not in found:
                    found.append(url)

    parser = _Images()
    parser.feed(sanitise_html(source))
    parser.close()
    return found
