from django.urls import path

from api import views
from search import api as search_api

app_name = "api"

urlpatterns = [
    path("finder", views.finder, name="finder"),
    path("search", search_api.search, name="search"),
]
