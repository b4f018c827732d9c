"""Two-factor authentication (TOTP) for everyone who can open the admin.

With PORTAL_TWO_FACTOR_REQUIRED (on in production), a staff account that has
signed in with its password reaches nothing in the admin until it has
entered a one-time code, after setting up an authenticator app if it has
none. Without it, a code is asked only of accounts that set one up.
"""

import base64
import logging
from urllib.parse import urlencode, urlsplit

import segno
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger(__name__)

# Admin addresses reachable before the second factor: signing in and out,
# the two-factor pages themselves, and static helpers of the login page.
_OPEN_SUFFIXES = (
    "login/",
    "logout/",
    "two-factor/",
    "jsi18n/",
    "sprite/",
    "password_reset/",
)


def is_staff(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin")
    )


def has_device(user) -> bool:
    return user.is_authenticated and any(devices_for_user(user, confirmed=True))


def needs_second_factor(user) -> bool:
    if not is_staff(user) or user.is_verified():
        return False
    return settings.PORTAL_TWO_FACTOR_REQUIRED or has_device(user)


class TwoFactorMiddleware:
    """Send staff who still owe a one-time code to enter or set one up."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.WAGTAIL_ADMIN_PATH

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._guarded(request.path_info) and needs_second_factor(request.user):
            target = "verify" if has_device(request.user) else "setup"
            url = reverse(f"governance_two_factor_{target}")
            return redirect(f"{url}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def _guarded(self, path: str) -> bool:
        return path.startswith(self.admin_prefix) and not self._is_open(path)

    def _is_open(self, path: str) -> bool:
        rest = path[len(self.admin_prefix) :]
        return rest.startswith(_OPEN_SUFFIXES)


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if safe and not urlsplit(target).path.startswith(
        "/" + settings.WAGTAIL_ADMIN_PATH + "two-factor/"
    ):
        return target
    return reverse("wagtailadmin_home")


def _code(request: HttpRequest) -> str:
    return "".join(request.POST.get("code", "").split())[:12]


def setup(request: HttpRequest) -> HttpResponse:
    """Show a new secret as a QR code; confirm it with a first code."""
    user = request.user
    if has_device(user) and not user.is_verified():
        return redirect("governance_two_factor_verify")

    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name="authenticator", confirmed=False
        )

    if request.method == "POST":
        if device.verify_token(_code(request)):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            logger.info("Two-factor set up: user=%s", user.pk)
            messages.success(
                request, _("Two-factor authentication is on for your account.")
            )
            return redirect(_next_url(request))
        messages.error(
            request,
            _("That code is not right. Enter the six digits the app shows now."),
        )

    context = {
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(scale=5),
        "secret": base64.b32encode(device.bin_key).decode(),
        "next": _next_url(request),
        "active": has_device(user),
    }
    return render(request, "governance/two_factor/setup.html", context)


def verify(request: HttpRequest) -> HttpResponse:
    """Ask for the code of the authenticator app after the password."""
    user = request.user
    if not has_device(user):
        return redirect("governance_two_factor_setup")
    if user.is_verified():
        return redirect(_next_url(request))

    if request.method == "POST":
        for device in devices_for_user(user, confirmed=True):
            if device.verify_token(_code(request)):
                otp_login(request, device)
                return redirect(_next_url(request))
        logger.warning("Wrong one-time code: user=%s", user.pk)
        messages.error(
            request,
            _(
                "That code is not right, or too many codes were tried. Wait a "
                "moment and enter the code the app shows now."
            ),
        )
    return render(
        request, "governance/two_factor/verify.html", {"next": _next_url(request)}
    )
