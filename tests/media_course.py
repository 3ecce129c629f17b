"""A contract-v1.1 course whose lessons carry every kind of media, for the reference server.

The files are made once per test process with PyAV (``tests/media_files.py``) and served
by ``ReferenceServer`` under ``/files/`` (with byte ranges, as a CDN does). Lessons:

====  ==========================================================================
l0    HLS video (master playlist) with Chinese VTT and English SRT subtitles, a
      PDF handout, the lesson text, and an item of an unknown format
l1    MP4 video whose subtitles answer 404
l2    MP3 recording
l3    PDF handout only
l4    HLS video with a broken segment (the second one is not video)
l5    AES-128 HLS video whose key answers 404
l6    AES-128 HLS video with its key
====  ==========================================================================

``MediaCourse(ladder=(240, 360, 480, 720, 1080))`` gives l0's master playlist one rendition
per height (each its own folder ``hls/v<height>/``, the same segments), as a real service's
bitrate ladder, so a test sees by the URLs fetched which rendition "Save for offline" kept.
"""

from __future__ import annotations

import functools
import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.media_files import make_hls, make_mp3, make_mp4, make_pdf, srt_text, vtt_text

COURSE_ID = "m00001"
KEY = bytes(range(16))
HLS_SECONDS = 24
CLIP_SECONDS = 4
LESSON_TEXT = "<h2>打视频电话</h2><p>先打开微信。再找到家人的名字。然后按下视频通话的按钮。</p>"


@functools.cache
def media_folder() -> Path:
    """The generated files, made once per process (about a second and a half)."""
    root = Path(tempfile.mkdtemp(prefix="silver-media-"))
    make_hls(root / "hls", HLS_SECONDS, segment=4)
    make_hls(root / "enc", HLS_SECONDS, segment=4, key=KEY)
    make_mp4(root / "clip.mp4", CLIP_SECONDS)
    make_mp3(root / "talk.mp3", CLIP_SECONDS)
    make_pdf(root / "handout.pdf")
    return root


CONTENT_TYPES = {
    ".m3u8": "application/vnd.apple.mpegurl",
    ".ts": "video/mp2t",
    ".mp4": "video/mp4",
    ".mp3": "audio/mpeg",
    ".pdf": "application/pdf",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".bin": "application/octet-stream",
}


@dataclass
class MediaCourse:
    """The course's catalog item and details, and the files served under ``/files/``."""

    files: dict[str, bytes] = field(default_factory=dict)  # path below /files/ → body
    ladder: tuple[int, ...] = ()  # l0's renditions' heights; () : one rendition (v0)

    def build(self) -> tuple[dict[str, Any], dict[str, Any]]:
        root = media_folder()
        f = self.files
        f.clear()
        for name in ("hls", "enc"):
            for path in (root / name).rglob("*"):
                if path.is_file():
                    f[f"{name}/{path.relative_to(root / name).as_posix()}"] = path.read_bytes()
        f["enc/v0/key.bin"] = KEY
        f["broken/master.m3u8"] = f["hls/master.m3u8"]
        f["broken/v0/index.m3u8"] = f["hls/v0/index.m3u8"]
        for n in range(HLS_SECONDS // 4):
            f[f"broken/v0/index{n}.ts"] = f[f"hls/v0/index{n}.ts"]
        f["broken/v0/index1.ts"] = b"this is not a video segment" * 100
        f["nokey/master.m3u8"] = f["enc/master.m3u8"]
        f["nokey/v0/index.m3u8"] = f["enc/v0/index.m3u8"].replace(b"key.bin", b"gone.bin")
        for n in range(HLS_SECONDS // 4):
            f[f"nokey/v0/index{n}.ts"] = f[f"enc/v0/index{n}.ts"]
        f["clip.mp4"] = (root / "clip.mp4").read_bytes()
        f["talk.mp3"] = (root / "talk.mp3").read_bytes()
        f["handout.pdf"] = (root / "handout.pdf").read_bytes()
        f["l0.zh.vtt"] = vtt_text().encode()
        f["l0.en.srt"] = srt_text().encode()
        f["l0.html"] = LESSON_TEXT.encode()
        if self.ladder:
            self._ladder()
        return self.item(), self.details()

    def _ladder(self) -> None:
        """l0's master playlist lists ``ladder``: one folder per height, v0's segments."""
        f = self.files
        master = ["#EXTM3U", "#EXT-X-VERSION:3"]
        for height in self.ladder:
            for name in [n for n in f if n.startswith("hls/v0/")]:
                f[name.replace("hls/v0/", f"hls/v{height}/")] = f[name]
            size = f"{height * 16 // 9}x{height}"
            master += [f"#EXT-X-STREAM-INF:BANDWIDTH={height * 500},RESOLUTION={size}"]
            master += [f"v{height}/index.m3u8"]
        f["hls/master.m3u8"] = ("\n".join(master) + "\n").encode()

    def ti(self, fmt: str, name: str, **more: Any) -> dict[str, Any]:
        """An item for a served file, with its size and md5 when the file exists."""
        body = self.files.get(name)
        extra: dict[str, Any] = {}
        if body is not None:
            extra = {"ti_size": len(body), "ti_md5": hashlib.md5(body).hexdigest()}
        return {"ti_format": fmt, "ti_storages": [f"../../files/{name}"], **extra, **more}

    def item(self) -> dict[str, Any]:
        return {
            "id": COURSE_ID,
            "title": "视频课：和家人打视频电话",
            "description": "看视频、听讲解、读讲义。",
            "language": "zh-CN",
            "status": "ONLINE",
            "custom_properties": {"lesson_count": 7},
            "tag_list": [{"tag_dimension_id": "topic", "tag_id": "smart_living"}],
        }

    def details(self) -> dict[str, Any]:
        hls = {"duration": HLS_SECONDS}
        clip = {"duration": CLIP_SECONDS}
        lessons = [
            [
                self.ti("m3u8", "hls/master.m3u8", **hls),
                self.ti("vtt", "l0.zh.vtt", language="zh_CN"),
                self.ti("srt", "l0.en.srt", language="en"),
                self.ti("pdf", "handout.pdf"),
                self.ti("html", "l0.html"),
                self.ti("flv", "l0.flv"),
            ],
            [self.ti("mp4", "clip.mp4", **clip), self.ti("srt", "l1.srt", language="zh_CN")],
            [self.ti("mp3", "talk.mp3", **clip)],
            [self.ti("pdf", "handout.pdf")],
            [self.ti("m3u8", "broken/master.m3u8", **hls)],
            [self.ti("m3u8", "nokey/master.m3u8", **hls)],
            [self.ti("m3u8", "enc/master.m3u8", **hls)],
        ]
        titles = ["视频通话", "短片", "听讲解", "讲义", "坏视频", "缺钥匙", "加密视频"]
        return {
            "id": COURSE_ID,
            "title": "视频课",
            "lessons": [
                {"id": f"{COURSE_ID}-l{j}", "title": t, "order_num": j + 1, "ti_items": items}
                for j, (t, items) in enumerate(zip(titles, lessons, strict=True))
            ],
        }
