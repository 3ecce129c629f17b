# Silver Classroom: `make run` starts the app, `make test` runs every test.
# Both set up a fresh Debian 12 machine first: system packages (as root, or with sudo),
# a virtual environment in .venv, and the Python dependencies.
#
# `make test` runs the suite twice: in .venv (PYTHON, Debian 12's python3 = 3.11) and in
# .venv-3.X, built the same way from a Python 3.12 or newer (NEWER_PYTHON; tools/newer-python
# finds one in pyenv's versions or as python3.12+ on PATH, only when `make test` runs). The
# PySide6 guard in app/_refcount_guard.py is on in the first and off in the second, so both
# ways are tested. `make test NEWER_PYTHON=` tests in .venv only;
# `make test NEWER_PYTHON=/path/to/python3.13` chooses the second Python;
# REQUIRE_NEWER_PYTHON=1 (set by CI) fails when there is none.

VENV ?= .venv
PYTHON ?= python3
NEWER_PYTHON ?= $(shell sh tools/newer-python)
REQUIRE_NEWER_PYTHON ?= 0
PY := $(VENV)/bin/python
APT_PACKAGES := espeak-ng libespeak-ng1 sox fonts-noto-cjk fonts-wqy-microhei \
	xvfb xauth x11-utils libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libpulse0 libasound2 \
	poppler-utils gnome-keyring dbus-x11 libsecret-tools gcc libc6-dev \
	desktop-file-utils appstream
STAMP_SYSTEM := $(VENV)/.system-packages
STAMP_PYTHON := $(VENV)/.python-packages

.PHONY: run test test-one lint bench screenshots setup system-packages clean dist deb deb-smoke

run: setup
	$(PY) -m app

# Both suites run even if the first fails; the exit status is non-zero if either failed
# (pytest's exit 5, "no tests ran", counts as a failure).
test: setup
	@status=0; newer="$(NEWER_PYTHON)"; \
	$(MAKE) --no-print-directory test-one || status=1; \
	if [ -n "$$newer" ]; then \
		venv=".venv-$$("$$newer" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"; \
		$(MAKE) --no-print-directory test-one VENV="$$venv" PYTHON="$$newer" || status=1; \
	elif [ "$(REQUIRE_NEWER_PYTHON)" = 1 ]; then \
		echo "make test: no Python 3.12 or newer found (see tools/newer-python)"; status=1; \
	else \
		echo "make test: no Python 3.12 or newer found; tested with $(PYTHON) only"; \
	fi; \
	exit $$status

# The suite once, in VENV (built from PYTHON).
test-one: setup
	@echo "== pytest on Python $$($(PY) -c 'import platform; print(platform.python_version())') in $(VENV)"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check app tests tools
	$(VENV)/bin/ruff format --check app tests tools
	$(VENV)/bin/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.bench_table

screenshots: setup
	$(PY) tools/screenshots.py

# Packaging (docs/packaging.md): `make dist` builds the one-folder bundle dist/silver-classroom/
# with PyInstaller (the `bundle` extra); `make deb` turns it into
# dist/silver-classroom_<version>_amd64.deb; `make deb-smoke` (as root) installs that .deb with
# apt-get, runs the installed command away from this tree, and purges it again.
dist: setup
	$(PY) -m pip install --quiet -e ".[bundle]"
	desktop-file-validate packaging/silver-classroom.desktop
	appstreamcli validate --no-net packaging/io.github.silverclassroom.SilverClassroom.metainfo.xml
	rm -rf dist/silver-classroom
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/silver-classroom.spec
	@du -sb dist/silver-classroom | awk '{printf "bundle: %.1f MB unpacked (goal: at most 250 MB)\n", $$1 / 1e6}'

deb: dist
	$(PY) tools/build_deb.py

deb-smoke: deb
	bash packaging/deb-smoke.sh dist/silver-classroom_*_amd64.deb

setup: $(STAMP_SYSTEM) $(STAMP_PYTHON)

system-packages: $(STAMP_SYSTEM)

$(STAMP_SYSTEM):
	@mkdir -p $(VENV)
	@if dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
		echo "Debian packages already installed."; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES); \
	elif command -v sudo >/dev/null 2>&1; then \
		sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES); \
	else \
		echo "Please ask an administrator to install: $(APT_PACKAGES)"; exit 1; \
	fi
	@touch $@

# setuptools 77 reads the SPDX licence (pyproject.toml), so the wheel also builds without
# build isolation; below 80 it still carries pkg_resources, which some dependencies import.
$(STAMP_PYTHON): pyproject.toml setup.py
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip "setuptools>=77,<80"
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

clean:
	rm -rf $(VENV) .venv-3.* build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
