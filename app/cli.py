"""The command line: open the window, or check / show / search / shot / export (see README)."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from app import __version__
from app.model import Atlas
from app.search import SearchIndex, index_for

EXIT_OK, EXIT_BAD_ATLAS, EXIT_UNKNOWN, EXIT_USAGE = 0, 1, 2, 2
EXIT_NO_MATCH = 1   # search found nothing (as grep does)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acupoints", description="Acupoint Atlas: an offline acupuncture point reference.")
    parser.add_argument("--version", action="version", version=f"acupoints {__version__}")
    parser.add_argument("--atlas", metavar="FILE", help="use another atlas file")
    parser.add_argument("--point", metavar="CODE", help="open at this point")
    parser.add_argument("--view", metavar="ID", help="open on this view")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser("check", help="validate an atlas file")
    check.add_argument("file", nargs="?", help="the atlas (default: the bundled one)")
    show = sub.add_parser("show", help="print a point card")
    show.add_argument("code", help="a code in any spelling, a pinyin, hanzi or English name")
    find = sub.add_parser("search", help="list matching points, best first")
    find.add_argument("query", nargs="+")
    shot = sub.add_parser("shot", help="render the window to a PNG (no display needed)")
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument("--view", dest="shot_view", metavar="ID")
    shot.add_argument("--point", dest="shot_point", metavar="CODE")
    shot.add_argument("--size", default="1280x800", metavar="WxH")
    shot.add_argument("--theme", choices=["light", "dark", "high-contrast"], default="light")
    shot.add_argument("--layers", metavar="NAMES", help="the switchable layers to show, "
                      "comma-separated (how-to-find, channels, labels; default: "
                      "how-to-find); '' none")
    export = sub.add_parser("export", help="write a point card (PDF/PNG), a flashcard deck (PDF), "
                                           "a wall chart of a view or a category's table "
                                           "(PDF/PNG)")
    export.add_argument("code", nargs="?", help="the point, in any spelling")
    export.add_argument("--deck", metavar="SPEC",
                        help="all, face, due, channel:GB, view:ID, condition:ID, "
                             "category:ID (yuan-source, five-shu …)")
    export.add_argument("--out", required=True, metavar="FILE.pdf|FILE.png")
    export.add_argument("--view", dest="export_view", metavar="ID", help="draw on this view")
    export.add_argument("--chart", metavar="VIEW", help="a wall chart of this view: every mark "
                        "labelled with its code")
    export.add_argument("--paper", choices=["A4", "A3"], default="A4",
                        help="the chart's paper (a PNG is that page at 150 dpi)")
    export.add_argument("--table", metavar="CATEGORY", help="a category's table, channel by "
                        "channel (yuan-source, five-shu …)")
    return parser


def _load(path: str | None) -> Atlas | None:
    # imported here: opening the window reads the atlas through its start-up cache instead
    from app.loader import AtlasError, load_atlas

    try:
        return load_atlas(path)
    except AtlasError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return None


def not_on_view(atlas: Atlas, code: str, view_id: str) -> str | None:
    """Why a point cannot be shown on a view (None when it can)."""
    point = atlas.points[code]
    if view_id in point.views:
        return None
    where = (", ".join(f"{v} ({atlas.views[v].title})" for v in point.views)
             or "no view")
    return f"{code} is not drawn on {view_id}; it is drawn on {where}"


def _resolve(atlas: Atlas, index: SearchIndex, query: str) -> str | None:
    code = index.resolve(query)
    if code is None:
        hits = index.search(query, limit=5)
        hint = (" Did you mean: " + ", ".join(
            f"{c} ({atlas.points[c].pinyin})" for c in hits) + "?") if hits else ""
        print(f"acupoints: no point '{query}'.{hint}", file=sys.stderr)
    return code


# What `acupoints` alone parses to: the usual start skips building the parser (ms at start).
NO_ARGUMENTS = argparse.Namespace(atlas=None, point=None, view=None, command=None)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parser().parse_args(argv) if argv else NO_ARGUMENTS
    if args.command == "check":
        atlas = _load(args.file or args.atlas)
        if atlas is None:
            return EXIT_BAD_ATLAS
        print(f"ok: {atlas.summary()}")
        return EXIT_OK
    if args.command in ("show", "search"):
        atlas = _load(args.atlas)
        if atlas is None:
            return EXIT_BAD_ATLAS
        index = index_for(atlas)
        if args.command == "search":
            query = " ".join(args.query)
            hits = index.search(query)
            for code in hits:
                p = atlas.points[code]
                print(f"{code}\t{p.pinyin}\t{p.hanzi}\t{p.english}")
            if not hits:
                print(f"acupoints: no point matches '{query}'", file=sys.stderr)
            return EXIT_OK if hits else EXIT_NO_MATCH
        code = _resolve(atlas, index, args.code)
        if code is None:
            return EXIT_UNKNOWN
        from app.card import card_text

        sys.stdout.write(card_text(atlas, atlas.points[code]))
        return EXIT_OK
    if args.command == "shot":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _run_gui(args, shot=True)
    if args.command == "export":
        return _export(args)
    return _run_gui(args, shot=False)


def _export(args: argparse.Namespace) -> int:
    if args.table is not None:
        return _export_table(args)
    if args.chart is not None:
        return _export_chart(args)
    out = Path(args.out)
    problem = None
    if (args.code is None) == (args.deck is None):
        problem = "export needs a point CODE, --deck SPEC or --chart VIEW (one of them)"
    elif out.suffix.lower() not in ((".pdf",) if args.deck else (".pdf", ".png")):
        problem = f"cannot export {'a deck' if args.deck else 'a card'} to {out.name!r}: " + (
            "use .pdf" if args.deck else "use .pdf or .png")
    if problem:
        print(f"acupoints: {problem}", file=sys.stderr)
        return EXIT_USAGE
    atlas = _load(args.atlas)
    if atlas is None:
        return EXIT_BAD_ATLAS
    if args.export_view and args.export_view not in atlas.views:
        print(f"acupoints: no view '{args.export_view}' (views: {', '.join(atlas.views)})",
              file=sys.stderr)
        return EXIT_UNKNOWN
    from app.decks import DeckError, flashcards_title

    try:
        chosen = _deck(atlas, args.deck) if args.deck else None
    except DeckError as exc:
        print(f"acupoints: {exc}", file=sys.stderr)
        return EXIT_UNKNOWN
    code = None if chosen else _resolve(atlas, index_for(atlas), args.code)
    if chosen is None and code is None:
        return EXIT_UNKNOWN
    if code and args.export_view and (why := not_on_view(atlas, code, args.export_view)):
        print(f"acupoints: {why}", file=sys.stderr)
        return EXIT_UNKNOWN
    app = _painting_app()  # noqa: F841 (kept alive while it draws)
    from app.ui import export

    if chosen:
        ok, pages = _written(out, lambda: export.export_deck(
            atlas, chosen.codes, out, flashcards_title(chosen.title),
            args.export_view or chosen.view))
        said = f"wrote {out}: {len(chosen.codes)} cards on {pages} pages"
    else:
        ok, _ = _written(out, lambda: export.export_card(atlas, atlas.points[code], out,
                                                         args.export_view))
        said = f"wrote {out}"
    if not ok:
        return EXIT_BAD_ATLAS
    print(said)
    return EXIT_OK


def _painting_app():
    """The Qt application the exports paint with (offscreen unless told otherwise)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def _written(out: Path, write) -> tuple[bool, object]:
    """(True, what ``write`` returns), or (False, None) once its failure to write ``out`` is
    reported."""
    try:
        return True, write()
    except OSError as exc:
        print(f"acupoints: could not write {out}: {exc}", file=sys.stderr)
        return False, None


def _export_chart(args: argparse.Namespace) -> int:
    out = Path(args.out)
    problem = None
    if args.code is not None or args.deck is not None or args.export_view is not None:
        problem = "--chart VIEW draws a whole view: give no point CODE, --deck or --view"
    elif out.suffix.lower() not in (".pdf", ".png"):
        problem = f"cannot export a chart to {out.name!r}: use .pdf or .png"
    if problem:
        print(f"acupoints: {problem}", file=sys.stderr)
        return EXIT_USAGE
    atlas = _load(args.atlas)
    if atlas is None:
        return EXIT_BAD_ATLAS
    if args.chart not in atlas.views:
        print(f"acupoints: no view '{args.chart}' (views: {', '.join(atlas.views)})",
              file=sys.stderr)
        return EXIT_UNKNOWN
    app = _painting_app()  # noqa: F841 (kept alive while it draws)
    from app.ui import chart

    ok, labels = _written(out, lambda: chart.export_chart(atlas, args.chart, out, args.paper))
    if not ok:
        return EXIT_BAD_ATLAS
    crowded = sum(not label.clear for label in labels)
    print(f"wrote {out}: {atlas.views[args.chart].title}, {len(labels)} labels"
          + (f" ({crowded} could not be kept clear of the others)" if crowded else ""))
    return EXIT_OK


def _export_table(args: argparse.Namespace) -> int:
    out = Path(args.out)
    problem = None
    if (args.code, args.deck, args.chart, args.export_view) != (None,) * 4:
        problem = "--table CATEGORY draws one table: give no point CODE, --deck, --chart or --view"
    elif out.suffix.lower() not in (".pdf", ".png"):
        problem = f"cannot export a table to {out.name!r}: use .pdf or .png"
    if problem:
        print(f"acupoints: {problem}", file=sys.stderr)
        return EXIT_USAGE
    atlas = _load(args.atlas)
    if atlas is None:
        return EXIT_BAD_ATLAS
    from app import categories, category_tables

    category = categories.find_kind(args.table)
    present = category_tables.present(atlas)
    if category not in present:
        print(f"acupoints: no point of the atlas is in a category '{args.table}' (categories: "
              f"{', '.join(present) or 'none yet'})", file=sys.stderr)
        return EXIT_UNKNOWN
    app = _painting_app()  # noqa: F841 (kept alive while it draws)
    from app.ui import export

    ok, pages = _written(out, lambda: export.export_table(atlas, category, out))
    if not ok:
        return EXIT_BAD_ATLAS
    table = category_tables.table(atlas, category)
    print(f"wrote {out}: {table.title}, {table.count} points on {pages} "
          f"page{'s' if pages != 1 else ''}")
    return EXIT_OK


def _deck(atlas: Atlas, spec: str):
    """A deck spec as Study reads it: also ``face`` and ``due`` (the user's due and weak
    points, from their progress file)."""
    from app.decks import DeckError, deck

    if spec.strip() not in ("face", "due"):
        return deck(atlas, spec)
    from app.progress_store import ProgressStore
    from app.quiz import build_deck

    progress = ProgressStore().progress if spec.strip() == "due" else None
    chosen = build_deck(atlas, spec, progress)
    if not chosen.codes:
        raise DeckError("deck 'due' has no points: nothing is due or weak yet (answer some "
                        "quiz questions first)")
    return chosen


def _run_gui(args: argparse.Namespace, shot: bool) -> int:
    # Starting allocates much (PySide6 makes hundreds of enum classes) and frees little, so
    # the cyclic collector would only walk it again and again: it is switched on again once
    # the first frame is painted (application.run), or here when the window never opens.
    gc.disable()
    try:
        return _start_gui(args, shot)
    finally:
        gc.enable()


def _start_gui(args: argparse.Namespace, shot: bool) -> int:
    from app.ui.application import run

    point = getattr(args, "shot_point", None) or args.point
    view = getattr(args, "shot_view", None) or args.view
    size = None
    if shot:
        try:
            width, height = (int(n) for n in args.size.lower().split("x"))
        except ValueError:
            print(f"acupoints: --size must look like 1280x800, not {args.size!r}",
                  file=sys.stderr)
            return EXIT_USAGE
        size = (width, height)
    layers = None
    if shot and args.layers is not None:
        layers = [name.strip() for name in args.layers.split(",") if name.strip()]
    return run(atlas_path=args.atlas, point=point, view=view,
               shot=Path(args.out) if shot else None, size=size,
               theme=args.theme if shot else None, layers=layers)


if __name__ == "__main__":
    sys.exit(main())
