"""Point codes, the one grammar for the loader, search and sorting (no Qt).

Channel points are a two-letter channel code and a number (``LU1`` … ``CV24``); extra points are
``EX-`` with the region of the WHO nomenclature and a number: ``EX-HN1`` (head and neck),
``EX-CA1`` (chest and abdomen), ``EX-B1`` (back), ``EX-UE1`` (upper limb), ``EX-LE1`` (lower
limb). Which channel codes exist is data (the atlas's channel files), not part of the grammar.
"""

# Annotations evaluated, not strings: its NamedTuples' fields are checked at every start
# (see app/model.py)
import re
from collections.abc import Sequence
from typing import NamedTuple

EXTRA = "EX"
EXTRA_REGIONS = ("HN", "CA", "B", "UE", "LE")
_REGIONS = "|".join(EXTRA_REGIONS)
_CODE = re.compile(rf"^(?:EX-(?P<region>{_REGIONS})|(?P<channel>[A-Z]{{2}}))(?P<number>[1-9]\d?)$")
PATTERN = rf"^(?:EX-(?:{_REGIONS})|[A-Z]{{2}})[1-9][0-9]?$"   # the same, for a JSON Schema
# The same codes with case, spaces and hyphens folded away, as search compacts a query.
_COMPACT_EXTRA = re.compile(rf"^ex({_REGIONS.lower()})(\d{{1,2}})$")
EXAMPLE = "GB14, EX-HN4 or EX-B2"


class Code(NamedTuple):
    channel: str          # the channel code, or "EX" for an extra point
    region: str           # the extra point's region ("" for channel points)
    number: int


def parse(code: str) -> Code | None:
    """The parts of a well-formed code, or None: 'EX-B2' -> Code('EX', 'B', 2)."""
    match = _CODE.match(code)
    if match is None:
        return None
    region = match.group("region")
    if region is not None:
        return Code(EXTRA, region, int(match.group("number")))
    return Code(match.group("channel"), "", int(match.group("number")))


def extra_from_compact(text: str) -> str | None:
    """The extra point a compacted query spells ('exb2' -> 'EX-B2'), or None."""
    match = _COMPACT_EXTRA.match(text)
    if match is None:
        return None
    return f"EX-{match.group(1).upper()}{int(match.group(2))}"


def sort_key(code: str, channel_order: Sequence[str]) -> tuple[int, int, int]:
    """Atlas order: channels in ``channel_order``, extra points by region, then by number."""
    parts = parse(code)
    if parts is None:
        return (len(channel_order) + 1, 0, 0)
    rank = channel_order.index(parts.channel) if parts.channel in channel_order else len(
        channel_order)
    region = EXTRA_REGIONS.index(parts.region) + 1 if parts.region else 0
    return (rank, region, parts.number)
