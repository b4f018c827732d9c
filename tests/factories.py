"""Small builders for content the tests need beside the demo content."""

import datetime
from decimal import Decimal

from countries.models import CountryPage, PathwayFee, PathwayPage


def country(code: str = "mx") -> CountryPage:
    return CountryPage.objects.get(iso_code=code)


def pathway(parent: CountryPage | None = None, **fields) -> PathwayPage:
    parent = parent or country()
    values = {
        "slug": "test-pathway",
        "title_en": "Test work permit",
        "title_es": "Permiso de trabajo de prueba",
        "purpose": "work",
        "summary_en": "A pathway made by the tests.",
        "summary_es": "Una vía creada por las pruebas.",
    }
    values.update(fields)
    page = PathwayPage(**values)
    page.title = values["title_en"]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def fee(page: PathwayPage, amount: str = "339.00", currency: str = "MXN") -> PathwayFee:
    return PathwayFee.objects.create(
        page=page,
        amount=Decimal(amount),
        currency=currency,
        pays_for_en="Issuing the card",
        pays_for_es="Expedición de la tarjeta",
        source_title="Test source",
        valid_on=datetime.date(2018, 9, 11),
    )
