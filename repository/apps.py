from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RepositoryConfig(AppConfig):
    name = "repository"
    verbose_name = _("Repository")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from repository import signals  # noqa: F401 -- connects the receivers
