"""admin records: a finished course's certificate (a PDF that reads back exactly), the CSV
export, and the learning record in the profile file."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.__main__ import main
from app.core.study_time import StudyKey, StudyKind
from tests.conftest import make_services


def finish_first_course(data_dir: Path) -> tuple[str, str, int]:
    """The default learner reads every lesson of the first course on 2 and 9 March 2026."""
    svc = make_services(data_dir, "--lang", "en")
    try:
        store = svc.learner(svc.profiles.default())
        course = next(iter(svc.catalog.catalog.courses.values()))
        for n, lesson in enumerate(course.lessons):
            day = date(2026, 3, 2) if n == 0 else date(2026, 3, 9)
            key = StudyKey(day, course.id, lesson.id, StudyKind.READ)
            store.study.add({key: 20 * 60}, datetime(2026, 3, 9, tzinfo=UTC), queue=False)
            store.progress.mark_done(lesson.id, course.id, datetime(2026, 3, 9, 2, tzinfo=UTC))
        return course.id, course.title_in("en"), len(course.lessons)
    finally:
        svc.close()


def pdftotext_lines(pdf: Path) -> list[str]:
    """The PDF's text lines as poppler reads them (Qt's page number at the foot left out)."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [line.strip() for line in text.splitlines() if line.strip() and not line.isdigit()]


EXPECTED = {
    "en": [
        "Certificate of completion",
        "This certifies that {name} has completed the course",
        "{title}",
        "Lessons: {lessons}",
        "Hours of study: {hours}",
        "First day: 2 March 2026",
        "Last day: 9 March 2026",
        "Silver Classroom",
    ],
    "zh_CN": [
        "结业证书",
        "兹证明{name}已学完课程",
        "{title}",
        "课数：{lessons}节",
        "学习时间：{hours}小时",
        "开始日期：2026年3月2日",
        "结束日期：2026年3月9日",
        "银龄课堂",
    ],
}


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (make setup) missing")
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_admin_writes_a_certificate_that_reads_back_exactly(
    data_dir: Path, tmp_path: Path, lang: str
) -> None:
    course_id, _title, lessons = finish_first_course(data_dir)
    pdf = tmp_path / "certificate.pdf"
    base = ["--data-dir", str(data_dir), "--lang", lang]
    assert main(["admin", "records", "certificate", course_id, str(pdf), *base]) == 0
    svc = make_services(data_dir, "--lang", lang)
    name = svc.profiles.default().name
    title = svc.catalog.catalog.courses[course_id].title_in(lang)
    svc.close()
    hours = f"{lessons * 20 / 60:.1f}"
    facts = {"name": name, "title": title, "lessons": lessons, "hours": hours}
    assert pdftotext_lines(pdf) == [line.format(**facts) for line in EXPECTED[lang]]
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "c")],
        check=True,
    )
    assert (tmp_path / "c-1.png").stat().st_size > 1000


def test_no_certificate_for_an_unfinished_course(data_dir: Path, tmp_path: Path) -> None:
    svc = make_services(data_dir, "--lang", "en")
    course = next(iter(svc.catalog.catalog.courses.values()))
    svc.close()
    pdf = tmp_path / "c.pdf"
    base = ["--data-dir", str(data_dir), "--lang", "en"]
    assert main(["admin", "records", "certificate", course.id, str(pdf), *base]) == 1
    assert not pdf.exists()


def test_export_csv_has_a_bom_and_one_row_per_lesson_and_day(
    data_dir: Path, tmp_path: Path
) -> None:
    _course, _title, lessons = finish_first_course(data_dir)
    csv_file = tmp_path / "record.csv"
    base = ["--data-dir", str(data_dir), "--lang", "zh_CN"]
    assert main(["admin", "records", "export", str(csv_file), *base]) == 0
    data = csv_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheet programs then read the Chinese
    rows = data.decode("utf-8-sig").splitlines()
    assert rows[0].split(",")[:6] == [
        "day",
        "course_id",
        "course",
        "lesson_id",
        "lesson",
        "minutes",
    ]
    assert len(rows) == 1 + lessons
    assert rows[1].split(",")[0] == "2026-03-02" and rows[1].split(",")[5] == "20.0"


def test_the_learning_record_travels_in_the_profile_file(data_dir: Path, tmp_path: Path) -> None:
    finish_first_course(data_dir)
    profile_file = tmp_path / "me.json"
    base = ["--data-dir", str(data_dir), "--lang", "en"]
    svc = make_services(data_dir)
    name = svc.profiles.default().name
    svc.close()
    assert main(["admin", "export-profile", name, str(profile_file), *base]) == 0
    assert '"study_time"' in profile_file.read_text(encoding="utf-8")
    assert main(["admin", "import-profile", str(profile_file), "--as", "Copy", *base]) == 0
    svc = make_services(data_dir, "--lang", "en")
    try:
        copy = svc.learner(svc.profiles.by_name("Copy")).study
        original = svc.learner(svc.profiles.default()).study
        assert copy.rows() == original.rows() and copy.total_seconds() > 0
        assert copy.waiting() == 0  # the platform queue stays with the original
    finally:
        svc.close()
