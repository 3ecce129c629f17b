"""A course's videos, recordings, handouts and subtitles, saved for offline use.

Part of "Save for offline" (``PlatformSync.save_course``), on the connection that use case
opens. Three steps:

1. **plan**: every lesson item worth keeping (``SAVED_FORMATS``) not yet on this computer
   becomes a job. An HLS video's playlists are read now (they are small): its master
   playlist is checked against ``ti_md5``, one rendition is chosen
   (``app.core.hls_choice``) and its segments and AES keys are listed.
2. **room**: the bytes still to fetch (``ti_size``, or for HLS the rendition's bandwidth
   times its length) against the free space of the media folder; a shortage is
   ``NotEnoughSpace`` before any file is fetched.
3. **fetch**: each file through the one ``PlatformHttp`` (its retries and timeouts), each
   written atomically (``atomic_file``) and checked against its Content-Length and
   ``ti_md5``. An HLS video keeps its segments in a folder beside its playlist; the
   playlist, rewritten to name those local files, is written last, so a video counts as
   saved only when all of it is. A segment already there is not fetched again: a save cut
   off goes on where it stopped.

Files live in the machine-wide media folder under ``media_name(url)`` of the item's URL,
where ``LessonFiles`` looks first. A file that is not on the service, or arrives damaged,
or a video whose key is missing, is one ``MediaNotSaved`` in the result; the rest of the
course is saved. A network failure ends the save (``PlatformUnavailable``).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import m3u8

from app.core.errors import MediaNotSaved, NotEnoughSpace
from app.core.hls_choice import DEFAULT_HEIGHT, Rendition, choose_rendition, estimated_bytes
from app.core.platform_contract import (
    AUDIO_FORMATS,
    SUBTITLE_FORMATS,
    VIDEO_FORMATS,
    CourseDetails,
    Progress,
    TiItem,
)
from app.services.atomic_file import atomic_write
from app.services.platform.http import DamagedFile, NotOnServer, PlatformHttp
from app.services.platform.platform_cache import media_name

SAVED_FORMATS: tuple[str, ...] = (*VIDEO_FORMATS, *AUDIO_FORMATS, *SUBTITLE_FORMATS, "pdf", "jpg")
MB = 1024 * 1024

FreeSpace = Callable[[Path], int]


def free_space(folder: Path) -> int:
    """Free bytes on the disk that holds ``folder`` (or its nearest existing parent)."""
    for place in (folder, *folder.parents):
        if place.exists():
            return shutil.disk_usage(place).free
    return 0


def kind_of(fmt: str) -> str:
    """What a learner calls an item of format ``fmt`` (for ``MediaNotSaved``)."""
    if fmt in VIDEO_FORMATS:
        return "video"
    if fmt in AUDIO_FORMATS:
        return "recording"
    if fmt in SUBTITLE_FORMATS:
        return "subtitles"
    return "handout" if fmt == "pdf" else "picture"


def file_md5(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# FFmpeg plays a local playlist only when every file it names has a media extension
# (``allowed_extensions``), AES keys included: a key is kept as ``….key.ts``.
PIECE_SUFFIXES = frozenset({".ts", ".m4s", ".mp4", ".m4v", ".m4a", ".aac", ".mp3", ".vtt"})


def piece_name(url: str, *, key: bool = False) -> str:
    """The local name of a segment or key of a saved HLS video."""
    name = media_name(url)
    stem, dot, suffix = name.partition(".")
    if key:
        return f"{stem}.key.ts"
    return name if dot and f".{suffix}" in PIECE_SUFFIXES else f"{stem}.ts"


def hls_folder(playlist: Path) -> Path:
    """Where a saved HLS playlist's segments and keys live: a folder beside it."""
    return playlist.with_name(playlist.stem + "-hls")


@dataclass
class FileJob:
    """One whole file (MP4, MP3, PDF, subtitles, picture): the first storage that answers."""

    lesson: str
    item: TiItem
    dest: Path

    @property
    def size(self) -> int:
        return max(0, self.item.size)

    @property
    def files(self) -> int:
        return 1


@dataclass
class HlsJob:
    """One rendition of an HLS video: its keys, segments and the local playlist."""

    lesson: str
    url: str  # the item's URL (its master playlist)
    dest: Path  # the rewritten playlist
    playlist: m3u8.M3U8  # the rendition's playlist, already rewritten to local names
    keys: list[tuple[str, Path]] = field(default_factory=list)  # (URL, local file)
    segments: list[tuple[str, Path, int]] = field(default_factory=list)  # (URL, file, est.)

    @property
    def size(self) -> int:
        return sum(est for _url, path, est in self.segments if not path.is_file())

    @property
    def files(self) -> int:
        return len(self.keys) + sum(1 for _u, path, _e in self.segments if not path.is_file())


Job = FileJob | HlsJob


@dataclass(frozen=True, slots=True)
class MediaResult:
    """What fetching a course's files gave: the local file per saved URL, and what was not saved."""

    saved: dict[str, str]  # item URL → local file, for ``platform_media``
    problems: tuple[MediaNotSaved, ...]


class OfflineMedia:
    """Plan, check room, fetch (see the module text). One per save, on one connection."""

    def __init__(
        self,
        http: PlatformHttp,
        media_dir: Path,
        *,
        space: FreeSpace = free_space,
        height: int = DEFAULT_HEIGHT,
    ) -> None:
        self.http = http
        self.media_dir = media_dir
        self.space = space
        self.height = height
        self.problems: list[MediaNotSaved] = []
        self.saved: dict[str, str] = {}

    # ------------------------------------------------------------- 1. plan
    async def plan(self, details: CourseDetails) -> list[Job]:
        jobs: list[Job] = []
        for lesson in details.lessons:
            for item in lesson.items:
                if item.format not in SAVED_FORMATS or not item.storages:
                    continue
                dest = self.media_dir / media_name(item.storages[0])
                if dest.is_file():
                    self.saved[item.storages[0]] = str(dest)
                    continue
                if item.format == "m3u8":
                    job = await self._plan_hls(lesson.title, item, dest)
                    if job is not None:
                        jobs.append(job)
                else:
                    jobs.append(FileJob(lesson.title, item, dest))
        return jobs

    async def _plan_hls(self, lesson: str, item: TiItem, dest: Path) -> HlsJob | None:
        url = item.storages[0]
        cap = self.http.limits.max_json_bytes
        try:
            body = await self.http.get_bytes(url, cap=cap, conditional=False)
            if item.md5 and hashlib.md5(body).hexdigest() != item.md5:
                raise DamagedFile(url)
            playlist = m3u8.loads(body.decode("utf-8-sig"), uri=url)
            bandwidth = 0
            if playlist.is_variant:
                variants = list(playlist.playlists)
                if not variants:
                    raise DamagedFile(url)
                chosen = variants[
                    choose_rendition(
                        [
                            Rendition(
                                (v.stream_info.resolution or (0, 0))[1],
                                v.stream_info.bandwidth or 0,
                            )
                            for v in variants
                        ],
                        self.height,
                    )
                ]
                bandwidth = chosen.stream_info.bandwidth or 0
                media_url = chosen.absolute_uri
                body = await self.http.get_bytes(media_url, cap=cap, conditional=False)
                playlist = m3u8.loads(body.decode("utf-8-sig"), uri=media_url)
            if not playlist.segments:
                raise DamagedFile(url)
        except NotOnServer:
            self.problems.append(MediaNotSaved("video", "missing", lesson))
            return None
        except (DamagedFile, UnicodeDecodeError, ValueError):
            self.problems.append(MediaNotSaved("video", "damaged", lesson))
            return None
        return self._rewrite(lesson, url, dest, playlist, bandwidth, item.size)

    def _rewrite(
        self, lesson: str, url: str, dest: Path, playlist: m3u8.M3U8, bandwidth: int, size: int
    ) -> HlsJob:
        folder = hls_folder(dest)
        job = HlsJob(lesson, url, dest, playlist)
        local: dict[str, str] = {}  # URL → name in the folder (a byte-range file once)

        def name_of(url: str, keep: list[tuple[str, Path]] | None, est: int = 0) -> str:
            if url not in local:
                local[url] = piece_name(url, key=keep is not None)
                path = folder / local[url]
                if keep is not None:
                    keep.append((url, path))
                else:
                    job.segments.append((url, path, est))
            return f"{folder.name}/{local[url]}"

        for key in playlist.keys:
            if key is not None and key.uri and key.method != "NONE":
                key.uri = name_of(key.absolute_uri, job.keys)
        for segment in playlist.segments:
            init = segment.init_section
            if init is not None and init.uri and not init.uri.startswith(folder.name + "/"):
                init.uri = name_of(init.absolute_uri, None)
            est = estimated_bytes(bandwidth, segment.duration or 0)
            segment.uri = name_of(segment.absolute_uri, None, est)
        if not bandwidth and size > 0:  # no bandwidth given: the item's size, spread out
            each = size // max(1, len(job.segments))
            job.segments = [(u, p, each) for u, p, _e in job.segments]
        return job

    # ------------------------------------------------------------- 2. room
    def check_room(self, jobs: list[Job]) -> None:
        need = sum(job.size for job in jobs)
        self.media_dir.mkdir(parents=True, exist_ok=True)
        free = self.space(self.media_dir)
        if need > free:
            raise NotEnoughSpace(need=max(1, -(-need // MB)), free=free // MB)

    # ------------------------------------------------------------- 3. fetch
    async def fetch(self, jobs: list[Job], progress: Progress) -> MediaResult:
        total = sum(job.files for job in jobs)
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            progress("media", done, total)

        progress("media", 0, total)
        for job in jobs:
            if isinstance(job, HlsJob):
                await self._fetch_hls(job, step)
            else:
                await self._fetch_file(job, step)
        return MediaResult(dict(self.saved), tuple(self.problems))

    async def _fetch_file(self, job: FileJob, step: Callable[[], None]) -> None:
        item = job.item
        reason = "missing"
        for url in item.storages:
            dest = self.media_dir / media_name(url)
            check = None if not item.md5 else (lambda tmp: file_md5(tmp) == item.md5)
            try:
                await self.http.save_file(url, dest, check=check)
            except NotOnServer:
                continue
            except DamagedFile:
                reason = "damaged"
                continue
            self.saved[url] = str(dest)
            if url != item.storages[0]:  # found on a mirror: LessonFiles looks at any storage
                self.saved[item.storages[0]] = str(dest)
            step()
            return
        self.problems.append(MediaNotSaved(kind_of(item.format), reason, job.lesson))
        step()

    async def _fetch_hls(self, job: HlsJob, step: Callable[[], None]) -> None:
        for url, path in job.keys:  # first: a video without its key cannot play
            try:
                await self.http.save_file(url, path)
            except (NotOnServer, DamagedFile):
                self.problems.append(MediaNotSaved("video", "key", job.lesson))
                return
            step()
        for url, path, _est in job.segments:
            if path.is_file():
                continue  # saved before a cut: not fetched again
            try:
                await self.http.save_file(url, path)
            except NotOnServer:
                self.problems.append(MediaNotSaved("video", "missing", job.lesson))
                return
            except DamagedFile:
                self.problems.append(MediaNotSaved("video", "damaged", job.lesson))
                return
            step()
        atomic_write(job.dest, job.playlist.dumps().encode())
        self.saved[job.url] = str(job.dest)
