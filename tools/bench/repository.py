"""Benchmark the repository with 100,000 resources.

Builds a throw-away database (a temporary SQLite file, or BENCH_DATABASE_URL,
filled only if it holds fewer resources than asked for), fills it with
generated resources, then times the public pages through
Django's test client: browse, facets, search, deep pages, OAI-PMH. Prints
the median and 95th percentile of each. Never touches the project database.

    .venv/bin/python tools/bench/repository.py [--resources 100000] [--runs 15]
"""

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORDS = (  # noqa: SIM905 -- easier to read as prose
    "migration labour seasonal workers remittances recruitment agricultural "
    "border asylum refugees return reintegration diaspora households wages "
    "employment visas policy governance corridor mobility integration health "
    "education gender children trafficking smuggling climate displacement "
    "survey census estimates employers contracts rights protection regional "
    "migración laboral trabajadores remesas contratación frontera retorno "
    "empleo políticas movilidad derechos protección encuesta hogares"
).split()
RARE_WORD = "cardamomo"


def _database_url(directory: str) -> str:
    return (
        os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{directory}/bench.sqlite3"
    )


def _setup(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0, stdout=io.StringIO())


def _fill(count: int, seed: int = 7) -> None:
    from django.db import transaction
    from django.utils import timezone

    from lib.countries import COUNTRY_CHOICES
    from repository.demo import read_content
    from repository.models import (
        Author,
        Coverage,
        Resource,
        ResourceType,
        Theme,
        date_key,
    )

    rng = random.Random(seed)  # noqa: S311 -- repeatable test data, not secrets
    themes_data, _resources = read_content()
    themes = [
        Theme.objects.get_or_create(
            slug=t["slug"], defaults={"name_en": t["name_en"], "name_es": t["name_es"]}
        )[0]
        for t in themes_data
    ]
    countries = [code for code, _name in COUNTRY_CHOICES]
    types = ResourceType.values
    now = timezone.now()
    through = Resource.themes.through
    batch = 2000
    for start in range(0, count, batch):
        resources = []
        for index in range(start, min(start + batch, count)):
            title = " ".join(rng.choices(WORDS, k=8)).capitalize()
            abstract = " ".join(rng.choices(WORDS, k=60))
            if index % 5000 == 0:
                abstract += f" {RARE_WORD}"
            year = rng.randint(1990, 2025)
            resources.append(
                Resource(
                    title=title,
                    resource_type=rng.choice(types),
                    year=year,
                    date_key=date_key(year, None, None),
                    language=rng.choices(["en", "es", "fr"], [6, 3, 1])[0],
                    publisher="Generated publisher",
                    abstract_en=abstract,
                    search_text=f"{title}\n{abstract}",
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        with transaction.atomic():
            created = Resource.objects.bulk_create(resources)
            through.objects.bulk_create(
                through(resource_id=r.pk, theme_id=theme.pk)
                for r in created
                for theme in rng.sample(themes, 2)
            )
            Coverage.objects.bulk_create(
                Coverage(resource_id=r.pk, area=area)
                for r in created
                for area in rng.sample(countries, 2)
            )
            Author.objects.bulk_create(
                Author(resource_id=r.pk, name="Generated organisation", sort_order=0)
                for r in created
            )


CASES = [
    ("browse, no filter", "/en/repository/"),
    ("browse, 3 facets", "/en/repository/?type=report&theme=remittances&country=gt"),
    (
        "browse, all facets",
        "/es/repository/?type=report&type=study&theme=remittances"
        "&theme=children&country=gt&country=mx&language=es&year_from=2000&year_to=2020",
    ),
    ("browse, middle page", "/en/repository/?sort=oldest&page={middle}"),
    ("search, common word", "/en/repository/?q=migration"),
    ("search, two words", "/en/repository/?q=seasonal+workers"),
    ("search, rare word", f"/en/repository/?q={RARE_WORD}"),
    ("search + facets", "/en/repository/?q=remittances&type=report&country=hn"),
    ("OAI ListRecords, first page", "/oai?verb=ListRecords&metadataPrefix=oai_dc"),
    (
        "OAI ListIdentifiers by set",
        "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=theme:remittances",
    ),
]


def _time(runs: int, count: int) -> list[tuple[str, float, float, float]]:
    """Time each case cold (facet counts not cached) and warm (cached)."""
    from django.core.cache import cache
    from django.test import Client

    client = Client()
    results = []
    for name, address in CASES:
        url = address.format(middle=max(1, count // 40))
        response = client.get(url)  # warm the database's page cache
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        cold = []
        for _run in range(runs):
            cache.clear()
            cold.append(_one(client, url))
        warm = sorted(_one(client, url) for _run in range(runs))
        cold.sort()
        p95 = cold[min(len(cold) - 1, round(0.95 * (len(cold) - 1)))]
        results.append((name, statistics.median(cold), p95, statistics.median(warm)))
    return results


def _one(client, url: str) -> float:
    started = time.perf_counter()
    client.get(url)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as directory:
        url = _database_url(directory)
        _setup(url)
        from repository.models import Resource

        started = time.perf_counter()
        if Resource.objects.count() < options.resources:  # a kept database
            _fill(options.resources)
        filled = time.perf_counter() - started
        from django.db import connection

        print(
            f"repository: {options.resources} resources on {connection.vendor}, "
            f"generated in {filled:.0f} s; {options.runs} runs each"
        )
        print("| case | median ms | p95 ms | median ms, counts cached |")
        print("| --- | --- | --- | --- |")
        for name, median, p95, warm in _time(options.runs, options.resources):
            print(f"| {name} | {median:.0f} | {p95:.0f} | {warm:.0f} |")


if __name__ == "__main__":
    main()
