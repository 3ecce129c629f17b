"""``python -m app admin …``: never prompts; results on stdout, notices on stderr.

Exit codes: 0 success, 1 failure (with a plain message), 2 usage. To add a verb,
write a module with ``register(verbs)`` setting ``run`` and list it here.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from app.cli import (
    admin_audio_cache,
    admin_caregiver_pin,
    admin_catalog,
    admin_check,
    admin_export_pack,
    admin_import_pack,
    admin_profile_file,
    admin_profiles,
    admin_records,
    admin_render_audio,
    admin_save_offline,
    admin_schedule,
    admin_sync,
    admin_video_height,
)
from app.cli.options import AdminRegistrar
from app.core.errors import SilverError
from app.services.app_services import AppServices

REGISTRARS: list[AdminRegistrar] = [
    admin_catalog.register,
    admin_profile_file.register,
    admin_schedule.register,
    admin_profiles.register,
    admin_check.register,
    admin_caregiver_pin.register,
    admin_render_audio.register,
    admin_sync.register,
    admin_save_offline.register,
    admin_import_pack.register,
    admin_export_pack.register,
    admin_records.register,
    admin_audio_cache.register,
    admin_video_height.register,
]


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        return int(args.run(services, args, out, err))
    except SilverError as exc:
        err.write(services.texts.error(exc) + "\n")
        return 1
