"""`newsflow`: run the pipeline, feed it, watch it, query it."""

from __future__ import annotations

import asyncio
import itertools
import json
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from shared import contract
from shared.log import configure_logging, redact_url
from shared.settings import Settings, get_settings
from shared.state import NotRunningError, database_url, redis_url

app = typer.Typer(
    help="Newsflow: who is involved, who said what, who stands where, across a stream of news.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    pretty_exceptions_short=True,
)
dlq_app = typer.Typer(help="Inspect and replay dead-lettered messages.", no_args_is_help=True)
app.add_typer(dlq_app, name="dlq")

out = Console()
err = Console(stderr=True)

WorkersOption = Annotated[
    str | None,
    typer.Option(help="Processes per service, e.g. ner=2,quotes=1,stance=1,aggregator=1 (default 1 each)."),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


def _settings() -> Settings:
    settings = get_settings()
    configure_logging("cli", "WARNING", settings.log_json)
    return settings


def _redis_url(settings: Settings) -> str:
    try:
        return redis_url(settings)
    except NotRunningError as exc:
        raise _fail(str(exc)) from None


def _workers(spec: str | None) -> dict[str, int]:
    from services.cli.supervisor import parse_workers

    try:
        return parse_workers(spec)
    except ValueError as exc:
        raise _fail(str(exc), 2) from None


def _start(supervisor: Any) -> None:
    from services.cli.supervisor import AlreadyRunningError

    try:
        supervisor.start()
    except AlreadyRunningError as exc:
        raise _fail(str(exc)) from None


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    )


def _unique_articles(sources: list[str], settings: Settings, errors: list[Any]) -> Iterator[contract.Article]:
    """Articles of ``sources`` as they are read, each id once; refused sources are added to ``errors``."""
    from services.ingest.sources import IngestError, iter_articles

    seen: set[str] = set()
    for source in sources:
        for item in iter_articles(source, settings):
            if isinstance(item, IngestError):
                errors.append(item)
            elif item.id not in seen:
                seen.add(item.id)
                yield item


def _report_refused(errors: list[Any]) -> None:
    for error in errors:
        err.print(f"[yellow]skipped[/] {error.source}: {error.reason}")


def _load_articles(sources: list[str], settings: Settings) -> tuple[list[contract.Article], list[Any]]:
    errors: list[Any] = []
    articles = list(_unique_articles(sources, settings, errors))
    _report_refused(errors)
    return articles, errors


@app.command()
def up(workers: WorkersOption = None) -> None:
    """Start Redis (embedded unless NEWSFLOW_REDIS_URL is set) and every service; Ctrl-C stops all."""
    from services.cli.supervisor import Supervisor

    settings = _settings()
    counts = _workers(workers)
    supervisor = Supervisor(settings, counts)
    stopping = False

    def _stop(*_: Any) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    _start(supervisor)
    err.print(
        f"[green]newsflow is up[/]: redis {redact_url(supervisor.redis_url)}, "
        f"database {redact_url(database_url(settings))}\n"
        f"workers: {', '.join(f'{k}={v}' for k, v in counts.items())}; logs in {supervisor.log_dir}\n"
        "feed it from another terminal: [bold]newsflow ingest examples/[/]; Ctrl-C stops everything"
    )
    try:
        while not stopping:
            supervisor.poll()
            time.sleep(0.2)
    finally:
        err.print("stopping: in-flight messages finish first ...")
        supervisor.stop()


@app.command()
def ingest(
    sources: Annotated[
        list[str], typer.Argument(help="Files, directories, .jsonl, .html, http(s) URLs, feeds, -")
    ],
    patience: Annotated[float, typer.Option(help="Seconds to wait for a lagging pipeline.")] = 600.0,
) -> None:
    """Publish articles to the running pipeline (re-ingesting the same text is harmless)."""
    from services.ingest.publish import BackpressureTimeoutError, publish_articles

    settings = _settings()
    url = _redis_url(settings)
    # Articles are read as they are published, so a large source never sits in memory whole.
    errors: list[Any] = []
    articles = _unique_articles(sources, settings, errors)
    first = next(articles, None)
    if first is None:
        _report_refused(errors)
        raise _fail(
            "no article to ingest" + (f" ({len(errors)} source(s) refused, see above)" if errors else "")
        )
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        try:
            count = asyncio.run(
                publish_articles(
                    url,
                    settings,
                    itertools.chain([first], articles),
                    lambda _: progress.advance(task),
                    patience,
                )
            )
        except BackpressureTimeoutError as exc:
            _report_refused(errors)
            raise _fail(str(exc)) from None
        except OSError as exc:
            _report_refused(errors)
            raise _fail(f"cannot reach Redis at {redact_url(url)}: {exc}") from None
        finally:
            progress.update(task, total=progress.tasks[0].completed)
    _report_refused(errors)
    err.print(
        f"published {count} article(s) to {contract.ARTICLES}"
        + (f", {len(errors)} refused" if errors else "")
    )
    if errors:
        raise typer.Exit(1)


def _stream_status(settings: Settings) -> dict[str, Any]:
    from redis.asyncio import Redis

    from shared.streams import stream_status

    async def collect() -> dict[str, Any]:
        client = Redis.from_url(_redis_url(settings))
        try:
            return await stream_status(client)
        finally:
            await client.aclose()

    try:
        return asyncio.run(collect())
    except OSError as exc:
        raise _fail(f"cannot reach Redis: {exc}") from None


def _status(settings: Settings) -> dict[str, Any]:
    from services.aggregator.store import Store

    status = _stream_status(settings)
    store = Store(database_url(settings))
    try:
        counts = store.counts()
    finally:
        store.close()
    status["articles_persisted"] = counts["articles"]
    status["articles_complete"] = counts["complete"]
    status["database"] = counts
    return status


@app.command()
def status(as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False) -> None:
    """Streams, consumer groups (pending, lag), dead letters and persisted articles."""
    settings = _settings()
    result = _status(settings)
    if as_json:
        out.print_json(json.dumps(result))
        return
    table = Table(title="streams")
    for column in ("stream", "length", "group", "pending", "lag", "consumers"):
        table.add_column(column)
    for name, stream in result["streams"].items():
        groups: dict[str, dict[str, Any]] = stream["groups"] or {"-": {}}
        for group, info in groups.items():
            table.add_row(
                name,
                str(stream["length"]),
                group,
                *(str(info.get(k, "")) for k in ("pending", "lag", "consumers")),
            )
    out.print(table)
    dead = sum(result["dlq"].values())
    out.print(
        f"articles persisted: {result['articles_persisted']} ({result['articles_complete']} complete); "
        f"dead letters: {dead}"
    )


@app.command()
def report(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    top: Annotated[int, typer.Option(help="Rows per section.")] = 15,
) -> None:
    """Who is involved, who said what, who stands where, and how each outlet portrays each actor."""
    from services.aggregator.report import build_report
    from services.aggregator.store import Store

    settings = _settings()
    store = Store(database_url(settings))
    try:
        result = build_report(store, top)
    finally:
        store.close()
    if as_json:
        out.print_json(json.dumps(result))
    else:
        _print_report(result, top)


def _print_report(result: dict[str, Any], top: int) -> None:
    from rich.markup import escape

    out.print(
        f"[bold]{result['articles_persisted']} articles[/] ({result['articles_complete']} fully analysed, "
        f"{result['sources_recorded']} sources)"
    )
    stories = Table(title="stories")
    stories.add_column("story", max_width=34, overflow="ellipsis", no_wrap=True)
    stories.add_column("arts", min_width=4)
    stories.add_column("dups", min_width=4)
    stories.add_column("outlets", min_width=12)
    stories.add_column("dates", min_width=10)
    for story in result["stories"][:top]:
        first, last = story["first_published"] or "", story["last_published"] or ""
        stories.add_row(
            escape(story["title"] or story["story"]),
            str(story["articles"]),
            str(story["near_duplicates"]),
            escape(", ".join(f"{k} {v}" for k, v in story["outlets"].items())),
            first if first == last else f"{first} to {last}",
        )
    out.print(stories)
    entities = Table(title="who is involved")
    for column in ("entity", "type", "articles", "mentions"):
        entities.add_column(column)
    for e in result["entities"]:
        entities.add_row(escape(e["name"]), e["type"], str(e["articles"]), str(e["mentions"]))
    out.print(entities)
    quotes = Table(title="who said what")
    for column in ("speaker", "quotes", "kinds", "example"):
        quotes.add_column(column)
    for q in result["who_said_what"]:
        kinds = ", ".join(f"{k} {v}" for k, v in q["kinds"].items())
        quotes.add_row(
            escape(q["speaker"]), str(q["quotes"]), kinds, escape(q["examples"][0] if q["examples"] else "")
        )
    out.print(quotes)
    stances = Table(title="who stands where")
    for column in ("holder", "target", "support", "oppose", "evidence"):
        stances.add_column(column)
    for s in result["stance_matrix"][:top]:
        stances.add_row(
            escape(s["holder"]),
            escape(s["target"]),
            str(s["support"]),
            str(s["oppose"]),
            escape(s["evidence"]),
        )
    out.print(stances)
    portrayal = Table(title="how each outlet portrays each actor")
    for column in ("outlet", "entity", "negative", "neutral", "positive", "mean"):
        portrayal.add_column(column)
    for p in sorted(result["portrayal"], key=lambda c: -c["mentions"])[:top]:
        portrayal.add_row(
            escape(p["outlet"]),
            escape(p["entity"]),
            *(str(p[k]) for k in ("negative", "neutral", "positive", "mean")),
        )
    out.print(portrayal)


@app.command()
def run(
    sources: Annotated[list[str], typer.Argument(help="What to analyse (files, directories, URLs, ...).")],
    workers: WorkersOption = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the pipeline to finish.")] = 600.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """The whole job in one command: start everything, ingest SOURCES, wait until analysed, report, stop."""
    from services.cli.supervisor import Supervisor
    from services.ingest.publish import publish_articles

    settings = _settings()
    counts = _workers(workers)
    articles, _errors = _load_articles(sources, settings)
    if not articles:
        raise _fail("no article to analyse")
    supervisor = Supervisor(settings, counts)
    _start(supervisor)
    try:
        settings = Settings(**{**settings.model_dump(), "redis_url": supervisor.redis_url})
        asyncio.run(publish_articles(supervisor.redis_url, settings, articles))
        _wait_until_analysed(settings, supervisor, {a.id for a in articles}, timeout)
    finally:
        supervisor.stop()
    report(as_json=as_json, top=15)


def _wait_until_analysed(settings: Settings, supervisor: Any, ids: set[str], timeout: float) -> None:
    from sqlalchemy import select

    from services.aggregator.store import Store
    from services.aggregator.tables import ArticleRow

    store = Store(database_url(settings))
    deadline = time.monotonic() + timeout
    try:
        with _progress() as progress:
            task = progress.add_task("analysing", total=len(ids))
            while True:
                supervisor.poll()
                with store.sessions() as session:
                    done = session.execute(
                        select(ArticleRow.id).where(
                            ArticleRow.has_entities, ArticleRow.has_quotes, ArticleRow.has_stances
                        )
                    ).scalars()
                    finished = len(ids & set(done))
                progress.update(task, completed=finished)
                if finished == len(ids) or _all_dead_or_done(settings, ids, finished):
                    return
                if time.monotonic() > deadline:
                    raise _fail(f"only {finished} of {len(ids)} articles analysed after {timeout:.0f} s")
                time.sleep(0.3)
    finally:
        store.close()


def _all_dead_or_done(settings: Settings, ids: set[str], finished: int) -> bool:
    """True when the rest of the articles sit in a dead-letter stream: waiting longer would not help."""
    status = _stream_status(settings)
    dead = sum(status["dlq"].values())
    busy = any(g["pending"] or g["lag"] for s in status["streams"].values() for g in s["groups"].values())
    return not busy and finished + dead >= len(ids)


@dlq_app.command("list")
def dlq_list(
    stream: Annotated[str | None, typer.Option(help="One DLQ stream (default: all).")] = None,
    count: Annotated[int, typer.Option(help="Entries per stream.")] = 20,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Dead letters with their reason."""
    from redis.asyncio import Redis

    from shared.streams import read_dead_letters

    settings = _settings()
    streams = [stream] if stream else list(contract.DLQ_STREAMS)

    async def collect() -> list[dict[str, Any]]:
        client = Redis.from_url(_redis_url(settings))
        try:
            rows = []
            for name in streams:
                for entry_id, letter in await read_dead_letters(client, name, count):
                    rows.append({"dlq": name, "id": entry_id, **letter.model_dump(mode="json")})
            return rows
        finally:
            await client.aclose()

    rows = asyncio.run(collect())
    if as_json:
        out.print_json(json.dumps(rows))
        return
    table = Table(title=f"{len(rows)} dead letter(s)")
    for column in ("dlq", "id", "service", "error_type", "error", "deliveries"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            r["dlq"], r["id"], r["service"], r["error_type"], r["error"][:120], str(r["deliveries"])
        )
    out.print(table)


@dlq_app.command("replay")
def dlq_replay(
    stream: Annotated[str | None, typer.Option(help="One DLQ stream (default: all).")] = None,
    count: Annotated[int, typer.Option(help="Entries per stream.")] = 1000,
) -> None:
    """Put dead letters back on their stream (after a fix) and remove them from the DLQ."""
    from redis.asyncio import Redis

    from shared.streams import replay_dead_letters

    settings = _settings()
    streams = [stream] if stream else list(contract.DLQ_STREAMS)

    async def replay() -> int:
        client = Redis.from_url(_redis_url(settings))
        try:
            return sum([await replay_dead_letters(client, name, count) for name in streams])
        finally:
            await client.aclose()

    err.print(f"replayed {asyncio.run(replay())} message(s)")


@app.command()
def analyze(
    files: Annotated[
        list[str], typer.Argument(help="Article files (text, HTML, JSON Lines) or directories.")
    ],
    fmt: Annotated[str, typer.Option("--format", help="json or table.")] = "table",
) -> None:
    """Analyse in-process with the same stage functions, no broker (library mode)."""
    from services.pipeline import Analyzer, evaluation_record

    if fmt not in ("json", "table"):
        raise _fail("--format must be json or table", 2)
    settings = _settings()
    articles, errors = _load_articles(files, settings)
    if not articles and errors:
        raise _fail("nothing to analyse")
    analyzer = Analyzer.from_settings(settings)
    results = []
    with _progress() as progress:
        task = progress.add_task("analysing", total=len(articles))
        for article in articles:
            results.append(analyzer.analyze(article))
            progress.advance(task)
    if fmt == "json":
        sys.stdout.write(
            json.dumps({"articles": [evaluation_record(r) for r in results]}, ensure_ascii=False)
        )
        sys.stdout.write("\n")
        return
    from rich.markup import escape

    for result in results:
        out.rule(escape(result.article.title or result.article.path or result.article.id))
        out.print("entities: " + escape(", ".join(f"{e.name} ({e.type})" for e in result.entities)))
        for q in result.quotes:
            out.print(f"  [{q.kind}] {escape(q.speaker or '?')}: {escape(q.text[:140])}")
        for s in result.stances:
            out.print(f"  {escape(s.holder)} -{s.label}-> {escape(s.target)}")


@app.command()
def sentiment(
    file: Annotated[
        Path, typer.Argument(help="NewsMTSC-format JSON Lines (sentence_normalized, targets[].from/.to).")
    ],
) -> None:
    """Target-dependent sentiment: the input lines on stdout with targets[].predicted filled in."""
    from services.stance.sentiment import SentimentExample, classify_many

    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(f"cannot read {file}: {exc}") from None
    records: list[dict[str, Any]] = []
    examples: list[SentimentExample] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            sentence = record["sentence_normalized"]
            spans = [(int(t["from"]), int(t["to"])) for t in record["targets"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise _fail(f"{file}:{number}: not a NewsMTSC line ({type(exc).__name__}: {exc})") from None
        records.append(record)
        examples.extend(SentimentExample(sentence, start, end) for start, end in spans)
    predictions = iter(classify_many(examples))
    for record in records:
        for target in record["targets"]:
            target["predicted"], _score = next(predictions)
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@app.command()
def bench(
    articles: Annotated[
        int, typer.Option(help="How many articles (examples made unique, then generated).")
    ] = 200,
    workers: WorkersOption = None,
    output: Annotated[Path, typer.Option(help="Where to write the figures as JSON.")] = Path(
        "bench-results/bench.json"
    ),
) -> None:
    """Throughput, per-stage latency and peak RSS: the running pipeline vs in-process analyze."""
    from services.cli import bench as benchmark

    settings = _settings()
    counts = _workers(workers)
    corpus = benchmark.bench_articles(articles, settings)
    err.print(f"in-process analyze on {len(corpus)} articles ...")
    results: dict[str, Any] = {"in_process": benchmark.in_process(corpus, settings)}
    err.print("each worker's message handler, in-process ...")
    results["stage_cost"] = benchmark.stage_costs(corpus, settings)
    err.print("pipeline (separate processes, embedded Redis, SQLite) ...")
    results["pipeline"] = benchmark.pipeline(corpus, settings, counts)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2))
    out.print_json(json.dumps(results))
    err.print(f"written to {output}")


@app.command()
def chaos(
    articles: Annotated[int, typer.Option(help="Generated articles to push through.")] = 2000,
    workers: WorkersOption = "ner=2,quotes=2,stance=2,aggregator=2",
    timeout: Annotated[float, typer.Option(help="Give up after this many seconds.")] = 1800.0,
    postgres: Annotated[
        bool, typer.Option(help="Store in an embedded PostgreSQL and restart it once (needs the dev extra).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """SIGKILL workers at random, restart Redis (and PostgreSQL), then count lost and duplicated."""
    from dataclasses import asdict

    from services.cli.chaos import run_chaos

    _settings()
    counts = _workers(workers)
    result = run_chaos(
        articles, counts, timeout_s=timeout, postgres=postgres, say=lambda line: err.print(line)
    )
    summary = {**asdict(result), "ok": result.ok}
    if as_json:
        out.print_json(json.dumps(summary))
    else:
        out.print(
            f"articles {result.articles}, kills {result.kills}, redis restarts {result.redis_restarts}, "
            f"postgres restarts {result.postgres_restarts}, "
            f"persisted {result.persisted}, complete {result.complete}, duplicates {result.duplicates}, "
            f"lost {result.lost}, dead letters {len(result.dead_letters)}, {result.elapsed_s} s"
        )
        for letter in result.dead_letters[:20]:
            out.print(f"  dead letter from {letter['service']}: {letter['error']}")
    if not result.ok:
        raise typer.Exit(1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
