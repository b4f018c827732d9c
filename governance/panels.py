"""The dashboard panel: what is due for review, and translations to update."""

from wagtail.admin.ui.components import Component

from governance import freshness, ownership
from governance.two_factor import has_device


class FreshnessPanel(Component):
    name = "governance_freshness"
    template_name = "governance/panels/freshness.html"
    order = 50

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        owners = ownership.owners_of(user)
        codes = None if owners is None else owners - {ownership.PORTAL_WIDE}
        context = super().get_context_data(parent_context)
        if codes is not None and not codes:
            context["has_countries"] = False
            return context
        context.update(
            {
                "has_countries": True,
                "reviews": freshness.reviews_due(codes),
                "translations": freshness.translation_gaps(codes),
                "due_within": freshness.DUE_WITHIN_DAYS,
                "needs_two_factor": not has_device(user),
                "request": request,
            }
        )
        return context
