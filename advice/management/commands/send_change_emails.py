"""Email each subscriber the change notes of their country published since the
last run. Run it from a scheduler, e.g. once a day."""

from django.core.management.base import BaseCommand
from django.utils import timezone, translation

from advice.models import Subscription
from advice.subscriptions import send_changes
from governance.models import ChangeNote
from lib.countries import covered_country


class Command(BaseCommand):
    help = "Email subscribers the change notes published since they were last sent."

    def handle(self, *args, **options) -> None:
        now = timezone.now()
        sent = 0
        for code in Subscription.objects.values_list("country", flat=True).distinct():
            sent += self._send_country(code, now)
        self.stdout.write(f"{sent} messages sent.")

    def _send_country(self, code: str, now) -> int:
        subscribers = list(Subscription.objects.filter(country=code))
        since = min(s.notified_until for s in subscribers)
        notes = list(
            ChangeNote.objects.filter(
                country=code,
                material=True,
                published_at__gt=since,
                published_at__lte=now,
            )
            .select_related("page")
            .order_by("published_at")
        )

        sent = 0
        for subscriber in subscribers:
            due = [n for n in notes if n.published_at > subscriber.notified_until]
            if not due:
                continue
            send_changes(
                subscriber.email,
                code,
                subscriber.language,
                _country_name(code, subscriber.language),
                due,
            )
            subscriber.notified_until = due[-1].published_at
            subscriber.save(update_fields=["notified_until"])
            sent += 1
        return sent


def _country_name(code: str, language: str) -> str:
    country = covered_country(code)
    with translation.override(language):
        return str(country.name) if country else code
