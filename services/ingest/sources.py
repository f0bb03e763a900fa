"""Turning a source (file, directory, JSON Lines, HTML, URL, feed, stdin) into clean articles.

This is the I/O edge of ingest: reading, decoding, fetching and refusing. The text itself is cleaned by
the pure ``cleaning`` module. A bad input never raises out of ``iter_articles`` and never vanishes: it
comes out as an ``IngestError`` saying what was wrong, so one bad file does not stop a directory.

Decoding policy: text must be UTF-8 (a BOM is allowed). A file with a few stray invalid bytes (at most
1 in 100) is read with U+FFFD in their place, since scraped text often carries one mangled character;
beyond that it is refused as "not valid UTF-8" rather than guessed at. HTML is handed to trafilatura as
bytes, which honours the page's declared charset.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
import httpx
import trafilatura

from services.ingest.cleaning import article_id, clean_text
from shared.contract import Article
from shared.settings import Settings

__all__ = ["IngestError", "iter_articles"]

MAX_REDIRECTS = 5
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_MAX_INVALID_UTF8_SHARE = 0.01
_USER_AGENT = "newsflow-ingest/0.1"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


@dataclass(frozen=True)
class IngestError:
    """A source, or one item of it, that could not become an article, and why."""

    source: str
    reason: str


class _Refused(Exception):
    """Raised inside this module for a bad input; turned into an IngestError at the iterator."""


def iter_articles(
    source: str, settings: Settings, *, stdin: IO[bytes] | None = None
) -> Iterator[Article | IngestError]:
    """Articles from ``source``: a path, a directory, an http(s) URL or feed, or "-" for stdin.

    ``stdin`` replaces ``sys.stdin`` for "-" (tests, embedding).
    """
    if source == "-":
        yield from _from_stdin(stdin or sys.stdin.buffer, settings)
    elif "://" in source:
        yield from _from_url(source, settings)
    else:
        yield from _from_path(Path(source), settings)


# --- building articles ---------------------------------------------------------------------------


def _format_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f} kB"
    return f"{size} bytes"


def _check_article_size(size: int, settings: Settings) -> None:
    if size > settings.max_article_bytes:
        raise _Refused(
            f"article is {_format_size(size)}, over the {_format_size(settings.max_article_bytes)} limit "
            "(NEWSFLOW_MAX_ARTICLE_BYTES)"
        )


def _check_page_size(size: int, settings: Settings) -> None:
    if size > settings.http_max_bytes:
        raise _Refused(
            f"page is {_format_size(size)}, over the {_format_size(settings.http_max_bytes)} limit "
            "(NEWSFLOW_HTTP_MAX_BYTES)"
        )


def _decode_text(data: bytes) -> str:
    if b"\x00" in data:
        raise _Refused("binary content (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    decoded = data.decode("utf-8-sig", errors="replace")
    invalid = decoded.count("\ufffd")
    if invalid > len(data) * _MAX_INVALID_UTF8_SHARE:
        raise _Refused(
            f"not valid UTF-8 ({invalid} undecodable bytes, the first at byte {first_bad}); "
            "binary or a legacy encoding: convert it to UTF-8"
        ) from None
    return decoded


def _build_article(
    raw_text: str,
    settings: Settings,
    *,
    path: str,
    title: str | None = None,
    authors: list[str] | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    language: str | None = None,
) -> Article:
    _check_article_size(len(raw_text.encode("utf-8")), settings)
    cleaned = clean_text(raw_text, title=title)
    if not cleaned.text and not cleaned.removed:
        raise _Refused("empty: only whitespace or invisible characters")
    if not cleaned.text:
        raise _Refused(f"no article text left after removing page furniture ({len(cleaned.removed)} lines)")
    return Article(
        id=article_id(cleaned.text),
        text=cleaned.text,
        title=title or cleaned.title,
        path=path,
        source=source,
        url=url,
        authors=authors or cleaned.authors,
        published=published or cleaned.published,
        language=language,
    )


@dataclass(frozen=True)
class _FeedEntry:
    """What a feed says about an entry, used where the linked page does not say it itself."""

    title: str | None = None
    authors: list[str] | None = None
    published: str | None = None


_NO_ENTRY = _FeedEntry()


def _domain(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _article_from_text_bytes(
    data: bytes, settings: Settings, *, path: str, url: str | None = None, entry: _FeedEntry = _NO_ENTRY
) -> Article:
    _check_article_size(len(data), settings)
    return _build_article(
        _decode_text(data),
        settings,
        path=path,
        title=entry.title,
        authors=entry.authors,
        published=entry.published,
        source=_domain(url),
        url=url,
    )


def _article_from_html(
    html: bytes, settings: Settings, *, path: str, url: str | None = None, entry: _FeedEntry = _NO_ENTRY
) -> Article:
    if b"\x00" in html:
        raise _Refused("binary content (contains NUL bytes), not HTML")
    if not html.strip():
        raise _Refused("empty: no HTML")
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    # trafilatura and lxml parse hostile markup; whatever they raise, the verdict is "unreadable page".
    except Exception as exc:
        raise _Refused(f"could not extract text from the HTML: {type(exc).__name__}: {exc}") from None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise _Refused("no article text found in the HTML")
    # trafilatura joins several authors with "; ".
    author = getattr(document, "author", None)
    authors = [name.strip() for name in author.split(";") if name.strip()] if author else entry.authors
    return _build_article(
        text,
        settings,
        path=path,
        title=getattr(document, "title", None) or entry.title,
        authors=authors,
        published=getattr(document, "date", None) or entry.published,
        source=getattr(document, "sitename", None) or _domain(url),
        url=url,
        language=getattr(document, "language", None),
    )


# --- JSON Lines ----------------------------------------------------------------------------------


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise _Refused(f'"{key}" must be a string, not {type(value).__name__}')


def _authors(record: dict[str, Any]) -> list[str]:
    value = record.get("authors", record.get("author"))
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(name, str) for name in value):
        return value
    raise _Refused('"authors" must be a string or a list of strings')


def _article_from_json_line(line: bytes, settings: Settings, *, path: str) -> Article:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _Refused(f"invalid JSON: {exc}") from None
    if not isinstance(record, dict):
        raise _Refused(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise _Refused('missing "text" string')
    return _build_article(
        text,
        settings,
        path=path,
        title=_optional_str(record, "title"),
        authors=_authors(record),
        published=_optional_str(record, "published"),
        source=_optional_str(record, "source"),
        url=_optional_str(record, "url"),
        language=_optional_str(record, "language"),
    )


def _from_json_lines(
    lines: Iterator[tuple[int, bytes]], settings: Settings, *, path: str
) -> Iterator[Article | IngestError]:
    for number, line in lines:
        if not line.strip():
            continue
        try:
            yield _article_from_json_line(line, settings, path=path)
        except _Refused as exc:
            yield IngestError(f"{path}:{number}", f"line {number}: {exc}")


def _numbered_lines(stream: IO[bytes], max_line_bytes: int) -> Iterator[tuple[int, bytes]]:
    """Lines of a stream, with a line too long to hold replaced by a marker the JSON parse rejects."""
    number = 0
    while True:
        line = stream.readline(max_line_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_line_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(max_line_bytes)) and not rest.endswith(b"\n"):
                pass
            yield number, b'{"over_size_limit": true}'
            continue
        yield number, line


# --- files and directories -----------------------------------------------------------------------


def _from_path(path: Path, settings: Settings) -> Iterator[Article | IngestError]:
    name = str(path)
    try:
        if not path.exists():
            yield IngestError(name, "not found")
        elif path.is_dir():
            yield from _from_directory(path, settings)
        elif not path.is_file():
            yield IngestError(name, "not a regular file")
        elif path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                # Room for JSON escapes and metadata around a body at the size limit.
                lines = _numbered_lines(stream, 2 * settings.max_article_bytes)
                yield from _from_json_lines(lines, settings, path=name)
        else:
            yield _article_from_file(path, settings)
    except _Refused as exc:
        yield IngestError(name, str(exc))
    except OSError as exc:
        yield IngestError(name, f"cannot read: {exc.strerror or exc}")


def _article_from_file(path: Path, settings: Settings) -> Article:
    size = path.stat().st_size
    if path.suffix.lower() in HTML_SUFFIXES:
        # Markup, scripts and styles make a page several times its text, so a page gets the download
        # limit; the text extracted from it still has to fit the article limit.
        _check_page_size(size, settings)
        with path.open("rb") as stream:
            return _article_from_html(stream.read(settings.http_max_bytes + 1), settings, path=str(path))
    _check_article_size(size, settings)
    with path.open("rb") as stream:
        data = stream.read(settings.max_article_bytes + 1)
    if _looks_like_html(data):
        return _article_from_html(data, settings, path=str(path))
    return _article_from_text_bytes(data, settings, path=str(path))


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _from_directory(directory: Path, settings: Settings) -> Iterator[Article | IngestError]:
    wanted = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    files = sorted(
        path
        for path in directory.rglob("*")
        if path.suffix.lower() in wanted
        and not any(part.startswith(".") for part in path.relative_to(directory).parts)
        and path.is_file()
    )
    if not files:
        suffixes = ", ".join(sorted(wanted))
        yield IngestError(str(directory), f"no article files ({suffixes}) in the directory")
    for path in files:
        yield from _from_path(path, settings)


# --- stdin ---------------------------------------------------------------------------------------


def _from_stdin(stream: IO[bytes], settings: Settings) -> Iterator[Article | IngestError]:
    try:
        data = stream.read()
        lines = [(number, line) for number, line in enumerate(data.splitlines(), start=1) if line.strip()]
        if lines and all(_is_json_object(line) for _, line in lines):
            yield from _from_json_lines(iter(lines), settings, path="-")
        else:
            yield _article_from_text_bytes(data, settings, path="-")
    except _Refused as exc:
        yield IngestError("-", str(exc))
    except OSError as exc:
        yield IngestError("-", f"cannot read stdin: {exc}")


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


# --- URLs and feeds ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Response:
    url: str
    content_type: str
    body: bytes


def _refuse_unsafe_url(url: str, settings: Settings) -> str | None:
    """Refuse non-http(s) URLs and, unless allowed, hosts that resolve to non-public addresses; return
    the checked address to connect to (None when private addresses are allowed).

    Every resolved address is checked: one public address among private ones is still a way in. The
    caller connects to the returned address, so a second lookup cannot answer differently (DNS rebinding).
    """
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise _Refused(f"malformed URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise _Refused(f"unsupported URL scheme {parts.scheme!r}: only http and https")
    host = parts.hostname
    if not host:
        raise _Refused("URL has no host")
    if settings.allow_private_urls:
        return None
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise _Refused(f"cannot resolve host {host!r}: {exc}") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise _Refused(
                f"refused: {host} resolves to {address}, a {_address_kind(address)} address "
                "(set NEWSFLOW_ALLOW_PRIVATE_URLS=true to allow)"
            )
    if not infos:
        raise _Refused(f"cannot resolve host {host!r}: no address")
    return str(infos[0][4][0]).split("%")[0]


def _pinned(url: str, address: str | None) -> tuple[str, dict[str, str], dict[str, str]]:
    """The request for ``url`` sent to the already checked ``address``: the URL with the address as its
    host, the original host in the Host header and, for https, as the TLS server name (the certificate is
    checked against it)."""
    if address is None:
        return url, {}, {}
    parts = urlsplit(url)
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    headers = {"host": parts.netloc.rpartition("@")[2]}
    extensions = {"sni_hostname": parts.hostname or ""} if parts.scheme == "https" else {}
    return urlunsplit(parts._replace(netloc=netloc)), headers, extensions


def _address_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_private:
        return "private"
    return "non-public"


def _fetch(client: httpx.Client, url: str, settings: Settings) -> _Response:
    # Redirects are followed by hand so that every hop passes the address check.
    for _ in range(MAX_REDIRECTS + 1):
        target, headers, extensions = _pinned(url, _refuse_unsafe_url(url, settings))
        try:
            with client.stream("GET", target, headers=headers, extensions=extensions) as response:
                if response.is_redirect and "location" in response.headers:
                    url = str(httpx.URL(url).join(response.headers["location"]))
                    continue
                if response.status_code >= 400:
                    raise _Refused(f"HTTP {response.status_code} {response.reason_phrase}")
                return _Response(
                    url,
                    response.headers.get("content-type", ""),
                    _read_capped(response, settings),
                )
        except httpx.TimeoutException:
            raise _Refused(f"timed out after {settings.http_timeout_s:g} s") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise _Refused(f"request failed: {type(exc).__name__}: {exc}") from None
    raise _Refused(f"more than {MAX_REDIRECTS} redirects")


def _read_capped(response: httpx.Response, settings: Settings) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit():
        _check_page_size(int(declared), settings)
    body = bytearray()
    # Counted after decompression, so a small gzip bomb is stopped too.
    for chunk in response.iter_bytes():
        body += chunk
        _check_page_size(len(body), settings)
    return bytes(body)


def _is_feed(response: _Response) -> bool:
    content_type = response.content_type.lower()
    if any(feed_type in content_type for feed_type in _FEED_TYPES):
        return True
    if "html" in content_type or "text/plain" in content_type:
        return False
    head = response.body[:1024].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _from_url(url: str, settings: Settings) -> Iterator[Article | IngestError]:
    headers = {"user-agent": _USER_AGENT}
    with httpx.Client(timeout=settings.http_timeout_s, follow_redirects=False, headers=headers) as client:
        try:
            response = _fetch(client, url, settings)
            if _is_feed(response):
                yield from _from_feed(client, response, settings, path=url)
            else:
                yield _article_from_response(response, settings, path=url)
        except _Refused as exc:
            yield IngestError(url, str(exc))


def _article_from_response(
    response: _Response, settings: Settings, *, path: str, entry: _FeedEntry = _NO_ENTRY
) -> Article:
    content_type = response.content_type.lower()
    if "html" in content_type or (not content_type and _looks_like_html(response.body)):
        return _article_from_html(response.body, settings, path=path, url=response.url, entry=entry)
    if content_type.startswith("text/"):
        return _article_from_text_bytes(response.body, settings, path=path, url=response.url, entry=entry)
    raise _Refused(f"unsupported content type {response.content_type!r}: expected HTML, text or a feed")


def _from_feed(
    client: httpx.Client, feed: _Response, settings: Settings, *, path: str
) -> Iterator[Article | IngestError]:
    parsed = feedparser.parse(feed.body)
    if not parsed.entries:
        problem = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        yield IngestError(path, f"feed has no entries{problem}")
        return
    for number, item in enumerate(parsed.entries, start=1):
        link = item.get("link")
        if not link:
            yield IngestError(f"{path}#{number}", f"feed entry {number} has no link")
            continue
        link = urljoin(feed.url, link)
        entry = _FeedEntry(
            title=item.get("title") or None,
            authors=[item["author"]] if item.get("author") else None,
            published=_feed_date(item),
        )
        try:
            yield _article_from_response(_fetch(client, link, settings), settings, path=link, entry=entry)
        except _Refused as exc:
            yield IngestError(link, str(exc))


def _feed_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None
