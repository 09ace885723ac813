"""Acupoint Atlas: an offline acupuncture point reference (no Qt imported here)."""

__version__ = "0.1.0"
