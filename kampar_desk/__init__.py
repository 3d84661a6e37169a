"""Kampar Desk: counter application of DPMPTSP Kabupaten Kampar."""

__version__ = "0.2.0"
