"""A reference platform server speaking contract v1.1 (docs/platform.md), for tests and
benchmarks.

Serves generated data of any size from 127.0.0.1 on a random port, in a thread,
with switches (``Faults``) for latency, 500s, 429 + Retry-After, truncated bodies,
invalid JSON, oversize bodies, wrong md5, expired tokens and missing media. With
``Catalog(media=MediaCourse())`` it also serves a course whose lessons hold video (HLS,
MP4), audio, a PDF handout and subtitles, made by the tests (``tests/media_course.py``). Every
request is counted per path so tests can check retries and conditional requests.
Contract v1.1's ``POST api/my/records`` keeps each distinct ``Id`` once (``records``)
and can hold its answer after keeping them (``Faults.records_stall_s``: a send cut off).
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.media_course import CONTENT_TYPES, MediaCourse

WORDS = ["书法", "太极", "手机", "防骗", "饮食", "视频通话", "摄影", "广场舞", "养生", "象棋"]
TOPICS = [
    ("smart_living", "智慧生活"),
    ("safety", "安全防范"),
    ("health", "健康养生"),
    ("exercise", "运动健身"),
    ("arts", "书画艺术"),
]
TOKEN = "good-token"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


ONE_CLASS = [
    {
        "Id": "k1",
        "Name": "书法班",
        "Teacher": "王老师",
        "Place": "203",
        "OnlineUrl": None,
        "RRule": "FREQ=WEEKLY;BYDAY=TU",
        "Start": "2026-03-03T09:00:00",
        "End": "2026-03-03T10:30:00",
        "TimeZone": "Asia/Shanghai",
    }
]


@dataclass
class Catalog:
    """Generated contract-v1 data: ``courses`` items, details and lesson HTML."""

    n_courses: int = 6
    lessons_per_course: int = 3
    parts: int = 2
    lesson_chars: int = 200
    items: list[dict[str, Any]] = field(default_factory=list)
    details: dict[str, dict[str, Any]] = field(default_factory=dict)
    lessons: dict[str, bytes] = field(default_factory=dict)
    extra: dict[int, list[Any]] = field(default_factory=dict)  # part number → raw items added
    classes: list[Any] | None = None  # the ``Data`` of api/my/classes (None: one class)
    media: MediaCourse | None = None  # one more course with video, audio, PDF, subtitles

    def file(self, name: str) -> bytes | None:
        """A media file served under ``/files/`` (contract v1.1 lesson media)."""
        return None if self.media is None else self.media.files.get(name)

    def build(self, base: str) -> Catalog:
        self.items, self.details, self.lessons = [], {}, {}
        for i in range(self.n_courses):
            word = WORDS[i % len(WORDS)]
            cid = f"c{i:05d}"
            topic = TOPICS[i % len(TOPICS)]
            self.items.append(
                {
                    "id": cid,
                    "title": f"{word}入门 第{i}课 &amp; 练习",
                    "description": f"和老朋友一起学{word}，慢慢来。",
                    "resource_type_code": "course",
                    "language": "zh-CN",
                    "status": "ONLINE",
                    "custom_properties": {
                        "thumbnails": [f"../../../media/thumb-{cid}.png"],
                        "lesson_count": self.lessons_per_course,
                    },
                    "tag_list": [
                        {
                            "tag_dimension_id": "topic",
                            "tag_id": topic[0],
                            "tag_name": topic[1],
                            "order_num": 1,
                        }
                    ],
                    "extra_unknown_field": {"ignored": True},
                }
            )
            lessons = []
            for j in range(self.lessons_per_course):
                lid = f"{cid}-l{j}"
                body = self.lesson_html(word, j).encode()
                self.lessons[lid] = body
                lessons.append(
                    {
                        "id": lid,
                        "title": f"{word} 第{j + 1}讲",
                        "order_num": j + 1,
                        "ti_items": [
                            {
                                "ti_format": "html",
                                "ti_storages": [
                                    f"{base}/mirror-down/{lid}.html",
                                    f"../lessons/{lid}.html",
                                ],
                                "ti_size": len(body),
                                "ti_md5": hashlib.md5(body).hexdigest(),
                            },
                            {"ti_format": "mp3", "ti_storages": [f"{base}/media/{lid}.mp3"]},
                        ],
                    }
                )
            self.details[cid] = {"id": cid, "title": word, "description": None, "lessons": lessons}
        if self.media is not None:
            item, details = self.media.build()
            self.items.insert(0, item)
            self.details[item["id"]] = details
        return self

    def lesson_html(self, word: str, j: int) -> str:
        filler = f"每天练习{word}十分钟，身体好心情好。" * max(1, self.lesson_chars // 18)
        return (
            f"<h2>{word}：第{j + 1}步</h2><p>{filler}</p>"
            f'<ol><li>坐稳</li><li>慢慢来</li></ol><img src="../media/pic-{j}.png" alt="示意图{j}">'
            '<p>更多信息见<a href="https://example.org/more">这里</a>。</p>'
            "<script>alert('x')</script><blockquote>记住：别着急。</blockquote>"
        )

    def part_items(self, n: int) -> list[dict[str, Any]]:
        size = -(-len(self.items) // self.parts)
        return self.items[(n - 1) * size : n * size] + self.extra.get(n, [])


@dataclass
class Faults:
    """Switches. Path patterns are substrings of the request path."""

    latency_s: float = 0.0
    fail_500: dict[str, int] = field(default_factory=dict)  # pattern → how many times
    rate_limit: dict[str, int] = field(default_factory=dict)  # pattern → how many 429s
    retry_after: str = "1"
    truncate: set[str] = field(default_factory=set)
    invalid_json: set[str] = field(default_factory=set)
    oversize: set[str] = field(default_factory=set)
    wrong_md5: bool = False
    token_expired: bool = False
    missing_media: bool = False
    down: bool = False  # every request 503s
    records_stall_s: float = 0.0  # records kept, then the answer waits (a send cut off)
    cut_segments_after: int | None = None  # serve this many .ts files whole, then cut each


class ReferenceServer:
    def __init__(self, catalog: Catalog | None = None, faults: Faults | None = None) -> None:
        self.catalog = catalog or Catalog()
        self.faults = faults or Faults()
        self.hits: Counter[str] = Counter()
        self.not_modified = 0
        self.gzipped = 0
        self.base = ""
        self.records: dict[str, dict[str, Any]] = {}  # distinct record ids → record
        self.record_batches: list[int] = []  # size of every accepted records request
        self.segments_served = 0  # .ts files sent whole (for ``Faults.cut_segments_after``)
        self.app = Starlette(routes=[Route("/{path:path}", self.handle, methods=["GET", "POST"])])

    # ----------------------------------------------------------------- routing
    async def handle(self, request: Request) -> Response:
        path = "/" + request.path_params["path"]
        self.hits[path] += 1
        f = self.faults
        if f.latency_s:
            await asyncio.sleep(f.latency_s)
        if f.down:
            return Response("down", 503)
        for pattern, left in list(f.fail_500.items()):
            if pattern in path and left > 0:
                f.fail_500[pattern] = left - 1
                return Response("boom", 500)
        for pattern, left in list(f.rate_limit.items()):
            if pattern in path and left > 0:
                f.rate_limit[pattern] = left - 1
                return Response("slow down", 429, headers={"Retry-After": f.retry_after})
        if any(p in path for p in f.truncate):
            return TruncatedResponse(b'[{"id": "c1", "title": "cut off' + b" " * 2000)
        if any(p in path for p in f.invalid_json):
            return Response(b"{not json at all", 200, media_type="application/json")
        if any(p in path for p in f.oversize):
            return OversizeResponse(6 * 1024 * 1024)
        if path == "/api/my/records" and request.method == "POST":
            return await self.take_records(request)
        return self.route(path, request)

    async def take_records(self, request: Request) -> Response:
        """Contract v1.1: ≤ 500 records; every Id is accepted, each counted once."""
        auth = request.headers.get("Authorization", "")
        if self.faults.token_expired or auth != f"Bearer {TOKEN}":
            return Response("expired", 401)
        try:
            records = json.loads(await request.body())["Records"]
        except (ValueError, KeyError, TypeError):
            return Response("bad body", 400)
        if not isinstance(records, list) or len(records) > 500:
            return Response("too many records", 413)
        wanted = {"Id", "CourseId", "LessonId", "Kind", "Seconds", "At"}
        kinds = {"read", "listened", "watched", "completed"}
        if any(set(r) != wanted or r["Kind"] not in kinds for r in records):
            return Response("bad record", 400)
        for record in records:
            self.records.setdefault(record["Id"], record)
        self.record_batches.append(len(records))
        if self.faults.records_stall_s:
            await asyncio.sleep(self.faults.records_stall_s)
        body = json.dumps({"Accepted": [r["Id"] for r in records]}).encode()
        return Response(body, 200, media_type="application/json")

    def route(self, path: str, request: Request) -> Response:
        cat = self.catalog
        if path == "/tags/silver_age.json":
            children = [
                {"tag_id": t, "tag_name": n, "order_num": i, "children": []}
                for i, (t, n) in enumerate(TOPICS)
            ]
            return self.json(request, {"hierarchies": [{"children": children}]})
        if path == "/resources/silver_age/version/data_version.json":
            urls = ",".join(f"part_{n}.json" for n in range(1, cat.parts + 1))
            return self.json(request, {"module_version": 3, "urls": urls})
        if path.startswith("/resources/silver_age/version/part_"):
            n = int(path.rsplit("_", 1)[1].split(".")[0])
            return self.json(request, cat.part_items(n))
        if path.startswith("/resources/details/"):
            cid = path.rsplit("/", 1)[1].removesuffix(".json")
            if cid not in cat.details:
                return Response("missing", 404)
            return self.json(request, cat.details[cid])
        if path.startswith("/mirror-down/"):
            return Response("mirror down", 503)
        if path.startswith("/resources/lessons/"):
            lid = path.rsplit("/", 1)[1].removesuffix(".html")
            body = cat.lessons.get(lid)
            if body is None:
                return Response("missing", 404)
            if self.faults.wrong_md5:
                body = body.replace("身体".encode(), "心情".encode(), 1)
            return Response(body, 200, media_type="text/html; charset=utf-8")
        if path.startswith("/resources/media/") or path.startswith("/media/"):
            if self.faults.missing_media:
                return Response("missing", 404)
            return Response(PNG, 200, media_type="image/png")
        if path.startswith("/files/"):
            body = None if self.faults.missing_media else cat.file(path.removeprefix("/files/"))
            if body is None:
                return Response("missing", 404)
            if path.endswith(".ts"):
                cut = self.faults.cut_segments_after
                if cut is not None and self.segments_served >= cut:
                    return CutResponse(body, CONTENT_TYPES[".ts"])
                self.segments_served += 1
            return ranged(request, body, CONTENT_TYPES.get(Path(path).suffix, ""))
        if path == "/api/my/classes":
            auth = request.headers.get("Authorization", "")
            if self.faults.token_expired or auth != f"Bearer {TOKEN}":
                return Response("expired", 401)
            data = ONE_CLASS if self.catalog.classes is None else self.catalog.classes
            return self.json(request, {"Data": data}, etag=False)
        return Response("not found", 404)

    def json(self, request: Request, data: Any, *, etag: bool = True) -> Response:
        body = json.dumps(data, ensure_ascii=False).encode()
        headers: dict[str, str] = {}
        if etag:
            tag = '"' + hashlib.md5(body).hexdigest() + '"'
            headers["ETag"] = tag
            if request.headers.get("If-None-Match") == tag:
                self.not_modified += 1
                return Response(status_code=304, headers=headers)
        if "gzip" in request.headers.get("Accept-Encoding", "") and len(body) > 512:
            body = gzip.compress(body, 1)
            self.gzipped += 1
            headers["Content-Encoding"] = "gzip"
        return Response(body, 200, headers=headers, media_type="application/json")


def ranged(request: Request, body: bytes, media_type: str) -> Response:
    """A file with byte ranges (``Range: bytes=a-b``), as a CDN serves video."""
    headers = {"Accept-Ranges": "bytes"}
    wanted = request.headers.get("Range", "")
    if not wanted.startswith("bytes="):
        return Response(body, 200, headers=headers, media_type=media_type)
    first, _, last = wanted.removeprefix("bytes=").split(",")[0].partition("-")
    start = int(first) if first else max(0, len(body) - int(last))
    end = min(len(body) - 1, int(last) if first and last else len(body) - 1)
    if start >= len(body):
        return Response(b"", 416, headers={"Content-Range": f"bytes */{len(body)}"})
    headers["Content-Range"] = f"bytes {start}-{end}/{len(body)}"
    return Response(body[start : end + 1], 206, headers=headers, media_type=media_type)


class TruncatedResponse(Response):
    """Promises more bytes than it sends, then the connection ends."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(self.body) * 4).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": self.body, "more_body": True})
        raise ConnectionError("truncated on purpose")


class CutResponse(Response):
    """A file whose connection drops half way: its full length promised, half sent."""

    def __init__(self, body: bytes, media_type: str) -> None:
        super().__init__()
        self.whole = body
        self.kind = media_type

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        headers = [
            (b"content-type", self.kind.encode()),
            (b"content-length", str(len(self.whole)).encode()),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        half = self.whole[: len(self.whole) // 2]
        await send({"type": "http.response.body", "body": half, "more_body": True})
        raise ConnectionError("cut on purpose")


class OversizeResponse(Response):
    """A valid-looking JSON array bigger than the client's cap, chunked (no length)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        chunk = (
            b'"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",'
        )
        sent = 0
        await send({"type": "http.response.body", "body": b"[", "more_body": True})
        block = chunk * 800
        while sent < self.size:
            await send({"type": "http.response.body", "body": block, "more_body": True})
            sent += len(block)
        await send({"type": "http.response.body", "body": b'""]', "more_body": False})


@contextmanager
def running_server(
    catalog: Catalog | None = None, faults: Faults | None = None
) -> Iterator[ReferenceServer]:
    """Start a server on 127.0.0.1 (random port) in a thread; stop it afterwards."""
    server = ReferenceServer(catalog, faults)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server.base = f"http://127.0.0.1:{port}"
    server.catalog.build(server.base)
    config = uvicorn.Config(server.app, log_level="critical", access_log=False, lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield server
    finally:
        uv.should_exit = True
        thread.join(5)
        sock.close()


def main() -> None:
    """Run a server in its own process (benchmarks): prints its base URL, serves until stdin ends.

    ``python -m tests.reference_server N_COURSES [LESSONS_PER_COURSE [PARTS]]``
    """
    import sys

    sizes = [int(a) for a in sys.argv[1:]] + [6, 3, 2, 200][len(sys.argv) - 1 :]
    catalog = Catalog(
        n_courses=sizes[0], lessons_per_course=sizes[1], parts=sizes[2], lesson_chars=sizes[3]
    )
    with running_server(catalog) as server:
        print(server.base, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
