from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from finder.admin_views import flow_graph


@hooks.register("register_admin_urls")
def register_flow_url():
    return [path("finder/flow/", flow_graph, name="finder_flow")]


@hooks.register("register_admin_menu_item")
def register_flow_menu_item():
    return MenuItem(
        _("Finder flow"), reverse("finder_flow"), icon_name="help", order=900
    )
