"""The contract-v1 adapter: the platform's static-JSON layout behind ``PlatformSource``."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

from app.core.errors import ApiDataError, PlatformUnavailable
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.platform_contract import (
    CourseDetails,
    LessonDetail,
    LessonText,
    PartResult,
    Topic,
    VersionIndex,
)
from app.core.platform_parse import (
    bad,
    parse_details,
    parse_part,
    parse_tag_tree,
    parse_version_index,
)
from app.services.platform.config import PlatformConfig
from app.services.platform.http import PlatformHttp


class StaticJsonSource:
    """Implements ``PlatformSource`` over ``PlatformHttp`` and a ``PlatformConfig``."""

    def __init__(self, http: PlatformHttp, config: PlatformConfig) -> None:
        self.http = http
        self.config = config

    async def topics(self) -> list[Topic]:
        return parse_tag_tree(await self.http.get_json(self.config.tags_url))

    async def version_index(self) -> VersionIndex:
        url = self.config.index_url
        return parse_version_index(await self.http.get_json(url), url)

    async def part(self, url: str) -> PartResult:
        data = await self.http.get_json(url)
        if isinstance(data, list) and len(data) > 200:  # a big part: check it beside the loop
            return await asyncio.to_thread(parse_part, data, url)
        return parse_part(data, url)

    async def course_details(self, course_id: str) -> CourseDetails:
        url = self.config.details_url(course_id)
        return parse_details(await self.http.get_json(url), url)

    async def lesson_text(self, lesson: LessonDetail) -> LessonText | None:
        """The first storage that answers with bytes matching ``ti_md5`` wins."""
        item = lesson.text_item()
        if item is None:
            return None
        problem: Exception | None = None
        last = len(item.storages) - 1
        for i, url in enumerate(item.storages):
            try:  # mirrors: only the last one is retried, so a dead mirror costs one request
                body = await self.http.get_bytes(
                    url,
                    cap=self.http.limits.max_json_bytes,
                    conditional=False,
                    retries=None if i == last else 0,
                )
            except (PlatformUnavailable, ApiDataError) as exc:
                problem = exc
                continue
            if item.md5 and hashlib.md5(body).hexdigest() != item.md5:
                problem = ApiDataError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A lesson arrived damaged ({where}). Please try again later."
                    ),
                    where=lesson.title,
                )
                continue
            try:
                text = body.decode("utf-8-sig")
            except UnicodeDecodeError:
                problem = ApiDataError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A lesson arrived damaged ({where}). Please try again later."
                    ),
                    where=lesson.title,
                )
                continue
            return LessonText(item.format, text, url)
        raise problem or PlatformUnavailable()

    async def media(self, url: str, dest: str) -> bool:
        return await self.http.download(url, Path(dest))

    async def class_items(self, token: str) -> list[object]:
        """The ``Data`` list of ``api/my/classes``; 401 → ``SignInNeeded``."""
        data = await self.http.get_json(self.config.classes_url, token=token, conditional=False)
        if not isinstance(data, dict) or not isinstance(data.get("Data"), list):
            raise bad("classes.Data")
        return list(data["Data"])

    async def send_records(self, token: str, records: list[dict[str, object]]) -> list[str]:
        """POST ``{"Records": [...]}``; the ``Accepted`` ids. 401 → ``SignInNeeded``."""
        data = await self.http.post_json(self.config.records_url, {"Records": records}, token)
        accepted = data.get("Accepted") if isinstance(data, dict) else None
        if not isinstance(accepted, list) or not all(isinstance(i, str) for i in accepted):
            raise bad("records.Accepted")
        return list(accepted)
