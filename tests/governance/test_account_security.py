"""Sign-in: lock-out, two-factor codes, idle sessions, passwords, admin path."""

import subprocess
import sys

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "a-long-and-unusual-passphrase"


@pytest.fixture
def account(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("sign-in-editor", password=PASSWORD)
    user.groups.set(Group.objects.filter(name="Mexico editors"))
    return user


def _sign_in(client, username, password, address="203.0.113.7"):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def _code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def test_a_correct_password_signs_in(account):
    response = _sign_in(Client(), account.username, PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_repeated_wrong_passwords_lock_the_account_with_a_clear_message(account):
    client = Client()
    for _attempt in range(5):
        _sign_in(client, account.username, "wrong-password")

    response = _sign_in(client, account.username, PASSWORD)

    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()


def test_the_lock_holds_for_the_account_from_another_address(account):
    for _attempt in range(5):
        _sign_in(Client(), account.username, "wrong-password", address="198.51.100.1")

    response = _sign_in(Client(), account.username, PASSWORD, address="198.51.100.2")

    assert response.status_code == 429


def test_an_address_guessing_many_accounts_is_locked(account):
    for number in range(5):
        _sign_in(
            Client(), f"someone-{number}", "wrong-password", address="198.51.100.9"
        )

    response = _sign_in(Client(), account.username, PASSWORD, address="198.51.100.9")

    assert response.status_code == 429


def test_the_lock_message_is_in_spanish_for_a_spanish_speaking_editor(account):
    client = Client(HTTP_ACCEPT_LANGUAGE="es")
    for _attempt in range(5):
        _sign_in(client, account.username, "wrong-password")

    response = _sign_in(client, account.username, PASSWORD)

    assert "Demasiados intentos" in response.content.decode()


def test_with_two_factor_required_staff_must_set_up_a_code_first(settings, editor_mx):
    settings.PORTAL_TWO_FACTOR_REQUIRED = True

    response = editor_mx.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/?next=")
    setup = editor_mx.get(response["Location"])
    assert setup.status_code == 200
    assert "<svg" in setup.content.decode()

    device = TOTPDevice.objects.get(user=editor_mx.user, confirmed=False)
    confirmed = editor_mx.post(
        "/admin/two-factor/", {"code": _code(device), "next": "/admin/reports/"}
    )

    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/admin/reports/"
    assert editor_mx.get("/admin/").status_code == 200


def test_a_staff_member_with_a_device_enters_a_code_after_the_password(
    settings, editor_mx
):
    settings.PORTAL_TWO_FACTOR_REQUIRED = True
    device = TOTPDevice.objects.create(
        user=editor_mx.user, name="phone", confirmed=True
    )

    assert editor_mx.get("/admin/")["Location"].startswith("/admin/two-factor/verify/")
    wrong = editor_mx.post("/admin/two-factor/verify/", {"code": "000000"})
    assert "That code is not right" in wrong.content.decode()
    assert editor_mx.get("/admin/").status_code == 302
    device.refresh_from_db()
    assert not device.verify_is_allowed()[0]  # each wrong code delays the next

    device.throttle_reset()
    editor_mx.post("/admin/two-factor/verify/", {"code": _code(device)})
    assert editor_mx.get("/admin/").status_code == 200


def test_in_development_two_factor_is_optional(settings, editor_mx):
    settings.PORTAL_TWO_FACTOR_REQUIRED = False

    assert editor_mx.get("/admin/").status_code == 200


def test_the_verify_page_refuses_to_send_users_to_another_host(settings, editor_mx):
    settings.PORTAL_TWO_FACTOR_REQUIRED = True
    device = TOTPDevice.objects.create(
        user=editor_mx.user, name="phone", confirmed=True
    )

    response = editor_mx.post(
        "/admin/two-factor/verify/",
        {"code": _code(device), "next": "https://attacker.example/"},
    )

    assert response["Location"] == "/admin/"


def test_an_admin_request_renews_the_idle_session(settings, editor_mx):
    response = editor_mx.get("/admin/")

    assert settings.SESSION_SAVE_EVERY_REQUEST
    assert int(response.cookies["sessionid"]["max-age"]) == settings.SESSION_COOKIE_AGE


@pytest.mark.parametrize(
    "password", ["short1", "password12345", "12345678901234", "sign-in-editor"]
)
def test_weak_passwords_are_refused(account, password):
    with pytest.raises(ValidationError):
        validate_password(password, account)


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_admin_path_is_configurable():
    code = (
        "import django; django.setup(); from django.urls import reverse; "
        "print(reverse('wagtailadmin_home'), reverse('governance_two_factor_verify'))"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "ADMIN_PATH": "office-7f3c/",
    }

    result = _run(code, env)

    assert result.stdout.split() == ["/office-7f3c/", "/office-7f3c/two-factor/verify/"]


def test_production_requires_two_factor_for_staff():
    code = "import portal.settings.production as s; print(s.PORTAL_TWO_FACTOR_REQUIRED)"
    env = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "portal.example.org"}

    result = _run(code, env)

    assert result.stdout.strip() == "True", result.stderr
