"""Install the bundled resources (course pack, translations, avatars) inside the package.

The repo keeps them at the top level (`resources/`, as the design asks); an installed
copy finds them at `app/resources`, so `pip install .` alone gives a working,
translated app.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*"]), "app.resources"],
    package_dir={"app.resources": "resources"},
    package_data={"app": ["py.typed"], "app.resources": ["**/*"]},
    include_package_data=False,
)
