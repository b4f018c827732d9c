"""Indicators: a CSV import that is all or nothing, and charts with sources."""

import csv
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command

from repository.charts import Point, bar_chart, line_chart, nice_ceiling
from repository.models import DataSource, Indicator, IndicatorValue

pytestmark = pytest.mark.django_db

VALUES_HEADER = "indicator,country,year,value,source,note\n"


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(*paths, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "import_indicators", *map(str, paths), stdout=out, stderr=err, **options
    )
    return out.getvalue(), err.getvalue()


def test_the_demo_values_are_the_sourced_figures():
    mexico = IndicatorValue.objects.get(
        indicator__slug="migrant-stock", area="mx", year=2020
    )
    world = IndicatorValue.objects.get(
        indicator__slug="migrant-stock", area="world", year=2020
    )

    assert mexico.value == Decimal("1197624")
    assert world.value == Decimal("280598105")
    assert mexico.source.key == "undesa-ims-2020"
    assert not IndicatorValue.objects.filter(
        indicator__slug="remittances-usd", area="mx", year=2024
    ).exists()  # not in the source read, so not in the portal


def test_an_import_adds_and_updates_values(tmp_path):
    path = _write(
        tmp_path,
        "values.csv",
        VALUES_HEADER
        + "migrant-stock,mx,2021,1200000,undesa-ims-2020,test value\n"
        + "migrant-stock,bz,2020,62043,undesa-ims-2020,\n",
    )

    out, _err = _import(path)

    assert "1 values created, 0 updated" in out
    assert IndicatorValue.objects.get(area="mx", year=2021).note == "test value"


def test_an_import_with_errors_reports_each_line_and_imports_nothing(tmp_path):
    path = _write(
        tmp_path,
        "values.csv",
        VALUES_HEADER
        + "migrant-stock,mx,2021,1200000,undesa-ims-2020,\n"
        + "migrant-stock,zz,2021,5,undesa-ims-2020,\n"
        + "migrant-stock,gt,20x1,5,undesa-ims-2020,\n"
        + 'migrant-stock,gt,2021,"84,311",undesa-ims-2020,\n'
        + "unknown,gt,2021,5,undesa-ims-2020,\n"
        + "migrant-stock,gt,2021,5,nowhere,\n"
        + "migrant-stock,mx,2021,7,undesa-ims-2020,\n"
        + "migrant-stock,gt,2021\n",
    )
    before = IndicatorValue.objects.count()

    with pytest.raises(CommandError, match="7 errors; nothing was imported"):
        _out, err = _import(path)

    assert IndicatorValue.objects.count() == before
    assert not IndicatorValue.objects.filter(year=2021).exists()


def test_error_messages_name_the_file_and_line(tmp_path):
    from repository.indicators import import_files

    path = _write(
        tmp_path,
        "values.csv",
        VALUES_HEADER + "migrant-stock,mx,2021,1,undesa-ims-2020,\n\n"
        "migrant-stock,zz,2021,5,undesa-ims-2020,\nmigrant-stock,gt,2021,,undesa-ims-2020,\n",
    )

    result = import_files([path])

    assert result.errors == [
        "values.csv:4: unknown country or region 'zz'",
        "values.csv:5: value '' is not a plain number (no thousands separators; "
        "leave the row out when the value is not known)",
    ]


def test_an_error_in_one_file_stops_the_others(tmp_path):
    sources = _write(
        tmp_path,
        "sources.csv",
        "source,title,url,note_en,note_es\nnew,New source,ftp://x,,\n",
    )
    values = _write(
        tmp_path, "values.csv", VALUES_HEADER + "migrant-stock,mx,2022,5,new,\n"
    )

    with pytest.raises(CommandError):
        _import(sources, values)

    assert not DataSource.objects.filter(key="new").exists()


def test_definitions_sources_and_values_import_together(tmp_path):
    sources = _write(
        tmp_path,
        "s.csv",
        "source,title,url,note_en,note_es\nsrc,A source,https://example.org/s,,\n",
    )
    indicators = _write(
        tmp_path,
        "i.csv",
        "indicator,name_en,name_es,definition_en,definition_es,unit,source\n"
        "test-share,Test share,Proporción de prueba,A share.,Una proporción.,"
        "percent-gdp,src\n",
    )
    values = _write(tmp_path, "v.csv", VALUES_HEADER + "test-share,hn,2024,25.7,src,\n")

    _import(sources, indicators, values)

    assert Indicator.objects.get(slug="test-share").values.get().value == Decimal(
        "25.7"
    )


def test_a_dry_run_checks_without_importing(tmp_path):
    path = _write(
        tmp_path, "v.csv", VALUES_HEADER + "migrant-stock,mx,2023,9,undesa-ims-2020,\n"
    )

    out, _err = _import(path, dry_run=True)

    assert "nothing was imported" in out
    assert not IndicatorValue.objects.filter(year=2023).exists()


@pytest.mark.parametrize(
    "text",
    ["a,b,c\n1,2,3\n", "", "\xff\xfe not utf-8"],
)
def test_a_file_of_the_wrong_shape_is_refused(tmp_path, text):
    path = tmp_path / "bad.csv"
    path.write_bytes(text.encode("latin-1"))

    with pytest.raises(CommandError):
        _import(path)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        _import(tmp_path / "nothing.csv")


def test_charts_are_svg_with_a_title_and_a_description():
    points = [Point("2010", Decimal(5), "5"), Point("2020", Decimal(8), "8")]

    for chart in (line_chart("T", "D 2010: 5", points), bar_chart("T", "D", points)):
        soup = BeautifulSoup(chart.svg, "html.parser")
        svg = soup.find("svg")
        title_id, desc_id = svg["aria-labelledby"].split()
        assert svg["role"] == "img"
        assert soup.find(id=title_id).name == "title"
        assert soup.find(id=desc_id).name == "desc"


def test_axis_tops_are_round_numbers():
    assert nice_ceiling(Decimal("50632836")) == Decimal("1E8")
    assert nice_ceiling(Decimal("48178877")) == Decimal("5E7")
    assert nice_ceiling(Decimal("7.26")) == Decimal("10")
    assert nice_ceiling(Decimal("0.416")) == Decimal("0.5")


def test_the_data_page_shows_a_chart_a_table_and_the_source_of_each_indicator(visitor):
    for language in ("en", "es"):
        response = visitor.get(f"/{language}/repository/data/")

        soup = BeautifulSoup(response.content, "html.parser")
        figures = soup.select("figure.figure")
        assert response.status_code == 200
        assert len(figures) == Indicator.objects.count()
        for figure in figures:
            assert figure.find("svg", role="img")
            assert figure.find("table")
            assert figure.select_one(".figure-source a[href]")


def test_an_indicator_page_compares_countries_in_a_chosen_year(visitor):
    response = visitor.get("/es/repository/data/remittances-gdp/?year=2022")

    soup = BeautifulSoup(response.content, "html.parser")
    rows = soup.select("figure table tbody tr")
    assert response.status_code == 200
    assert len(rows) == 6  # the six countries the 2022 source shows
    assert rows[0].th.get_text() == "Honduras"
    assert rows[0].td.contents[0].strip() == "26,8 %"
    assert rows[0].select_one(".note").get_text() == "(one decimal in the source)"


@pytest.mark.parametrize("year", ["1800", "abc", "2022&year=2024", "9" * 30])
def test_a_year_without_values_is_400(visitor, year):
    assert (
        visitor.get(f"/en/repository/data/remittances-gdp/?year={year}").status_code
        == 400
    )


def test_the_csv_download_has_every_value_with_its_source(visitor):
    response = visitor.get("/en/repository/data/migrant-stock/data.csv?country=mx")

    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert [row["year"] for row in rows] == [
        "1990",
        "1995",
        "2000",
        "2005",
        "2010",
        "2015",
        "2020",
    ]
    assert rows[-1]["value"] == "1197624"
    assert rows[-1]["source_url"].startswith("https://www.un.org/")


@pytest.mark.parametrize(
    "query", ["country=zz", "country=mx&country=gt", "country=%00"]
)
def test_a_bad_country_in_the_csv_address_is_400(visitor, query):
    assert (
        visitor.get(f"/en/repository/data/migrant-stock/data.csv?{query}").status_code
        == 400
    )


def test_an_unknown_indicator_is_404(visitor):
    assert visitor.get("/en/repository/data/nothing/").status_code == 404
    assert visitor.get("/en/repository/data/nothing/data.csv").status_code == 404


def test_the_country_page_has_a_chart_per_indicator_with_its_source(visitor):
    response = visitor.get("/es/countries/honduras/")

    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find("section", class_="country-data")
    indicators = IndicatorValue.objects.filter(area="hn").values("indicator").distinct()
    assert len(section.select("figure svg[role=img]")) == indicators.count()
    assert section.select_one("a[href$='data.csv?country=hn']")
    assert "Datos y estudios" in section.get_text()
