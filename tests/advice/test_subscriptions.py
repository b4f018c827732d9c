"""Email subscriptions to a country's changes: double opt-in, no account."""

import datetime
import io
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.utils import timezone

from advice import subscriptions
from advice.models import Subscription
from advice.views import SUBSCRIBE_LIMIT_PER_CLIENT
from countries.models import PathwayPage
from tests.advice.test_changes import note

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/en/changes/mx/subscribe/"


def _link(message, name: str) -> str:
    """The path and query of the link named `name` in a message."""
    match = re.search(rf"https?://\S+/{name}/\?token=\S+", message.body)
    assert match, message.body
    parts = urlsplit(match.group(0))
    return f"{parts.path}?{parts.query}"


def _subscribe(visitor, email="maria@example.org", url=SUBSCRIBE) -> Subscription:
    visitor.post(url, {"email": email})
    confirm = _link(mail.outbox[-1], "confirm")
    token = confirm.split("token=")[1]
    visitor.post(confirm.split("?")[0], {"token": token})
    return Subscription.objects.get(email=email)


def test_asking_to_subscribe_sends_a_link_and_stores_nothing(visitor):
    response = visitor.post(SUBSCRIBE, {"email": "Maria@Example.org"})

    assert response.status_code == 200
    assert b"Check your inbox" in response.content
    assert Subscription.objects.count() == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["maria@example.org"]
    assert "/en/subscriptions/confirm/?token=" in mail.outbox[0].body


def test_the_link_shows_a_button_and_only_the_button_subscribes(visitor):
    visitor.post(SUBSCRIBE, {"email": "maria@example.org"})
    confirm = _link(mail.outbox[0], "confirm")

    shown = visitor.get(confirm)
    assert Subscription.objects.count() == 0
    token = confirm.split("token=")[1]
    confirmed = visitor.post("/en/subscriptions/confirm/", {"token": token})

    assert shown.status_code == 200 and b'type="submit"' in shown.content
    assert confirmed.status_code == 200
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.country) == ("maria@example.org", "mx")
    assert subscription.language == "en"


def test_confirming_twice_keeps_one_subscription(visitor):
    _subscribe(visitor)
    _subscribe(visitor)

    assert Subscription.objects.count() == 1


def test_the_answer_is_the_same_whether_or_not_the_address_is_subscribed(visitor):
    _subscribe(visitor)

    known = visitor.post(SUBSCRIBE, {"email": "maria@example.org"})
    unknown = visitor.post(SUBSCRIBE, {"email": "pedro@example.org"})

    assert known.status_code == unknown.status_code == 200
    assert known.content.replace(b"maria", b"") == unknown.content.replace(
        b"pedro", b""
    )


@pytest.mark.parametrize(
    "token",
    [
        "",
        "not-a-token",
        "<script>alert(1)</script>",
        signing.dumps({"e": "x@example.org", "c": "mx", "l": "en"}, salt="other"),
        signing.dumps(
            {"e": "x@example.org", "c": "zz", "l": "en"},
            salt=subscriptions.CONFIRM_SALT,
        ),
    ],
)
def test_a_broken_or_forged_confirmation_link_is_refused(visitor, token):
    shown = visitor.get("/en/subscriptions/confirm/", {"token": token})
    posted = visitor.post("/en/subscriptions/confirm/", {"token": token})

    assert shown.status_code == posted.status_code == 400
    assert b"This link does not work" in shown.content
    assert Subscription.objects.count() == 0


def test_an_expired_confirmation_link_is_refused():
    wanted = subscriptions.Request("maria@example.org", "mx", "en")
    token = subscriptions.confirmation_token(wanted)

    assert subscriptions.read_confirmation_token(token) == wanted
    assert (
        subscriptions.read_confirmation_token(token, max_age=datetime.timedelta(0))
        is None
    )


@pytest.mark.parametrize(
    "email", ["", "not an address", "a@b", "x" * 300 + "@example.org"]
)
def test_a_bad_address_gets_a_form_error(visitor, email):
    response = visitor.post(SUBSCRIBE, {"email": email})

    assert response.status_code == 400
    assert b'class="error"' in response.content
    assert mail.outbox == []


def test_subscribing_needs_a_known_country_and_a_post(visitor):
    assert (
        visitor.post(
            "/en/changes/zz/subscribe/", {"email": "a@example.org"}
        ).status_code
        == 404
    )
    assert visitor.get(SUBSCRIBE).status_code == 405


def test_the_form_needs_its_csrf_token():
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)

    assert strict.post(SUBSCRIBE, {"email": "a@example.org"}).status_code == 403


def test_many_requests_from_one_client_are_refused(visitor):
    limit, _window = SUBSCRIBE_LIMIT_PER_CLIENT
    for number in range(limit):
        visitor.post(SUBSCRIBE, {"email": f"person{number}@example.org"})

    response = visitor.post(SUBSCRIBE, {"email": "one-more@example.org"})

    assert response.status_code == 429
    assert len(mail.outbox) == limit


def test_one_address_gets_a_few_links_a_day_at_most_with_the_same_answer(visitor):
    answers = [
        visitor.post(SUBSCRIBE, {"email": "maria@example.org"}) for _ in range(5)
    ]

    assert {answer.status_code for answer in answers} == {200}
    assert len(mail.outbox) == 3


def _pathway() -> PathwayPage:
    return PathwayPage.objects.live().filter(url_path__contains="/mexico/").first()


def test_the_command_mails_new_notes_once_with_an_unsubscribe_link(visitor):
    subscription = _subscribe(visitor)
    mail.outbox.clear()
    before = note(_pathway(), subscription.confirmed_at - datetime.timedelta(days=1))
    after = note(_pathway(), timezone.now(), en="The card now costs less.")

    call_command("send_change_emails", stdout=io.StringIO())
    call_command("send_change_emails", stdout=io.StringIO())

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "The card now costs less." in message.body
    assert before.note_en not in message.body.replace(after.note_en, "")
    assert "/en/subscriptions/unsubscribe/?token=" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_a_spanish_subscriber_gets_spanish_mail(visitor):
    _subscribe(visitor, url=SUBSCRIBE.replace("/en/", "/es/"))
    mail.outbox.clear()
    note(_pathway(), timezone.now(), es="La tarjeta ahora cuesta menos.")

    call_command("send_change_emails", stdout=io.StringIO())

    assert "La tarjeta ahora cuesta menos." in mail.outbox[0].body
    assert "/es/subscriptions/unsubscribe/" in mail.outbox[0].body


def test_the_unsubscribe_link_works_and_keeps_working(visitor):
    _subscribe(visitor)
    note(_pathway(), timezone.now())
    call_command("send_change_emails", stdout=io.StringIO())
    link = _link(mail.outbox[-1], "unsubscribe")
    token = link.split("token=")[1]

    shown = visitor.get(link)
    first = visitor.post("/en/subscriptions/unsubscribe/", {"token": token})
    again = visitor.post("/en/subscriptions/unsubscribe/", {"token": token})

    assert shown.status_code == first.status_code == again.status_code == 200
    assert Subscription.objects.count() == 0


def test_one_click_unsubscribe_works_without_a_csrf_cookie(visitor):
    from django.test import Client

    subscription = _subscribe(visitor)
    token = subscriptions.unsubscribe_token(subscription.email, "mx")

    response = Client(enforce_csrf_checks=True).post(
        f"/en/subscriptions/unsubscribe/?token={token}",
        {"List-Unsubscribe": "One-Click"},
    )

    assert response.status_code == 200
    assert Subscription.objects.count() == 0


def test_a_forged_unsubscribe_link_is_refused(visitor):
    _subscribe(visitor)

    response = visitor.post("/en/subscriptions/unsubscribe/", {"token": "forged"})

    assert response.status_code == 400
    assert Subscription.objects.count() == 1
