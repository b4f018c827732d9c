from django.urls import path

from repository import data_views, feeds, views

app_name = "repository"

urlpatterns = [
    path("", views.browse, name="browse"),
    path("feed/", feeds.NewResourcesFeed(), name="feed"),
    path("themes/<slug:slug>/feed/", feeds.ThemeFeed(), name="theme_feed"),
    path("<int:pk>-<slug:slug>/", views.resource, name="resource"),
    path("<int:pk>-<slug:slug>/cite.bib", views.bibtex, name="bibtex"),
    path("<int:pk>-<slug:slug>/cite.ris", views.ris, name="ris"),
    path("data/", data_views.data, name="data"),
    path("data/<slug:slug>/", data_views.indicator, name="indicator"),
    path("data/<slug:slug>/data.csv", data_views.indicator_csv, name="indicator_csv"),
]
