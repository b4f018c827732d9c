"""The admin's URL patterns, read from the resolver, for sweeps over them."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

ADMIN = settings.WAGTAIL_ADMIN_PATH


@dataclass(frozen=True)
class Route:
    template: str
    params: tuple[str, ...]
    name: str
    model: type | None


def admin_routes() -> list[Route]:
    routes = []

    def walk(patterns, prefix: str, namespace: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = (
                    f"{namespace}:{pattern.namespace}"
                    if pattern.namespace
                    else namespace
                )
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                template = prefix + str(pattern.pattern)
                if not template.startswith(ADMIN):
                    continue
                params = tuple(pattern.pattern.regex.groupindex)
                initkwargs = getattr(pattern.callback, "view_initkwargs", {})
                model = initkwargs.get("model")
                routes.append(
                    Route(template, params, f"{namespace}:{pattern.name}", model)
                )

    walk(get_resolver().url_patterns, "", "")
    return routes


def fill(template: str, values: dict[str, object]) -> str:
    """Put values into a route or regex template."""
    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(values[m.group(1)]), template)
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m.group(1)]), path)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    return "/" + path
