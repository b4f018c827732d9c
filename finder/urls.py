from django.urls import path

from finder import views

app_name = "finder"

urlpatterns = [
    path("", views.finder, name="finder"),
    path("compare/", views.compare, name="compare"),
    path("checklist/<int:pathway_id>/", views.checklist, name="checklist"),
]
