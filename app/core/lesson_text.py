"""Parse the lesson Markdown subset of docs/course-pack.md and lay a lesson out for reading.

The reader shows blocks one per paragraph; the *display text* is the blocks' texts
joined by one newline each (an image counts as one object character), so character
offsets here are the same as positions in the reader's document. Sentence offsets,
highlighting and bookmarks all rely on that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.models import Block, BlockKind, LessonContent

OBJECT_CHAR = "\ufffc"
_IMAGE = re.compile(r"^!\[[^\]]*\]\(([^)\s]+)\)$")
_STEP = re.compile(r"^(\d{1,3})[.、．]\s*(.+)$")


def parse_lesson_markdown(source: str) -> list[Block]:
    """Blocks of a lesson file. Unknown syntax is kept as plain paragraph text."""
    blocks: list[Block] = []
    for raw in source.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            blocks.append(Block(BlockKind.HEADING, line.lstrip("#").strip()))
        elif line.startswith(">"):
            blocks.append(Block(BlockKind.REMEMBER, line[1:].strip()))
        elif line.startswith(("- ", "* ")):
            blocks.append(Block(BlockKind.BULLET, line[2:].strip()))
        elif match := _IMAGE.match(line):
            blocks.append(Block(BlockKind.IMAGE, image=match.group(1)))
        elif match := _STEP.match(line):
            blocks.append(Block(BlockKind.STEP, match.group(2).strip(), number=match.group(1)))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, line))
    return blocks


def block_display_text(block: Block) -> str:
    """What a block shows in the reader (and what read-aloud speaks for it)."""
    if block.kind is BlockKind.IMAGE:
        return OBJECT_CHAR
    if block.kind is BlockKind.STEP:
        return f"{block.number}. {block.text}"
    if block.kind is BlockKind.BULLET:
        return f"• {block.text}"
    return block.text


@dataclass(frozen=True, slots=True)
class PlacedBlock:
    """A block with its place in the display text, so an offset can be mapped to its block."""

    block: Block
    start: int  # offset of the block's first character in the display text
    end: int  # offset just past its last character


@dataclass(frozen=True, slots=True)
class LessonView:
    """What the reader renders: title, blocks with offsets, and the full display text."""

    lesson_id: str
    title: str
    lang: str
    blocks: tuple[PlacedBlock, ...]
    text: str

    @property
    def images(self) -> list[Block]:
        return [p.block for p in self.blocks if p.block.kind is BlockKind.IMAGE]


def build_lesson_view(content: LessonContent, title: str, remember_title: str) -> LessonView:
    """Lay out ``content``; a heading ``remember_title`` is put before the summary box."""
    blocks: list[Block] = []
    seen_remember = False
    for block in content.blocks:
        if block.kind is BlockKind.REMEMBER and not seen_remember:
            seen_remember = True
            blocks.append(Block(BlockKind.HEADING, remember_title))
        blocks.append(block)
    placed: list[PlacedBlock] = []
    parts: list[str] = []
    offset = 0
    for block in blocks:
        shown = block_display_text(block)
        placed.append(PlacedBlock(block, offset, offset + len(shown)))
        parts.append(shown)
        offset += len(shown) + 1
    return LessonView(content.lesson_id, title, content.lang, tuple(placed), "\n".join(parts))
