"""Demo users for each role; created only when DEBUG is on."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from governance.roles import PORTAL_ADMINISTRATORS, Role, country_group_name

DEMO_COUNTRIES = ("mx", "hn", "ca")


def demo_accounts() -> list[tuple[str, list[str]]]:
    """Return (username, group names) for every demo account but the superuser."""
    accounts = []
    for code in DEMO_COUNTRIES:
        accounts.append((f"editor-{code}", [country_group_name(code, Role.EDITOR)]))
        accounts.append((f"reviewer-{code}", [country_group_name(code, Role.REVIEWER)]))
    return accounts


def ensure_role_users(password: str) -> list[str]:
    """Create the missing demo users in their groups; return what was created."""
    users = get_user_model()
    created = []
    for username, groups in demo_accounts():
        if users.objects.filter(username=username).exists():
            continue
        user = users.objects.create_user(
            username=username, email=f"{username}@example.org", password=password
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        created.append(f"user {username}")

    admin = users.objects.filter(username="portal-admin").first()
    administrators = Group.objects.filter(name=PORTAL_ADMINISTRATORS).first()
    if (
        admin
        and administrators
        and not admin.groups.filter(pk=administrators.pk).exists()
    ):
        admin.groups.add(administrators)
        created.append("portal-admin in Portal administrators")
    return created
