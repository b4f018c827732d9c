"""Which country a piece of content belongs to, and who may change it.

A page belongs to the country of the CountryPage it sits under; a record of
a registered model belongs to the country named in its owner field, and a
blank owner means the record is portal-wide. See docs/adr/005.
"""

from collections.abc import Iterable
from typing import Any

from django.apps import apps
from django.db import models
from wagtail.models import Page

from governance.roles import PORTAL_ADMINISTRATORS, PORTAL_EDITORS, Role, group_roles

# The owner of portal-wide content: no country.
PORTAL_WIDE = ""

_registry: dict[type[models.Model], str] = {}


def register(model: type[models.Model], field: str = "country") -> None:
    """Declare that `model` belongs to the country named in `field`."""
    model._meta.get_field(field)  # fail early on a misspelt field
    _registry[model] = field


def registered_models() -> dict[type[models.Model], str]:
    return dict(_registry)


def owner_field(model: type[models.Model] | str) -> str | None:
    """Return the owner field of a registered model (or its label), else None."""
    resolved = apps.get_model(model) if isinstance(model, str) else model
    for registered, field in _registry.items():
        if issubclass(resolved, registered):
            return field
    return None


def country_of(obj: Any) -> str | None:
    """Return the owner of a page or record: a code, PORTAL_WIDE, or None.

    None means the object is not governed by country ownership at all.
    """
    if isinstance(obj, Page):
        return country_of_page(obj)
    field = owner_field(type(obj))
    if field is None:
        return None
    return getattr(obj, field) or PORTAL_WIDE


def country_of_page(page: Page) -> str:
    from countries.models import CountryPage

    steplen = Page.steplen
    ancestor_paths = [
        page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)
    ]
    code = (
        CountryPage.objects.filter(path__in=ancestor_paths)
        .values_list("iso_code", flat=True)
        .first()
    )
    return code or PORTAL_WIDE


def _cached(user: Any, name: str, compute):
    cache = user.__dict__.setdefault("_governance_cache", {})
    if name not in cache:
        cache[name] = compute()
    return cache[name]


def group_names(user: Any) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    return _cached(
        user,
        "groups",
        lambda: frozenset(user.groups.values_list("name", flat=True)),
    )


def is_portal_administrator(user: Any) -> bool:
    return bool(user.is_superuser) or PORTAL_ADMINISTRATORS in group_names(user)


def is_portal_editor(user: Any) -> bool:
    return PORTAL_EDITORS in group_names(user)


def countries_of(user: Any, role: Role | None = None) -> frozenset[str]:
    """Return the codes of the countries in which the user holds a role."""
    roles = group_roles()
    return frozenset(
        roles[name].country
        for name in group_names(user)
        if name in roles and (role is None or roles[name].role is role)
    )


def is_reviewer_of(user: Any, code: str) -> bool:
    return code in countries_of(user, Role.REVIEWER)


def owners_of(user: Any) -> frozenset[str] | None:
    """Return the owners whose content the user may change; None means all."""
    if is_portal_administrator(user):
        return None
    owners = set(countries_of(user))
    if is_portal_editor(user):
        owners.add(PORTAL_WIDE)
    return frozenset(owners)


def may_change(user: Any, obj: Any) -> bool:
    """Say whether ownership lets the user touch the object at all."""
    owner = country_of(obj)
    if owner is None:
        return True
    owners = owners_of(user)
    return owners is None or owner in owners


def scope(user: Any, queryset: models.QuerySet) -> models.QuerySet:
    """Keep the records of a registered model that the user may change."""
    field = owner_field(queryset.model)
    owners = owners_of(user)
    if field is None or owners is None:
        return queryset
    return queryset.filter(**{f"{field}__in": owners})


def owner_choices(
    user: Any, choices: Iterable[tuple[str, Any]]
) -> list[tuple[str, Any]]:
    """Keep the choices of an owner field the user may pick."""
    owners = owners_of(user)
    if owners is None:
        return list(choices)
    return [(value, label) for value, label in choices if value in owners]


def own_roots(user: Any) -> list[str]:
    """Return the tree paths of the pages the user's roles start from."""
    from countries.models import CountryPage
    from governance.setup import shared_sections

    owners = owners_of(user)
    if owners is None:
        return [Page.get_first_root_node().path]
    codes = owners - {PORTAL_WIDE}
    paths = list(
        CountryPage.objects.filter(iso_code__in=codes).values_list("path", flat=True)
    )
    if PORTAL_WIDE in owners:
        paths += [page.path for page in shared_sections()]
    return paths


def leads_to_own(user: Any, page: Page) -> bool:
    """Say whether the page is an ancestor of where the user's roles start."""
    return any(
        path.startswith(page.path) and path != page.path for path in own_roots(user)
    )
