"""The page registry: every screen the app can show, by key (``home``, ``course:<id>``…).

The window, ``--screenshot --page KEY`` and the accessibility tests all go through
it, so a page added here is automatically reachable, screenshot-able and checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import NotFoundError
from app.ui.pages.base import Page


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One kind of page: how to build it from its key, and keys worth rendering in tests."""

    prefix: str
    build: Callable[[str], Page]  # the part after "prefix:" ("" when none) → a new page
    examples: Callable[[], list[str]]  # keys worth rendering in tests and screenshots


class PageRegistry:
    def __init__(self) -> None:
        self._specs: dict[str, PageSpec] = {}

    def register(
        self,
        prefix: str,
        build: Callable[[str], Page],
        examples: Callable[[], list[str]] | None = None,
    ) -> None:
        self._specs[prefix] = PageSpec(prefix, build, examples or (lambda: [prefix]))

    def build(self, key: str) -> Page:
        """A new page for ``key``; ``NotFoundError`` for an unknown key or id."""
        prefix, _, arg = key.partition(":")
        spec = self._specs.get(prefix)
        if spec is None:
            raise NotFoundError()
        return spec.build(arg)

    def example_keys(self) -> list[str]:
        return [key for spec in self._specs.values() for key in spec.examples()]
