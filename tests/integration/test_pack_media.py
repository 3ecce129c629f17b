"""Course packs carrying a video, a recording, a handout and subtitles (issue 15 item 6):
checked like every pack file (zip-slip, sizes) and by md5, then installed and offered by the
lesson's materials. Real PyAV-made media, real zips."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.core.errors import PackError
from app.core.materials import MaterialKind, lesson_materials
from app.services.packs.archive import ZipLimits, install_pack
from app.services.packs.folder import PackFolder
from tests.integration.test_pack_archive import everything_under, make_zip, pack_files
from tests.media_course import media_folder
from tests.media_files import vtt_text

LESSON = "mini.tea.water"


def media_pack(**change: dict[str, str]) -> dict[str, bytes]:
    """The mini pack whose first lesson has an MP4 with subtitles, an MP3 and a PDF."""
    root = media_folder()
    bodies = {
        "media/water.mp4": (root / "clip.mp4").read_bytes(),
        "media/water.mp3": (root / "talk.mp3").read_bytes(),
        "media/water.pdf": (root / "handout.pdf").read_bytes(),
        "media/water.zh_CN.vtt": vtt_text().encode(),
    }
    entries: list[dict[str, object]] = [
        {"format": "mp4", "file": "media/water.mp4", "duration": 4},
        {"format": "mp3", "file": "media/water.mp3", "duration": 4},
        {"format": "pdf", "file": "media/water.pdf"},
        {"format": "vtt", "file": "media/water.zh_CN.vtt", "language": "zh_CN"},
    ]
    for entry in entries:
        entry["md5"] = hashlib.md5(bodies[str(entry["file"])]).hexdigest()
        entry.update(change.get(str(entry["format"]), {}))
    files = pack_files()
    manifest = json.loads(files["pack.json"])
    manifest["courses"][0]["lessons"][0]["media"] = entries
    files["pack.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    files.update(bodies)
    return files


def test_a_pack_with_a_video_and_a_handout_installs_and_offers_them(
    tmp_path: Path, data_dir: Path
) -> None:
    packs = data_dir / "packs"
    result = install_pack(make_zip(tmp_path / "m.zip", media_pack()), packs)
    assert result.pack_id == "mini"
    pack = PackFolder.open(packs / "mini")
    items = pack.lesson_items(LESSON)
    assert [i.format for i in items] == ["mp4", "mp3", "pdf", "vtt"]
    assert all(Path(i.storages[0]).is_file() for i in items)
    video = Path(items[0].storages[0])
    assert hashlib.md5(video.read_bytes()).hexdigest() == items[0].md5
    kinds = [m.kind for m in lesson_materials(items, has_text=True)]
    assert kinds == [
        MaterialKind.VIDEO,
        MaterialKind.HANDOUT,
        MaterialKind.AUDIO,
        MaterialKind.TEXT,
    ]
    assert lesson_materials(items, has_text=True)[0].subtitles_for("zh_CN") == items[3]
    assert pack.lesson_items("mini.tea.taste") == ()


def test_a_zip_slip_media_path_is_refused_with_nothing_written(
    tmp_path: Path, data_dir: Path
) -> None:
    files = media_pack(mp4={"file": "../../evil.mp4"})
    files["../../evil.mp4"] = files.pop("media/water.mp4")
    with pytest.raises(PackError) as caught:
        install_pack(make_zip(tmp_path / "slip.zip", files), data_dir / "packs")
    assert "outside itself" in str(caught.value)
    assert everything_under(data_dir / "packs") == []
    named_only = media_pack(pdf={"file": "../handout.pdf"})  # in pack.json alone
    with pytest.raises(PackError, match="outside itself"):
        install_pack(make_zip(tmp_path / "slip2.zip", named_only), data_dir / "packs")
    assert everything_under(data_dir / "packs") == []


def test_a_media_file_with_a_wrong_md5_is_refused(tmp_path: Path, data_dir: Path) -> None:
    files = media_pack()
    files["media/water.pdf"] += b"% changed\n"
    with pytest.raises(PackError) as caught:
        install_pack(make_zip(tmp_path / "bad.zip", files), data_dir / "packs")
    assert (
        str(caught.value) == "The file media/water.pdf in the pack is damaged (its md5 is wrong)."
    )
    assert everything_under(data_dir / "packs") == []


@pytest.mark.parametrize(
    "change",
    [
        {"mp4": {"format": "flv"}},
        {"mp4": {"md5": "not-an-md5"}},
        {"mp3": {"file": "media/water.mp4"}},  # not a recording's name
        {"vtt": {"language": "fr"}},
    ],
)
def test_badly_described_media_are_refused(
    tmp_path: Path, data_dir: Path, change: dict[str, dict[str, str]]
) -> None:
    with pytest.raises(PackError):
        install_pack(make_zip(tmp_path / "x.zip", media_pack(**change)), data_dir / "packs")
    assert everything_under(data_dir / "packs") == []


def test_a_video_over_the_size_limit_is_refused(tmp_path: Path, data_dir: Path) -> None:
    limits = ZipLimits(max_file_bytes=10_000)  # the clip is bigger than this
    with pytest.raises(PackError, match="far too large"):
        install_pack(make_zip(tmp_path / "big.zip", media_pack()), data_dir / "packs", limits)
    assert everything_under(data_dir / "packs") == []
