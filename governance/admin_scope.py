"""Scope the admin views of every model registered for country ownership.

Wagtail's model views check model-level permissions only. For a registered
model this module narrows, for each user: the listing to the records they
may change, the permission policy that buttons and actions consult,
and the choices of the owner field in the create and edit forms; choosers
list published records and one's own drafts. Views addressed to one record
are guarded by governance.middleware.
"""

from django.apps import apps
from django.db.models import Q
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import DraftStateMixin
from wagtail.permission_policies.base import ModelPermissionPolicy

from governance import ownership


class CountryPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, further limited to the records a user owns."""

    def user_has_permission_for_instance(self, user, action, instance):
        return ownership.may_change(
            user, instance
        ) and super().user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return ownership.may_change(
            user, instance
        ) and super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_permission_for(self, user, action):
        return ownership.scope(
            user, super().instances_user_has_permission_for(user, action)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return ownership.scope(
            user, super().instances_user_has_any_permission_for(user, actions)
        )


def scoped_form_class(form_class, field):
    """Limit the owner field of a form to the countries of its user."""

    class CountryScopedForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            user = getattr(self, "for_user", None)
            if user is not None and field in self.fields:
                form_field = self.fields[field]
                form_field.choices = ownership.owner_choices(user, form_field.choices)

    CountryScopedForm.__name__ = form_class.__name__
    return CountryScopedForm


class CountryScopedViewSetMixin:
    """Mixed into the viewset of each registered model (see `scope_viewsets`)."""

    @property
    def permission_policy(self):
        return CountryPermissionPolicy(self.model)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if queryset is None:
            queryset = self.model._default_manager.all()
        return ownership.scope(request.user, queryset)

    def get_form_class(self, for_update=False):
        field = ownership.owner_field(self.model)
        return scoped_form_class(super().get_form_class(for_update), field)


class _PublishedOrOwnChooseView:
    """A chooser listing: published records, and drafts of one's own countries.

    Choosers stay open across countries, since linking to another country's
    published institution is right; another country's drafts are not shown.
    """

    def get_object_list(self):
        objects = super().get_object_list()
        owners = ownership.owners_of(self.request.user)
        if owners is None:
            return objects
        field = ownership.owner_field(objects.model)
        return objects.filter(Q(live=True) | Q(**{f"{field}__in": owners}))


def filtered_chooser(viewset_class, view_mixin):
    """A chooser viewset whose listings (and search results) go through
    `view_mixin`, a view mixin overriding `get_object_list`."""

    def wrapped(base):
        return type(base.__name__, (view_mixin, base), {})

    return type(
        f"Filtered{viewset_class.__name__}",
        (viewset_class,),
        {
            "choose_view_class": wrapped(viewset_class.choose_view_class),
            "choose_results_view_class": wrapped(
                viewset_class.choose_results_view_class
            ),
            "filtered_by": view_mixin,
        },
    )


def _scope_chooser(viewset: ChooserViewSet) -> bool:
    model = viewset.model
    if isinstance(model, str):
        model = apps.get_model(model)
    if (
        model is None
        or ownership.owner_field(model) is None
        or not issubclass(model, DraftStateMixin)
    ):
        return False
    if getattr(viewset, "filtered_by", None) is not None:
        return False
    viewset.__class__ = filtered_chooser(type(viewset), _PublishedOrOwnChooseView)
    return True


def scope_viewsets() -> list[str]:
    """Give every viewset of a registered model its country scoping."""
    scoped = []
    for viewset in viewsets.viewsets:
        if isinstance(viewset, ChooserViewSet):
            if _scope_chooser(viewset):
                scoped.append(f"{viewset.model_name} chooser")
            continue
        if not isinstance(viewset, ModelViewSet):
            continue
        model = viewset.model
        if ownership.owner_field(model) is None:
            continue
        if isinstance(viewset, CountryScopedViewSetMixin):
            continue
        base = type(viewset)
        viewset.__class__ = type(
            f"CountryScoped{base.__name__}", (CountryScopedViewSetMixin, base), {}
        )
        scoped.append(model._meta.label)
    return scoped
