"""Small real media for the tests, made with PyAV (FFmpeg inside; no system ffmpeg needed).

A few seconds of a moving test pattern with a 440 Hz tone, as an HLS video on demand
(a master playlist over one rendition, optionally AES-128), an MP4 and an MP3, plus
subtitles and a 3-page PDF with Chinese text. The files are what a platform serves, so
the player and the reader are tested on the real decoders, not on fakes.
"""

from __future__ import annotations

import array
import math
from fractions import Fraction
from pathlib import Path

import av

WIDTH, HEIGHT, FPS = 160, 120, 10
RATE = 44_100


def _frame(i: int) -> av.VideoFrame:
    """A test pattern whose bright bar moves, so successive frames differ."""
    frame = av.VideoFrame(WIDTH, HEIGHT, "rgb24")
    plane = frame.planes[0]
    x = (i * 8) % WIDTH
    row = b"".join(b"\xe6\xe6\xe6" if x <= c < x + 16 else b"\x28\x00\x78" for c in range(WIDTH))
    row += bytes(plane.line_size - len(row))
    plane.update(row * HEIGHT)
    return frame


def _tone(start: int, count: int) -> av.AudioFrame:
    samples = array.array(
        "h",
        (round(6000 * math.sin(2 * math.pi * 440 * n / RATE)) for n in range(start, start + count)),
    )
    frame = av.AudioFrame(format="s16", layout="mono", samples=count)
    frame.planes[0].update(samples.tobytes())
    frame.sample_rate = RATE
    frame.pts = start
    frame.time_base = Fraction(1, RATE)
    return frame


def _write(container: av.container.OutputContainer, seconds: float, video: bool, gop: int) -> None:
    vstream = None
    if video:
        vstream = container.add_stream("libx264", rate=FPS)
        vstream.width, vstream.height, vstream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        vstream.codec_context.gop_size = gop
        vstream.codec_context.options = {"keyint_min": str(gop), "sc_threshold": "0"}
    astream = container.add_stream("aac" if video else "libmp3lame", rate=RATE)
    astream.layout = "mono"
    frames = round(seconds * FPS)
    per_frame = RATE // FPS
    for i in range(frames):
        if vstream is not None:
            vframe = _frame(i)
            vframe.pts = i
            vframe.time_base = Fraction(1, FPS)
            container.mux(vstream.encode(vframe))
        container.mux(astream.encode(_tone(i * per_frame, per_frame)))
    if vstream is not None:
        container.mux(vstream.encode(None))
    container.mux(astream.encode(None))


def make_mp4(path: Path, seconds: float = 4.0) -> Path:
    with av.open(str(path), "w", format="mp4", options={"movflags": "faststart"}) as container:
        _write(container, seconds, True, FPS)
    return path


def make_mp3(path: Path, seconds: float = 4.0) -> Path:
    with av.open(str(path), "w", format="mp3") as container:
        _write(container, seconds, False, FPS)
    return path


def make_hls(
    folder: Path, seconds: float = 6.0, segment: int = 2, key: bytes | None = None
) -> Path:
    """``folder/master.m3u8`` over ``folder/v0/index.m3u8`` and its segments.

    The encoder's GOP equals the segment length: with longer GOPs the muxer cannot cut at
    ``hls_time`` and players skip the segments that do not start with a key frame. With
    ``key`` the segments are AES-128 encrypted and the playlist names ``key.bin`` beside it.
    """
    rendition = folder / "v0"
    rendition.mkdir(parents=True, exist_ok=True)
    options = {"hls_time": str(segment), "hls_playlist_type": "vod", "hls_list_size": "0"}
    if key is not None:  # the muxer reads the key from a file named in a key-info file
        (folder / "key.raw").write_bytes(key)
        (folder / "key.info").write_text(f"key.bin\n{folder / 'key.raw'}\n{'0' * 32}\n")
        options["hls_key_info_file"] = str(folder / "key.info")
    playlist = rendition / "index.m3u8"
    with av.open(str(playlist), "w", format="hls", options=options) as container:
        _write(container, seconds, True, FPS * segment)
    master = folder / "master.m3u8"
    master.write_text(
        "#EXTM3U\n#EXT-X-VERSION:3\n"
        f'#EXT-X-STREAM-INF:BANDWIDTH=200000,RESOLUTION={WIDTH}x{HEIGHT},CODECS="avc1.42c00d,mp4a.40.2"\n'
        "v0/index.m3u8\n"
    )
    return master


SUBTITLE_LINES = (
    (0.0, 1.5, "大家好，今天学用手机打视频电话。"),
    (1.5, 3.0, "先打开微信，找到家人的名字。"),
    (3.0, 4.5, "再按下视频通话的按钮。"),
    (4.5, 6.0, "看到孩子的脸，就可以说话了。"),
)


def _stamp(seconds: float, comma: bool) -> str:
    ms = round(seconds * 1000)
    text = f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}"
    return text + ("," if comma else ".") + f"{ms % 1000:03d}"


def vtt_text(lines: tuple[tuple[float, float, str], ...] = SUBTITLE_LINES) -> str:
    cues = [f"{_stamp(a, False)} --> {_stamp(b, False)}\n{t}\n" for a, b, t in lines]
    return "WEBVTT\n\n" + "\n".join(cues)


def srt_text(lines: tuple[tuple[float, float, str], ...] = SUBTITLE_LINES) -> str:
    cues = [
        f"{i}\n{_stamp(a, True)} --> {_stamp(b, True)}\n{t}\n"
        for i, (a, b, t) in enumerate(lines, 1)
    ]
    return "\n".join(cues)


HANDOUT_PAGES = (
    ("第一页：打视频电话。", "先打开微信。再找到家人的名字。"),
    ("第二页：看清楚画面。", "把手机拿稳。离脸远一点。"),
    ("第三页：结束通话。", "说完再见。按下红色的按钮。"),
)


def _utf16(text: str) -> str:
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def make_pdf(path: Path, pages: tuple[tuple[str, ...], ...] = HANDOUT_PAGES) -> Path:
    """A PDF with a real Chinese text layer, written by hand.

    Qt's own PDF writer does not read back Chinese correctly (it maps some characters to
    look-alike radicals), so the handout uses the standard Adobe-GB1 font ``STSong-Light``
    with the UCS-2 encoding (character codes are the Unicode code points) and a
    ``ToUnicode`` map, which text extraction reads exactly.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    ranges = "\n".join(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>" for h in range(256))
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"256 beginbfrange\n{ranges}\nendbfrange\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"
        b" /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6"
        b" /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120"
        b" /CapHeight 880 /StemV 93 >> /DW 1000 >>"
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
        b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode)
    )
    page_ids: list[int] = []
    pages_id = len(objects) + 1 + 2 * len(pages)
    for lines in pages:
        ops = ["BT", "/F1 24 Tf", "72 740 Td", "36 TL"]
        for line in lines:
            ops += [f"{_utf16(line)} Tj", "T*"]
        ops.append("ET")
        stream = "\n".join(ops).encode()
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842]"
                b" /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, font, content)
            )
        )
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids)))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    path.write_bytes(bytes(out))
    return path
