"""HTML to PDF with WeasyPrint, fetching nothing but the project's fonts and inline data. Kept
free of Django so that a preview can render in a fresh process that is killed when it takes too
long (WeasyPrint itself has no time limit).

WeasyPrint is imported at the first render, not with this module: a web process renders only
previews, each in a child process, and would otherwise carry it (about 22 MiB and 0.4 s at
start) in every worker for nothing. A Celery worker loads it at start (`load`), before its pool
forks, so that its children share it."""

from __future__ import annotations

import atexit
import gc
import logging
import multiprocessing
from functools import lru_cache
from pathlib import Path

ASSETS = Path(__file__).resolve().parent / "fonts"
ASSET_SCHEME = "kelisim-asset:"


def load() -> None:
    """Import WeasyPrint now rather than at the first render."""
    _fetcher_class()
    _stylesheet("")


@lru_cache(maxsize=1)
def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AssetsOnlyFetcher(URLFetcher):
        """Serves the project's fonts and inline data; refuses file://, http(s):// and the
        rest."""

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith(ASSET_SCHEME):
                name = url.removeprefix(ASSET_SCHEME)
                path = (ASSETS / name).resolve()
                if path.parent != ASSETS or not path.is_file():
                    raise ValueError(f"No such asset: {name}")
                return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": "font/ttf"})
            raise ValueError(f"Certificates may not load {url}")

    return AssetsOnlyFetcher


def assets_only_fetcher():
    """A WeasyPrint URL fetcher that serves the project's fonts and inline data only."""
    return _fetcher_class()()


@lru_cache(maxsize=16)
def _stylesheet(css: str):
    """A stylesheet parsed once per process, with the font configuration its @font-face rules
    are loaded into. Without a font configuration WeasyPrint ignores @font-face (the bundled
    fonts were never used: the system's fonts stood in), and a configuration made afresh for
    every document keeps native memory (about 0.25 MiB a PDF) that a worker rendering a batch
    never gives back."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    sheet = CSS(
        string=css, url_fetcher=assets_only_fetcher(), base_url=ASSET_SCHEME, font_config=fonts
    )
    return sheet, fonts


def forget_fonts() -> None:
    """Drop the cached stylesheets and their font configurations. WeasyPrint copies a document's
    @font-face fonts (1.8 MiB here) into a temporary folder that it removes only when the
    configuration is deleted, and not when that happens as the interpreter shuts down: every
    process that rendered left one in /tmp, a template preview's process each time. Run at exit
    (`atexit`), by a preview's process before it answers, and by Celery's pool processes, which
    end with os._exit (cms.celery)."""
    _stylesheet.cache_clear()
    gc.collect()  # a configuration in a reference cycle is deleted now, not at shutdown


atexit.register(forget_fonts)


def write_pdf(html: str, css: str) -> bytes:
    """The PDF of an HTML document and its stylesheet; every URL goes through the fetcher."""
    from weasyprint import HTML

    sheet, fonts = _stylesheet(css)
    document = HTML(string=html, base_url=ASSET_SCHEME, url_fetcher=assets_only_fetcher())
    return document.write_pdf(stylesheets=[sheet], font_config=fonts)


class PdfTimeout(Exception):
    """The render took longer than it was allowed to."""


class PdfFailed(Exception):
    """WeasyPrint could not render the document; the message says why."""


def _write_to(connection, html: str, css: str) -> None:
    logging.getLogger("weasyprint").setLevel(logging.WARNING)  # no progress lines on stdout
    try:
        result = (True, write_pdf(html, css))
    except Exception as error:  # reported to the parent, which turns it into a message
        result = (False, f"{type(error).__name__}: {error}")
    forget_fonts()  # before answering: the parent kills this process once it has the answer
    connection.send(result)
    connection.close()


def write_pdf_within(html: str, css: str, *, seconds: float) -> bytes:
    """`write_pdf` in a separate process, killed after `seconds`. A fresh ("spawn") process
    shares no locks, database connections or font caches with a threaded web server."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_write_to, args=(sender, html, css), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise PdfTimeout(seconds)
        try:
            ok, payload = receiver.recv()
        except EOFError as error:  # the process died without an answer
            raise PdfFailed(f"exit code {process.exitcode}") from error
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join()
    if not ok:
        raise PdfFailed(payload)
    return payload
