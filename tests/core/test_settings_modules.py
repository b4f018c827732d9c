import subprocess
import sys

import pytest


def _import_settings(module: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    code = f"import django.conf as c; import {module}"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    "env, missing",
    [
        ({"ALLOWED_HOSTS": "portal.example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secret_or_hosts(env, missing):
    result = _import_settings("portal.settings.production", env)

    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


def test_production_starts_with_secret_and_hosts():
    env = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "portal.example.org"}

    result = _import_settings("portal.settings.production", env)

    assert result.returncode == 0, result.stderr


def test_a_malformed_boolean_setting_is_refused():
    result = _import_settings("portal.settings.development", {"DEBUG": "maybe"})

    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr
