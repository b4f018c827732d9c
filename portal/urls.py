from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.sitemaps import SITEMAPS
from finder import views as finder_views
from repository import views as repository_views

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

urlpatterns = [
    path("", core_views.choose_language, name="choose_language"),
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}),
    path("healthz", core_views.health, name="health"),
    path("s/<str:code>/", finder_views.short_link, name="short_link"),
    path("api/v1/", include("api.urls")),
    path("oai", repository_views.oai_pmh, name="oai"),
]

urlpatterns += i18n_patterns(
    path("institutions/", include("institutions.urls")),
    path("finder/", include("finder.urls")),
    path("", include("advice.urls")),
    path("search/", include("search.urls")),
    path("repository/", include("repository.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
