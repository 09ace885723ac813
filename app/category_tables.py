"""A category's table, channel by channel: what the details page shows and the printed or
exported table draws (no Qt). The five transport points are a grid (a channel a row, the five
kinds as columns); every other category lists its points, a row each, in atlas order."""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from app import categories
from app.model import Atlas, Source

NOTE = ("Classifications the textbooks make, not claims of effect. Only the points the atlas "
        "holds are listed")
BLANK = "—"   # a five-shu cell whose point the atlas does not hold yet


class Cell(NamedTuple):
    text: str
    code: str | None = None   # the point the cell names (a link on screen)
    detail: str = ""          # the words after it: 'Shàoshāng, wood'


class Table(NamedTuple):
    category: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    sources: tuple[Source, ...]
    count: int                # how many points it lists
    grid: bool = False        # channels by kinds (five-shu); else a row a point

    @property
    def note(self) -> str:
        blank = "; a dash marks one it does not hold yet" if any(
            cell.text == BLANK for row in self.rows for cell in row) else ""
        return f"{NOTE}{blank}."


def table(atlas: Atlas, category: str) -> Table:
    """The table of one category (an id of categories.IDS) over the atlas's points."""
    kind = categories.BY_ID[category]
    entries = [(p, c) for p in atlas.points.values() for c in p.categories
               if c.category == category]
    sources = tuple(atlas.sources[s] for s in dict.fromkeys(c.source for _p, c in entries))
    count = len({p.code for p, _c in entries})
    if kind.five_shu:
        columns = ("Channel", *(k.capitalize() for k in categories.FIVE_SHU))
        rows = []
        for channel in atlas.channels:
            cells = {c.kind: Cell(p.code, p.code, f"{p.pinyin}, {c.element}")
                     for p, c in entries if p.channel == channel}
            if cells:
                rows.append((Cell(atlas.channel_name(channel)),
                             *(cells.get(k, Cell(BLANK)) for k in categories.FIVE_SHU)))
        return Table(category, kind.title, columns, tuple(rows), sources, count, grid=True)
    rows = [(Cell(atlas.channel_name(p.channel)), Cell(p.code, p.code, p.pinyin),
             Cell(categories.describe(c.category, c.of, c.kind, c.element, c.meets,
                                      atlas.channel_name)))
            for p, c in entries]
    return Table(category, kind.title, ("Channel", "Point", kind.name.capitalize()),
                 tuple(rows), sources, count)


def present(atlas: Atlas) -> list[str]:
    """The categories the atlas's points have, in the vocabulary's order."""
    return [k.id for k in categories.KINDS if atlas.points_in_category(k.id)]


def table_html(t: Table, links: bool = True, muted: str = "#555555",
               narrow: bool = False) -> str:
    """A table as rich text (escaped): its title, the note, the grid, the sources. ``narrow``
    (the details panel) lists it channel by channel instead of in columns."""
    def cell(c: Cell) -> str:
        if c.code is None:
            return escape(c.text)
        code = (f'<a href="point:{escape(c.code)}">{escape(c.code)}</a>' if links
                else f"<b>{escape(c.code)}</b>")
        return f"{code} {escape(c.detail)}" if c.detail else code

    head = "".join(f'<th align="left">{escape(col)}</th>' for col in t.columns)
    body = "".join("<tr>" + "".join(f'<td valign="top">{cell(c)}</td>' for c in row) + "</tr>"
                   for row in t.rows)
    grid = (f'<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            f'style="border-collapse:collapse; border-color:#9aa4ab">'
            f"<tr>{head}</tr>{body}</table>")
    if narrow:
        grid = _listed(t, cell)
    def source(s: Source) -> str:
        title = (f'<a href="source:{escape(s.id)}">{escape(s.title)}</a>' if links
                 else escape(s.title))
        return f"{title} ({escape(s.publisher)}{', ' + str(s.year) if s.year else ''})"

    cited = "; ".join(map(source, t.sources))
    return (f"<h1>{escape(t.title)}</h1>"
            f'<p style="color:{muted}"><i>{escape(t.note)}</i> '
            f"{t.count} point{'s' if t.count != 1 else ''}.</p>{grid}"
            f'<p style="font-size:small; color:{muted}">Source: {cited or "none"}</p>')


def _listed(t: Table, cell) -> str:
    """The table channel by channel: a heading each, then its points, one a line."""
    html, channel = [], None
    for row in t.rows:
        if row[0].text != channel:
            channel = row[0].text
            html.append(f'<p style="margin:8px 0px 2px 0px"><b>{escape(channel)}</b></p>')
        if t.grid:
            html += [f'<p style="margin:0px 0px 0px 12px">{escape(col.lower())}: {cell(c)}</p>'
                     for col, c in zip(t.columns[1:], row[1:])]
        else:
            html.append(f'<p style="margin:0px 0px 0px 12px">{cell(row[1])} — '
                        f"{escape(row[2].text)}</p>")
    return "".join(html)
