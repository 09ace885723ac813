"""Maintainer tools (not shipped with the app): the figure generator and the font subsetter."""
