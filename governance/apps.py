from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Governance")

    def ready(self) -> None:
        from advice.models import Notice, RecruiterRegistry
        from governance import ownership, signals
        from institutions.models import Institution

        # Records that belong to a country; one line per model.
        ownership.register(Institution, field="country")
        ownership.register(Notice, field="country")
        ownership.register(RecruiterRegistry, field="country")

        signals.connect()
