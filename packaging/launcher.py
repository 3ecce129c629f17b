"""Entry point of the bundled app (PyInstaller runs this file as ``__main__``).

``freeze_support()`` first: the speech worker and the pinyin child are started with
"spawn", which in a bundle runs this same program again with multiprocessing's own
arguments; there, ``freeze_support`` runs the child's work and exits before the app starts.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app import startup_gc

    startup_gc.pause()  # before PySide6 and the app's modules load (app/startup_gc.py)
    from app.__main__ import run

    run()
