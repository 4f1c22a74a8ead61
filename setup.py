"""The one thing pyproject.toml cannot say: its automatic package discovery finds the
packages under csmm_desktop/, but not the top-level resources/ folder, which ships inside
them as csmm_desktop.resources (package-dir in pyproject.toml). Everything else is there."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["csmm_desktop", "csmm_desktop.*"]),
        "csmm_desktop.resources",
    ]
)
