"""Careful HTTP for the platform: timeouts, caps, retries, conditional requests.

Each piece of platform work (a sync, a saved course) gets one ``httpx.AsyncClient``
(made by ``make_client``) on its own asyncio loop, off the GUI thread (see
``app/services/platform_sync.py``). Every call has connect and
read timeouts and a total deadline; JSON bodies are streamed and counted (≤ 5 MB
after gzip decoding, so a gzip bomb cannot fill memory); media are streamed to a
temporary file and renamed into place. GETs are retried at most 3 times with
backoff, honouring ``Retry-After``. Answers with an ETag or Last-Modified are kept
in ``HttpCache`` so the next sync asks "changed since?" and reuses a 304.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import random
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from app.core.errors import ApiDataError, PlatformUnavailable, SaveError, SignInNeeded
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.platform_parse import bad
from app.services.atomic_file import atomic_path
from app.services.platform.http_cache import CachedAnswer, HttpCache, HttpLimits

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def _encoded(response: httpx.Response) -> bool:
    """A Content-Encoding (gzip) makes Content-Length the size on the wire, not of the file."""
    return response.headers.get("Content-Encoding", "identity") not in ("", "identity")


def make_client(limits: HttpLimits | None = None, **kwargs: Any) -> httpx.AsyncClient:
    """The app's one client: TLS verification on, gzip accepted, timeouts set."""
    limits = limits or HttpLimits()
    return httpx.AsyncClient(
        timeout=httpx.Timeout(limits.read_s, connect=limits.connect_s, pool=limits.connect_s),
        verify=True,
        follow_redirects=True,
        headers={"Accept-Encoding": "gzip", "User-Agent": "SilverClassroom/0.1"},
        limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
        **kwargs,
    )


class NotOnServer(Exception):
    """The server answered 404/410 for a file: it is not there (not a network problem)."""


class DamagedFile(Exception):
    """A file arrived with a size or content other than promised; nothing was kept."""


class _Retry(Exception):
    def __init__(self, wait: float | None, cause: str) -> None:
        super().__init__(cause)
        self.wait = wait


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class PlatformHttp:
    """GETs with the rules above. ``sleep`` is injectable so tests need not wait."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        cache: HttpCache | None = None,
        limits: HttpLimits | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.client = client
        self.cache = cache or HttpCache()
        self.limits = limits or HttpLimits()
        self._sleep = sleep

    # ------------------------------------------------------------- public calls
    async def get_json(self, url: str, *, token: str = "", conditional: bool = True) -> Any:
        """Decoded JSON of ``url``; ``ApiDataError`` if it is not JSON or too large."""
        body = await self.get_bytes(
            url, cap=self.limits.max_json_bytes, token=token, conditional=conditional
        )
        try:
            if len(body) > 256 * 1024:  # a big body: decode it off the GUI thread
                return await asyncio.to_thread(json.loads, body.decode("utf-8-sig"))
            return json.loads(body.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise bad(url.rsplit("/", 1)[-1]) from exc

    async def post_json(self, url: str, data: Any, token: str) -> Any:
        """POST ``data`` as JSON and decode the answer. Retried like a GET: only for
        bodies the platform takes idempotently (records carry their own ``Id``)."""
        payload = json.dumps(data, ensure_ascii=False).encode()
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

        async def once() -> bytes:
            async with self.client.stream("POST", url, content=payload, headers=headers) as r:
                self._check_status(r, url)
                return await self._read_capped(r, self.limits.max_json_bytes, url)

        body: bytes = await self._with_retries(once)
        try:
            return json.loads(body.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise bad(url.rsplit("/", 1)[-1]) from exc

    async def get_bytes(
        self,
        url: str,
        *,
        cap: int,
        token: str = "",
        conditional: bool = True,
        retries: int | None = None,
    ) -> bytes:
        """The body of ``url`` (≤ ``cap`` bytes), from the HTTP cache on a 304."""
        cached = self.cache.get(url) if conditional else None
        headers: dict[str, str] = {}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified

        async def once() -> bytes:
            async with self.client.stream("GET", url, headers=headers) as response:
                self._check_status(response, url)
                if response.status_code == 304 and cached is not None:
                    return cached.body
                body = await self._read_capped(response, cap, url)
                etag = response.headers.get("ETag", "")
                modified = response.headers.get("Last-Modified", "")
                if conditional and (etag or modified):
                    self.cache.put(url, CachedAnswer(etag, modified, body))
                return body

        body: bytes = await self._with_retries(once, retries)
        return body

    async def download(self, url: str, dest: Path) -> bool:
        """Stream ``url`` into ``dest`` (temp file, then rename). False if it is missing."""
        dest.parent.mkdir(parents=True, exist_ok=True)

        async def once() -> bool:
            async with self.client.stream("GET", url) as response:
                if response.status_code in (404, 410):
                    return False
                self._check_status(response, url)
                written = 0
                with atomic_path(dest) as tmp, tmp.open("xb") as out:
                    async for chunk in response.aiter_bytes():
                        written += len(chunk)
                        if written > self.limits.max_media_bytes:
                            raise bad(url.rsplit("/", 1)[-1])
                        out.write(chunk)
                return True

        try:
            saved: bool = await self._with_retries(once)
            return saved
        except (PlatformUnavailable, ApiDataError, SaveError, OSError):
            return False

    async def save_file(
        self,
        url: str,
        dest: Path,
        *,
        check: Callable[[Path], bool] | None = None,
        headers: dict[str, str] | None = None,
    ) -> int:
        """Stream ``url`` into ``dest`` atomically and return its size; for saving lessons
        for offline, where each failure matters: ``NotOnServer`` (404/410), ``DamagedFile``
        (fewer or more bytes than its Content-Length, over ``max_media_bytes``, or
        ``check(temp_path)`` false), ``PlatformUnavailable`` (network, after retries). On
        any failure ``dest`` is left as it was and no temporary file stays. The deadline
        is ``media_deadline_s`` (a long video takes a while on a slow line)."""
        cap = self.limits.max_media_bytes

        async def once() -> int:
            async with self.client.stream("GET", url, headers=headers or {}) as response:
                if response.status_code in (404, 410):
                    raise NotOnServer(url)
                self._check_status(response, url)
                length = response.headers.get("Content-Length", "")
                promised = int(length) if length.isdigit() and not _encoded(response) else -1
                if promised > cap:
                    raise DamagedFile(url)
                written = 0
                with atomic_path(dest, make_folder=True) as tmp, tmp.open("xb") as out:
                    async for chunk in response.aiter_bytes():
                        written += len(chunk)
                        if written > cap:
                            raise DamagedFile(url)
                        out.write(chunk)
                    out.flush()
                    if promised >= 0 and written != promised:
                        raise DamagedFile(url)
                    if check is not None and not check(tmp):
                        raise DamagedFile(url)
                return written

        saved: int = await self._with_retries(once, deadline=self.limits.media_deadline_s)
        return saved

    # ------------------------------------------------------------- internals
    def _check_status(self, response: httpx.Response, url: str) -> None:
        status = response.status_code
        if status == 401:
            raise SignInNeeded()
        if status in RETRY_STATUSES:
            wait = retry_after(response.headers.get("Retry-After"))
            raise _Retry(wait, f"HTTP {status} from {url}")
        if status == 304 or 200 <= status < 300:
            return
        raise PlatformUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "The lesson service could not find what we asked for ({where})."
            ),
            where=url.rsplit("/", 1)[-1],
        )

    async def _read_capped(self, response: httpx.Response, cap: int, url: str) -> bytes:
        length = response.headers.get("Content-Length", "")
        encoded = response.headers.get("Content-Encoding", "")
        if length.isdigit() and not encoded and int(length) > cap:
            raise self._too_big(url)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise self._too_big(url)
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _too_big(url: str) -> ApiDataError:
        return ApiDataError(
            QT_TRANSLATE_NOOP("Errors", "The lesson service sent far too much data ({where})."),
            where=url.rsplit("/", 1)[-1],
        )

    async def _with_retries(
        self,
        once: Callable[[], Awaitable[Any]],
        retries: int | None = None,
        deadline: float | None = None,
    ) -> Any:
        limits = self.limits
        most = limits.retries if retries is None else min(retries, limits.retries)
        try:
            async with asyncio.timeout(limits.deadline_s if deadline is None else deadline):
                attempt = 0
                while True:
                    try:
                        return await once()
                    except _Retry as exc:
                        wait, last = exc.wait, exc
                    except (httpx.TransportError, httpx.DecodingError) as exc:
                        wait, last = None, exc  # type: ignore[assignment]
                    if attempt >= most:
                        raise PlatformUnavailable() from last
                    if wait is None:
                        wait = limits.backoff_s * (2**attempt) * (0.75 + random.random() / 2)
                    if wait > limits.max_wait_s:
                        raise PlatformUnavailable() from last
                    attempt += 1
                    await self._sleep(wait)
        except TimeoutError as exc:
            raise PlatformUnavailable() from exc
        except httpx.HTTPError as exc:  # anything else httpx raises: invalid URL, etc.
            raise PlatformUnavailable() from exc
