"""Translation workflow: extract strings, fill translations, compile, check.

    python tools/i18n.py update          # app/ → resources/translations/*.ts, drops obsolete
    python tools/i18n.py todo [LANG]     # JSON of unfinished messages: {context: {source: ""}}
    python tools/i18n.py apply FILE.json [LANG]   # fill translations from such a JSON
    python tools/i18n.py compile         # lrelease every .ts → .qm (the .qm files are committed)
    python tools/i18n.py check           # exit 1 if any string is new, unfinished or obsolete,
                                         # or a plural form is empty

Source strings are English. ``en`` translations are filled with the source text
automatically (plural forms get "%n lesson" / "%n lessons" when the JSON gives them).
In the JSON, a plural message takes a list of forms (zh_CN: 1 form, en: 2 forms).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")
PLURAL_FORMS = {"zh_CN": 1, "en": 2}  # Qt's numerus forms per language (one; one and other)
CATALOGUE = "silver_classroom"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "app").rglob("*.py"))


def lupdate(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                "-ts",
                str(ts_path(lang, folder)),
            ],
            check=True,
            capture_output=True,
        )
    fill_english(ts_path("en", folder))


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _messages(tree: ET.ElementTree):  # type: ignore[no-untyped-def]
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def fill_english(path: Path) -> None:
    """English needs no translator: unfinished messages get the source text."""
    tree = ET.parse(path)
    for _, message in _messages(tree):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            one = source.replace("(es)", "").replace("(s)", "")
            for text in (one, source.replace("(es)", "es").replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
        del translation.attrib["type"]
    _write(tree, path)


def unfinished(path: Path) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for context, message in _messages(ET.parse(path)):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in {
            "unfinished",
            "obsolete",
            "vanished",
        }:
            out.setdefault(context, {})[message.findtext("source") or ""] = ""
    return out


def apply(data: dict[str, dict[str, str | list[str]]], lang: str) -> int:
    path = ts_path(lang)
    tree = ET.parse(path)
    count = 0
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        value = data.get(context, {}).get(source)
        if not value:
            continue
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for form in list(translation):
                translation.remove(form)
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        count += 1
    _write(tree, path)
    lupdate(TS_DIR)  # back to lupdate's own layout, so `check` compares like with like
    return count


def compile_all(folder: Path = TS_DIR, out: Path = TS_DIR) -> None:
    for lang in LANGS:
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                str(ts_path(lang, folder)),
                "-qm",
                str(out / f"{CATALOGUE}_{lang}.qm"),
            ],
            check=True,
            capture_output=True,
        )


def plural_problems(path: Path, lang: str) -> list[str]:
    """Plural messages with an empty form, or with too few or too many forms for ``lang``."""
    problems: list[str] = []
    for context, message in _messages(ET.parse(path)):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            continue  # reported as untranslated
        forms = [form.text or "" for form in translation.iter("numerusform")]
        source = message.findtext("source") or ""
        if len(forms) != PLURAL_FORMS[lang] or not all(form.strip() for form in forms):
            problems.append(f"{lang}: plural forms missing or empty [{context}] {source!r}")
    return problems


def check() -> list[str]:
    """Problems: strings in the code missing from a .ts, unfinished, or obsolete."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for lang in LANGS:
            shutil.copy(ts_path(lang), ts_path(lang, fresh))
        lupdate(fresh)
        for lang in LANGS:
            committed = ts_path(lang).read_text(encoding="utf-8")
            if ts_path(lang, fresh).read_text(encoding="utf-8") != committed:
                problems.append(f"{lang}: .ts is out of date with the code (run update)")
            for context, messages in unfinished(ts_path(lang)).items():
                problems.extend(f"{lang}: untranslated [{context}] {s!r}" for s in messages)
            problems.extend(plural_problems(ts_path(lang), lang))
    return problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    verb, rest = argv[0], argv[1:]
    if verb == "update":
        lupdate(TS_DIR)
    elif verb == "todo":
        print(
            json.dumps(
                unfinished(ts_path(rest[0] if rest else "zh_CN")), ensure_ascii=False, indent=2
            )
        )
    elif verb == "apply":
        data = json.loads(Path(rest[0]).read_text(encoding="utf-8"))
        print(f"{apply(data, rest[1] if len(rest) > 1 else 'zh_CN')} translation(s) applied")
    elif verb == "compile":
        compile_all()
    elif verb == "check":
        problems = check()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
