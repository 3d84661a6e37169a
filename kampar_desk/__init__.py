"""Kampar Desk: counter application of DPMPTSP Kabupaten Kampar."""

__version__ = "0.1.0"
