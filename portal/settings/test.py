"""Tests: fast hashing, in-memory email, no debug."""

from portal.settings.base import *  # noqa: F403 -- settings modules extend base

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105 -- never used outside tests
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
