"""The package version, in one place (audit headers and --version read it)."""

__version__ = "0.1.0"
