#!/usr/bin/env bash
# Install the .deb as an IT helper would, use it as a learner's computer would, remove it,
# and check that the system is as it was. Run as root (CI) on Debian 12:
#
#   bash packaging/deb-smoke.sh dist/silver-classroom_<version>_amd64.deb
#
# The installed command runs from an empty folder with a clean environment (no PATH into
# this tree or its .venv, no PYTHONPATH, a fresh HOME), so only the package can answer.
set -euo pipefail
deb=$(realpath "$1")
name=silver-classroom
export DEBIAN_FRONTEND=noninteractive
fail() { echo "deb-smoke: $*" >&2; exit 1; }
state() {  # every installed package, and every file in the places the package writes to
  dpkg-query -W -f '${Package} ${Version} ${Status}\n' | sort
  { find /opt /usr/bin /usr/share/applications /usr/share/metainfo /usr/share/icons/hicolor \
    /usr/share/doc/$name -xdev 2>/dev/null || true; } | { grep -v '/icon-theme.cache$' || true; } | sort
}
[ "$(id -u)" = 0 ] || fail "run as root (it installs and purges a package)"
dpkg -s "$name" >/dev/null 2>&1 && fail "$name is installed already; purge it first"
before=$(mktemp); after=$(mktemp); work=$(mktemp -d)
cleanup() {  # a failed run must not leave the package behind
  dpkg -s "$name" >/dev/null 2>&1 && apt-get purge -y "$name" >/dev/null 2>&1
  rm -rf "$before" "$after" "$work"
}
trap cleanup EXIT
state >"$before"

echo "== apt-get install $deb"
apt-get install -y --no-install-recommends "$deb" >/dev/null
for f in /opt/$name/$name /usr/bin/$name /usr/share/applications/$name.desktop \
  /usr/share/metainfo/io.github.silverclassroom.SilverClassroom.metainfo.xml \
  /usr/share/icons/hicolor/48x48/apps/$name.png /usr/share/icons/hicolor/scalable/apps/$name.svg; do
  [ -e "$f" ] || fail "installed package lacks $f"
done
desktop-file-validate /usr/share/applications/$name.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.silverclassroom.SilverClassroom.metainfo.xml

run() {  # the installed command, away from the source tree, with a clean environment
  (cd "$work" && env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "$@")
}
mkdir -p "$work/home"
[ "$(run sh -c "command -v $name")" = /usr/bin/$name ] || fail "$name is not on the clean PATH"

echo "== $name --screenshot home.png --page home (in $work)"
run timeout 120 $name --screenshot home.png --page home
size=$(stat -c %s "$work/home.png" 2>/dev/null || echo 0)
[ "$size" -gt 20000 ] || fail "no screenshot of the home page (size $size)"
echo "home.png: $size bytes"

echo "== $name admin check"
run timeout 120 $name admin check || true  # the plain report, for the log
run timeout 120 $name admin check --json >"$work/check.json" || true
# What the package itself must make work (each check's status "ok"); sound and the password store depend on the
# machine (CI has neither a sound card nor a desktop keyring).
python3 - "$work/check.json" <<'PY'
import json, sys
checks = {c["key"]: c for c in json.load(open(sys.argv[1], encoding="utf-8"))["checks"]}
need = ["data_dir", "databases", "speech", "video", "fonts", "policy"]
bad = [f"{k}: {checks[k]['detail']}" if k in checks else f"{k}: missing" for k in need
       if checks.get(k, {}).get("status") != "ok"]
sys.exit(f"deb-smoke: admin check: {bad}" if bad else None)
PY
echo "== $name admin render-audio: the speech cache is Ogg Vorbis, encoded by the bundle"
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work/data/packs" && cp -r "$here/tests/fixtures/packs/mini" "$work/data/packs/"
run timeout 300 $name --data-dir "$work/data" admin render-audio --pack mini
oggs=$(find "$work/data/audio-cache" -name '*.ogg' -size +1k | wc -l)
[ "$oggs" -gt 10 ] || fail "the installed app wrote no speech audio ($oggs files)"
head -c 4 "$(find "$work/data/audio-cache" -name '*.ogg' | head -1)" | grep -q OggS \
  || fail "the speech cache is not Ogg"
echo "speech cache: $oggs Ogg files"

echo "== $name (the window, off screen): its search index needs the pinyin child process"
run timeout -s TERM 60 $name >"$work/window.log" 2>&1 &
window=$!
found=0
for _ in $(seq 60); do
  sleep 1
  if python3 - "$work/home/.local/share/SilverClassroom/machine.sqlite3" <<'PY' 2>/dev/null
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
row = conn.execute("SELECT count(*) FROM search_fts WHERE pinyin != ''").fetchone()
sys.exit(0 if row[0] > 0 else 1)
PY
  then found=1; break; fi
done
pkill -TERM -P "$window" 2>/dev/null || true  # the app under timeout ends on SIGTERM
wait "$window" || true
[ "$found" = 1 ] || { cat "$work/window.log"; fail "no pinyin in the search index (child process)"; }
echo "search index has pinyin: the bundled child process ran"
[ -f "$work/home/.local/share/SilverClassroom/machine.sqlite3" ] \
  || fail "the installed app did not keep its data in the learner's home folder"

echo "== apt-get purge $name"
apt-get purge -y "$name" >/dev/null
state >"$after"
if ! diff -u "$before" "$after"; then fail "the system is not as it was before the install"; fi
echo "deb-smoke: installed, ran (screenshot, admin check) and purged; the system is as before"
