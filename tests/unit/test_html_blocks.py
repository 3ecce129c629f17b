"""Lesson HTML from the network: an XSS corpus through the sanitiser, then reader blocks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.html_blocks import html_to_blocks, picture_urls, sanitise_html, text_to_blocks
from app.core.models import BlockKind

BASE = "https://cdn.example/resources/lessons/l1.html"

XSS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<img src=javascript:alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="jav&#x09;ascript:alert(1)">click</a>',
    '<a href="file:///etc/passwd">file</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    "<svg onload=alert(1)>",
    '<body onload="alert(1)">',
    '<iframe src="https://evil.example"></iframe>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<style>@import "https://evil.example/x.css";</style>',
    '<div style="background:url(https://evil.example/track.png)">x</div>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<form action="https://evil.example"><input name=a></form>',
    '<p onclick="alert(1)" onmouseover="alert(2)">hello</p>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<a href="https://ok.example" target="_blank" ping="https://evil.example">ok</a>',
    "<!--<script>alert(1)</script>-->",
    '<base href="https://evil.example/">',
    "<video><source onerror=alert(1)></video>",
    '<audio src="https://evil.example/track.mp3" autoplay>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]
FORBIDDEN = ("<script", "onerror", "onload", "onclick", "onmouseover", "javascript:", "file:",
             "data:", "<iframe", "<object", "<embed", "<link", "<style", "style=", "<meta",
             "<form", "<svg", "<base", "<video", "<audio", "ping=", "evil.example/x")  # fmt: skip


@pytest.mark.parametrize("attack", XSS)
def test_the_sanitiser_removes_every_active_or_remote_part(attack: str) -> None:
    clean = sanitise_html(f"<p>before</p>{attack}<p>after</p>").lower()
    for bad in FORBIDDEN:
        assert bad not in clean, (attack, clean)
    assert "before" in clean  # the harmless text stays (an unclosed <style> may eat the rest)


@pytest.mark.parametrize("attack", XSS)
def test_blocks_of_an_attack_carry_no_script_and_only_web_links(attack: str) -> None:
    blocks = html_to_blocks(attack, BASE, picture=lambda url: "")
    for block in blocks:
        assert "alert(" not in block.text or block.kind is not BlockKind.IMAGE
        assert block.image == ""  # nothing from the network is shown as a picture
        for link in block.links:
            assert link.href.startswith(("http://", "https://"))


def test_lesson_html_becomes_the_readers_blocks() -> None:
    html = (
        "<h2>准备 &amp; 开始</h2><p>先把水壶<b>洗干净</b>。<br>再装水。</p>"
        "<ol><li>插上电源</li><li>按下开关</li></ol><ul><li>小心热气</li></ul>"
        '<img src="../img/cup.png" alt="一只茶杯"><blockquote>水开了再泡茶。</blockquote>'
        '<p>看<a href="https://example.org/tea">这里</a>。</p>'
    )
    saved = {"https://cdn.example/resources/img/cup.png": "/data/media/cup.png"}
    blocks = html_to_blocks(html, BASE, picture=lambda url: saved.get(url, ""))
    shown = [(b.kind, b.text, b.number) for b in blocks if b.kind is not BlockKind.IMAGE]
    assert shown == [
        (BlockKind.HEADING, "准备 & 开始", ""),
        (BlockKind.PARAGRAPH, "先把水壶洗干净。 再装水。", ""),
        (BlockKind.STEP, "插上电源", "1"),
        (BlockKind.STEP, "按下开关", "2"),
        (BlockKind.BULLET, "小心热气", ""),
        (BlockKind.REMEMBER, "水开了再泡茶。", ""),
        (BlockKind.PARAGRAPH, "看这里。", ""),
    ]
    image = next(b for b in blocks if b.kind is BlockKind.IMAGE)
    assert (image.image, image.alt) == ("/data/media/cup.png", "一只茶杯")
    link = blocks[-1].links[0]
    assert blocks[-1].text[link.start : link.end] == "这里"
    assert link.href == "https://example.org/tea"


def test_picture_urls_are_resolved_for_saving() -> None:
    html = '<img src="a.png"><img src="https://x.example/b.jpg"><img src="javascript:x">'
    assert picture_urls(html, BASE) == [
        "https://cdn.example/resources/lessons/a.png",
        "https://x.example/b.jpg",
    ]


def test_plain_text_lessons_are_paragraphs() -> None:
    blocks = text_to_blocks("第一行\r\n\r\n  第二行  \n")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "第一行"),
        (BlockKind.PARAGRAPH, "第二行"),
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcscriptimgonerrorhref:javascript&#;")),
               max_size=120))  # fmt: skip
def test_random_markup_never_breaks_the_converter(source: str) -> None:
    for block in html_to_blocks(source, BASE):
        assert block.text or block.kind is BlockKind.IMAGE
        for link in block.links:
            assert 0 <= link.start < link.end <= len(block.text)
            assert link.href.startswith(("http://", "https://"))
