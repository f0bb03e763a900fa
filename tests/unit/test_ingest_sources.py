"""iter_articles: every source kind, and every bad input coming out as an IngestError."""

from __future__ import annotations

import io
import json
import os
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from services.ingest import sources
from services.ingest.cleaning import article_id
from services.ingest.sources import IngestError, iter_articles
from shared.contract import Article
from shared.settings import Settings

STORY = (
    "Ferry terminal approved after long debate\n\n"
    "By Jane Whitfield\n"
    "Thursday 6 June 2024 09:15 BST\n\n"
    "The Port Merrow harbour board has approved a new ferry terminal, ending a year of debate.\n\n"
    "“This terminal will bring jobs to the whole coast,” said board chair Owen Pryce.\n\n"
    "Share this article\n"
)
BODY = (
    "The Port Merrow harbour board has approved a new ferry terminal, ending a year of debate.\n\n"
    "“This terminal will bring jobs to the whole coast,” said board chair Owen Pryce."
)
PAGE = """<!DOCTYPE html>
<html><head>
<title>Ferry terminal approved | Coastal Times</title>
<meta property="og:title" content="Ferry terminal approved after long debate">
<meta property="og:site_name" content="Coastal Times">
<meta name="author" content="Jane Whitfield">
<meta property="article:published_time" content="2024-06-06T09:15:00+01:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/login">Log in</a></nav></header>
<main><article>
<h1>Ferry terminal approved after long debate</h1>
<p>The Port Merrow harbour board has approved a new ferry terminal, ending a year of debate that divided
the town and drew hundreds of objections from residents worried about traffic and the dunes.</p>
<p>“This terminal will bring jobs to the whole coast,” said board chair Owen Pryce, who backed the plan
from the start and promised that construction would begin within months.</p>
<p>Campaigners criticised the decision. Their spokesperson, Lina Haddad, said that the group would
consider a legal challenge and that the board had ignored the environmental assessment.</p>
</article></main>
<footer><p>Sign up for our newsletter</p><p>© 2024 Coastal Times. All rights reserved.</p></footer>
</body></html>
"""


def collect(
    source: str, settings: Settings | None = None, stdin: io.BytesIO | None = None
) -> list[Article | IngestError]:
    return list(iter_articles(source, settings or Settings(), stdin=stdin))


def only_article(items: list[Article | IngestError]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def only_error(items: list[Article | IngestError]) -> IngestError:
    assert len(items) == 1, items
    assert isinstance(items[0], IngestError), items[0]
    return items[0]


# --- text files ----------------------------------------------------------------------------------


def test_text_file_becomes_a_clean_article(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(STORY, encoding="utf-8")

    article = only_article(collect(str(path)))

    assert article.text == BODY
    assert article.id == article_id(BODY)
    assert article.title == "Ferry terminal approved after long debate"
    assert article.authors == ["Jane Whitfield"]
    assert article.published == "2024-06-06"
    assert article.path == str(path)
    assert article.source is None


def test_missing_path_is_reported(tmp_path: Path) -> None:
    error = only_error(collect(str(tmp_path / "absent.txt")))
    assert error.reason == "not found"


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", "\ufeff\u200b\u00a0\u2003".encode()])
def test_empty_file_is_reported(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert "empty" in only_error(collect(str(path))).reason


def test_furniture_only_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "furniture.txt"
    path.write_text("Comments\n\nShare this article\n\nSign up to our newsletter\n", encoding="utf-8")
    assert "no article text left" in only_error(collect(str(path))).reason


def test_binary_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in only_error(collect(str(path))).reason


def test_file_in_a_legacy_encoding_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a déclaré à Genève qu'il était très inquiet.".encode("latin-1"))
    reason = only_error(collect(str(path))).reason
    assert "not valid UTF-8" in reason
    assert "first at byte" in reason


def test_a_stray_invalid_byte_in_long_text_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes(b"The board voted on Monday. " * 20 + b"\xff" + b" The vote was close." * 20)
    article = only_article(collect(str(path)))
    assert "\ufffd" in article.text


def test_oversized_file_names_the_limit_and_setting(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(20_100_000)  # sparse: the size is checked before anything is read
    reason = only_error(collect(str(path), Settings(max_article_bytes=1_000_000))).reason
    assert reason == "article is 20.1 MB, over the 1.0 MB limit (NEWSFLOW_MAX_ARTICLE_BYTES)"


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(STORY, encoding="utf-8")
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        # chmod 0 does not stop root (CI runs as root): refuse the read the way the kernel would.
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert only_error(collect(str(path))).reason == "cannot read: Permission denied"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_file_is_reported(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert only_error(collect(str(fifo))).reason == "not a regular file"


# --- directories ---------------------------------------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("First story.\n\nIt happened today.", encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b" / "d.jsonl").write_text(json.dumps({"text": "Third story."}) + "\n", encoding="utf-8")
    (tmp_path / "b" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "draft.txt").write_text("Not ready.", encoding="utf-8")

    items = collect(str(tmp_path))

    assert [item.path if isinstance(item, Article) else item.source for item in items] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "c.html"),
        str(tmp_path / "b" / "d.jsonl"),
        str(tmp_path / "b" / "empty.txt"),
    ]
    assert [type(item) for item in items] == [Article, Article, Article, IngestError]


def test_directory_without_articles_is_reported(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    assert "no article files" in only_error(collect(str(tmp_path))).reason


# --- JSON Lines ----------------------------------------------------------------------------------


def test_json_lines_keep_metadata_and_report_bad_lines_by_number(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "text": STORY,
                "title": "Ferry terminal approved after long debate",
                "authors": ["Jane Whitfield", "Tom Baker"],
                "published": "2024-06-07",
                "source": "Coastal Times",
                "url": "https://coastal.example/ferry",
            }
        ),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "No body"}),
        json.dumps({"text": "Body.", "authors": 7}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "The vote was close.", "author": "Amina Yusuf"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    items = collect(str(path))

    first = items[0]
    assert isinstance(first, Article)
    assert first.text == BODY
    assert first.authors == ["Jane Whitfield", "Tom Baker"]
    assert first.published == "2024-06-07"
    assert (first.source, first.url, first.path) == (
        "Coastal Times",
        "https://coastal.example/ferry",
        str(path),
    )
    errors = [item for item in items if isinstance(item, IngestError)]
    assert [error.source for error in errors] == [f"{path}:{number}" for number in (3, 4, 5, 6, 7)]
    assert errors[0].reason.startswith("line 3: invalid JSON")
    assert "expected a JSON object" in errors[1].reason
    assert 'missing "text"' in errors[2].reason
    assert '"authors"' in errors[3].reason
    assert "empty" in errors[4].reason
    last = items[-1]
    assert isinstance(last, Article)
    assert last.authors == ["Amina Yusuf"]


def test_json_line_over_the_limit_is_reported_and_the_next_line_still_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"text": "word " * 2_000})
    path.write_text(huge + "\n" + json.dumps({"text": "Small story."}) + "\n", encoding="utf-8")

    items = collect(str(path), Settings(max_article_bytes=1_000))

    assert isinstance(items[0], IngestError)
    assert items[0].source == f"{path}:1"
    assert isinstance(items[1], Article)
    assert items[1].text == "Small story."


# --- HTML ----------------------------------------------------------------------------------------


def test_html_file_gives_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(PAGE, encoding="utf-8")

    article = only_article(collect(str(path)))

    assert article.title == "Ferry terminal approved after long debate"
    assert article.authors == ["Jane Whitfield"]
    assert article.published == "2024-06-06"
    assert article.source == "Coastal Times"
    assert article.text.startswith("The Port Merrow harbour board")
    assert "Lina Haddad" in article.text
    for furniture in ("Home", "Log in", "newsletter", "All rights reserved"):
        assert furniture not in article.text


def test_html_without_a_suffix_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_text(PAGE, encoding="utf-8")
    assert only_article(collect(str(path))).source == "Coastal Times"


def test_deeply_nested_html_does_not_escape_the_iterator(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    depth = 50_000
    path.write_text(
        "<html><body>" + "<div>" * depth + "<p>Deep text.</p>" + "</div>" * depth + "</body></html>"
    )
    items = collect(str(path))
    assert len(items) == 1
    assert isinstance(items[0], Article | IngestError)


def test_html_without_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    assert "no article text" in only_error(collect(str(path))).reason


# --- stdin ---------------------------------------------------------------------------------------


def test_stdin_text() -> None:
    article = only_article(collect("-", stdin=io.BytesIO(STORY.encode())))
    assert article.text == BODY
    assert article.path == "-"


def test_stdin_json_lines() -> None:
    data = "\n".join(json.dumps({"text": f"Story number {n}.", "source": "Wire"}) for n in (1, 2)).encode()
    items = collect("-", stdin=io.BytesIO(data))
    assert [item.text for item in items if isinstance(item, Article)] == [
        "Story number 1.",
        "Story number 2.",
    ]


def test_stdin_with_a_prose_line_is_text_not_json_lines() -> None:
    data = b'{"text": "A JSON line."}\nAnd a line of prose.\n'
    assert only_article(collect("-", stdin=io.BytesIO(data))).text.endswith("And a line of prose.")


def test_empty_stdin_is_reported() -> None:
    assert "empty" in only_error(collect("-", stdin=io.BytesIO(b""))).reason


# --- URLs and feeds ------------------------------------------------------------------------------

Route = tuple[int, dict[str, str], bytes]


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, Route]]]:
    """A local HTTP server; tests fill ``routes`` with path -> (status, headers, body)."""
    routes: dict[str, Route] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, headers, body = routes.get(self.path, (404, {"content-type": "text/plain"}, b"missing"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", routes
    finally:
        httpd.shutdown()
        httpd.server_close()


LOCAL = Settings(allow_private_urls=True, http_timeout_s=5)
HTML = {"content-type": "text/html; charset=utf-8"}


def test_url_gives_an_article_with_outlet_and_url(server: tuple[str, dict[str, Route]]) -> None:
    base, routes = server
    routes["/ferry"] = (200, HTML, PAGE.encode())

    article = only_article(collect(f"{base}/ferry", LOCAL))

    assert article.path == f"{base}/ferry"
    assert article.url == f"{base}/ferry"
    assert article.source == "Coastal Times"
    assert "Owen Pryce" in article.text


def test_plain_text_url_uses_the_domain_as_outlet(server: tuple[str, dict[str, Route]]) -> None:
    base, routes = server
    routes["/story.txt"] = (200, {"content-type": "text/plain; charset=utf-8"}, STORY.encode())
    article = only_article(collect(f"{base}/story.txt", LOCAL))
    assert article.text == BODY
    assert article.source == "127.0.0.1"


def test_redirects_are_followed_up_to_five(server: tuple[str, dict[str, Route]]) -> None:
    base, routes = server
    for hop in range(5):
        routes[f"/hop{hop}"] = (302, {"location": f"/hop{hop + 1}"}, b"")
    routes["/hop5"] = (200, HTML, PAGE.encode())
    article = only_article(collect(f"{base}/hop0", LOCAL))
    assert article.url == f"{base}/hop5"

    routes["/loop"] = (301, {"location": "/loop"}, b"")
    assert "more than 5 redirects" in only_error(collect(f"{base}/loop", LOCAL)).reason


def test_http_error_status_is_reported(server: tuple[str, dict[str, Route]]) -> None:
    base, _ = server
    assert only_error(collect(f"{base}/absent", LOCAL)).reason == "HTTP 404 Not Found"


def test_oversized_response_is_refused(server: tuple[str, dict[str, Route]]) -> None:
    base, routes = server
    routes["/big"] = (200, HTML, b"<p>" + b"x" * 20_000 + b"</p>")
    reason = only_error(
        collect(f"{base}/big", Settings(allow_private_urls=True, http_max_bytes=10_000))
    ).reason
    assert "over the 10.0 kB limit (NEWSFLOW_HTTP_MAX_BYTES)" in reason


def test_unsupported_content_type_is_reported(server: tuple[str, dict[str, Route]]) -> None:
    base, routes = server
    routes["/file.pdf"] = (200, {"content-type": "application/pdf"}, b"%PDF-1.7")
    assert "unsupported content type" in only_error(collect(f"{base}/file.pdf", LOCAL)).reason


def test_feed_yields_each_linked_page(server: tuple[str, dict[str, Route]]) -> None:
    base, routes = server
    rss = f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Coastal Times</title><link>{base}/</link>
<item><title>Ferry terminal approved</title><link>{base}/ferry</link>
<pubDate>Thu, 06 Jun 2024 09:15:00 GMT</pubDate></item>
<item><title>Plain story</title><link>/story.txt</link><author>Tom Baker</author>
<pubDate>Fri, 07 Jun 2024 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/gone</link></item>
<item><title>No link</title></item>
</channel></rss>"""
    routes["/rss"] = (200, {"content-type": "application/rss+xml"}, rss.encode())
    routes["/ferry"] = (200, HTML, PAGE.encode())
    routes["/story.txt"] = (200, {"content-type": "text/plain"}, b"The vote was close, officials said.")

    items = collect(f"{base}/rss", LOCAL)

    assert len(items) == 4
    page, plain, gone, no_link = items
    assert isinstance(page, Article)
    assert page.title == "Ferry terminal approved after long debate"
    assert isinstance(plain, Article)
    assert (plain.path, plain.title, plain.authors, plain.published) == (
        f"{base}/story.txt",
        "Plain story",
        ["Tom Baker"],
        "2024-06-07",
    )
    assert isinstance(gone, IngestError)
    assert (gone.source, gone.reason) == (f"{base}/gone", "HTTP 404 Not Found")
    assert isinstance(no_link, IngestError)
    assert "has no link" in no_link.reason


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1:9/", "loopback"),
        ("http://localhost:9/", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:10.0.0.1]/", "private"),
    ],
)
def test_private_addresses_are_refused_by_default(url: str, kind: str) -> None:
    reason = only_error(collect(url, Settings())).reason
    assert reason.startswith("refused:")
    assert f"a {kind} address" in reason
    assert "NEWSFLOW_ALLOW_PRIVATE_URLS" in reason


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    def resolve(host: str, port: int, *args: object, **kwargs: object) -> list[tuple[object, ...]]:
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port)),
        ]

    monkeypatch.setattr(sources.socket, "getaddrinfo", resolve)
    reason = only_error(collect("https://news.example/story", Settings())).reason
    assert "news.example resolves to 10.0.0.7" in reason


def test_redirect_to_a_private_address_is_refused(
    server: tuple[str, dict[str, Route]], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, routes = server
    routes["/away"] = (302, {"location": "http://169.254.169.254/latest/meta-data/"}, b"")
    check_address = sources._refuse_unsafe_url

    def check_every_hop_but_the_test_server(url: str, settings: Settings) -> None:
        if not url.startswith(base):
            check_address(url, settings)

    monkeypatch.setattr(sources, "_refuse_unsafe_url", check_every_hop_but_the_test_server)
    reason = only_error(collect(f"{base}/away", Settings())).reason
    assert "169.254.169.254" in reason
    assert "link-local" in reason


@pytest.mark.parametrize("url", ["ftp://news.example/story.txt", "file:///etc/passwd", "gopher://x/"])
def test_non_http_schemes_are_refused(url: str) -> None:
    assert "only http and https" in only_error(collect(url, Settings())).reason


@pytest.mark.parametrize("url", ["http://[not-an-address/", "http://news.example:99999/", "http:///path"])
def test_malformed_urls_are_reported(url: str) -> None:
    for settings in (Settings(), LOCAL):
        assert only_error(collect(url, settings)).reason


def test_the_checked_address_is_the_one_connected_to(monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: a second lookup of the host (by the HTTP client) could answer with a private
    address after the check passed; the request goes to the checked address instead."""
    lookups: list[str] = []
    real = socket.getaddrinfo

    def resolve(host: str, port: int, *args: object, **kwargs: object) -> list[tuple[object, ...]]:
        lookups.append(host)
        if host == "news.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.0.2.10", port))]
        return real(host, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sources.socket, "getaddrinfo", resolve)
    monkeypatch.setattr(sources.ipaddress.IPv4Address, "is_global", property(lambda self: True))
    collect("http://news.example/story", Settings(http_timeout_s=1))
    assert lookups.count("news.example") == 1


def test_a_pinned_request_keeps_the_host_for_the_server_and_the_certificate() -> None:
    url, headers, extensions = sources._pinned("https://news.example:8443/a?b=1", "203.0.113.5")
    assert url == "https://203.0.113.5:8443/a?b=1"
    assert headers == {"host": "news.example:8443"}
    assert extensions == {"sni_hostname": "news.example"}
    assert sources._pinned("http://news.example/", "2001:db8::1")[0] == "http://[2001:db8::1]/"
    assert sources._pinned("http://news.example/", None) == ("http://news.example/", {}, {})
