"""Who may do what with a resource in the admin.

Partners hold only the "add" permission: they see and edit the resources
they submitted, and may delete them while they are unpublished. Editors
hold "change" and "publish" and work on every resource.
"""

from wagtail.permission_policies.base import OwnershipPermissionPolicy

_OWNED_ACTIONS = {"change", "delete"}


class ResourcePermissionPolicy(OwnershipPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in _OWNED_ACTIONS | {"add"}:
            return super().user_has_permission(user, action)
        return user.has_perm(self._get_permission_name(action))

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self._allowed_on(user, action, instance) for action in actions)

    def _allowed_on(self, user, action, instance) -> bool:
        if user.is_active and user.is_superuser:
            return True
        if action not in _OWNED_ACTIONS:
            return user.has_perm(self._get_permission_name(action))
        if user.has_perm(self._get_permission_name("change")):
            return True
        owns = user.has_perm(self._get_permission_name("add")) and (
            instance.owner_id == user.pk
        )
        if action == "delete":
            return owns and not instance.live
        return owns

    def instances_user_has_any_permission_for(self, user, actions):
        if _OWNED_ACTIONS & set(actions):
            return super().instances_user_has_any_permission_for(user, actions)
        if any(user.has_perm(self._get_permission_name(a)) for a in actions):
            return self.model._default_manager.all()
        return self.model._default_manager.none()
