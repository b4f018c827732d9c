"""Benchmark the portal search with 100,000 resources and the full portal.

Builds (once) a database of its own with the demo content and synthetic
resource rows written straight into the search index, then times real
queries through the search engine, database included. Fails when the 95th
percentile passes the budget.

    python tools/bench/search.py                   # SQLite, out/bench/
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search \\
        python tools/bench/search.py               # PostgreSQL

The database is only ever the one named by BENCH_DATABASE_URL (default a
SQLite file under out/bench/), never the development database.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RESOURCES = int(os.environ.get("BENCH_RESOURCES", "100000"))
BUDGET_P95_MS = 100.0
REPEATS = 5
DEFAULT_URL = f"sqlite:///{ROOT / 'out' / 'bench' / 'search.sqlite3'}"

os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ.setdefault("LOG_LEVEL", "WARNING")

# Queries beyond the relevance sets: broad words that match most resources,
# misspellings and long input, the worst cases for an index.
EXTRA_QUERIES = [
    ("migracion", "es"),
    ("migration", "en"),
    ("trabajo", "es"),
    ("migración laboral centroamérica informe", "es"),
    ("remesas familias", "es"),
    ("labour migration report caribbean", "en"),
    ("migrasion laboral", "es"),
    ("refugee statistics", "en"),
    ("mercado laboral mujeres migrantes", "es"),
    ("visa " * 40, "en"),
    ("zzqxw plorf", "en"),
    ("estudio retorno honduras", "es"),
]


def main() -> int:
    import django

    Path(ROOT / "out" / "bench").mkdir(parents=True, exist_ok=True)
    django.setup()
    prepare()
    samples = measure()
    return report(samples)


def prepare() -> None:
    from django.core.management import call_command

    from search.models import Entry

    call_command("migrate", verbosity=0, interactive=False)
    if not Entry.objects.filter(tier=0).exists():
        print("Loading the demo content...", flush=True)
        call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    have = Entry.objects.filter(tier=1).count()
    if have < RESOURCES:
        started = time.monotonic()
        print(f"Writing {RESOURCES - have} synthetic resources...", flush=True)
        add_resources(RESOURCES - have, seed=have)
        print(f"  done in {time.monotonic() - started:.0f} s", flush=True)


def add_resources(count: int, seed: int) -> None:
    """Resource-like rows: a title and an abstract in one language each."""
    from search import indexer
    from search.models import Entry, Term

    generator = random.Random(seed)  # noqa: S311 -- synthetic text, not secrets
    head = list(
        Term.objects.order_by("-documents").values_list("language", "word")[:3000]
    )
    words = {
        "en": [w for lang, w in head if lang == "en"],
        "es": [w for lang, w in head if lang == "es"],
    }
    tail = [_pseudo_word(generator) for _ in range(40_000)]
    countries = [
        "bs",
        "bz",
        "ca",
        "cr",
        "dm",
        "do",
        "sv",
        "gt",
        "gy",
        "hn",
        "mx",
        "ni",
        "pa",
        "us",
        "",
    ]

    def text(language: str, length: int) -> str:
        # Zipf-like: frequent content words, then a long tail of rare ones.
        vocabulary = words[language]
        picked = []
        for _ in range(length):
            if generator.random() < 0.8:
                rank = int(generator.paretovariate(1.1)) - 1
                picked.append(vocabulary[rank % len(vocabulary)])
            else:
                picked.append(generator.choice(tail))
        return " ".join(picked)

    def entries():
        for number in range(count):
            language = generator.choice(["en", "es"])
            country = generator.choice(countries)
            title = text(language, generator.randint(6, 14)).capitalize()
            body = text(language, generator.randint(80, 160))
            key = f"resource:{seed + number}"
            yield Entry(
                key=key,
                kind="resource",
                language=language,
                country=country,
                tier=1,
                tags=indexer.tags(language, 1, "resource", country),
                titles={language: title},
                urls={
                    code: f"/{code}/repository/{seed + number}/"
                    for code in ("en", "es")
                },
                title=title,
                text=body,
                title_terms=" ".join(_terms(title, language)),
                body_terms=" ".join(_terms(body, language)),
                extra_terms=" ".join(
                    _terms(" ".join(indexer.country_names(country)), language)
                ),
            )

    indexer.add(entries())
    indexer.recount_vocabulary()
    indexer.bump_version()
    indexer.analyze()


def _terms(text: str, language: str) -> list[str]:
    from search import analysis

    return analysis.terms(text, language)


def _pseudo_word(generator: random.Random) -> str:
    syllables = ["ka", "lo", "mi", "ne", "tra", "bu", "sel", "dor", "pin", "que", "ria"]
    return "".join(generator.choice(syllables) for _ in range(generator.randint(2, 4)))


def measure() -> list[tuple[float, str]]:
    from search import engine, evaluation
    from search.params import Query

    cases = []
    for name in ("queries", "holdout"):
        path = ROOT / "tests" / "search" / "relevance" / f"{name}.toml"
        cases += [(case.q, case.lang) for case in evaluation.load(path)]
    cases += EXTRA_QUERIES

    for q, lang in cases:  # warm the caches: vocabulary, synonyms, pages
        engine.search(Query(q[:200], lang))

    samples = []
    for _ in range(REPEATS):
        for q, lang in cases:
            started = time.perf_counter()
            engine.search(Query(q[:200], lang))
            samples.append(((time.perf_counter() - started) * 1000, q))
    return samples


def report(samples: list[tuple[float, str]]) -> int:
    from django.db import connection

    from search.models import Entry

    times = sorted(ms for ms, _q in samples)
    p50 = statistics.median(times)
    p95 = times[int(len(times) * 0.95) - 1]
    slowest = max(samples)
    entries = Entry.objects.count()
    print(
        f"search on {connection.vendor}: {entries} entries "
        f"({Entry.objects.filter(tier=1).count()} resources), "
        f"{len(samples)} queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
        f"max {slowest[0]:.1f} ms ({slowest[1][:40]!r}); "
        f"budget p95 {BUDGET_P95_MS:.0f} ms"
    )
    return 0 if p95 <= BUDGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
