from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from search import kinds, signals

        signals.connect()
        del kinds  # imported for its registrations
