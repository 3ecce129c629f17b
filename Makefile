# Silver Classroom: `make run` starts the app, `make test` runs every test.
# Both set up a fresh Debian 12 machine first: system packages (as root, or with sudo),
# a virtual environment in .venv, and the Python dependencies.

VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
APT_PACKAGES := espeak-ng libespeak-ng1 sox fonts-noto-cjk \
	xvfb xauth x11-utils libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libpulse0 libasound2 \
	poppler-utils gnome-keyring dbus-x11 libsecret-tools
STAMP_SYSTEM := $(VENV)/.system-packages
STAMP_PYTHON := $(VENV)/.python-packages

.PHONY: run test lint bench screenshots setup system-packages clean

run: setup
	$(PY) -m app

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check app tests tools
	$(VENV)/bin/ruff format --check app tests tools
	$(VENV)/bin/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/benchmarks -o python_files='bench_*.py' -s
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_read_aloud.py

screenshots: setup
	$(PY) tools/screenshots.py

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

$(STAMP_PYTHON): pyproject.toml setup.py
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
