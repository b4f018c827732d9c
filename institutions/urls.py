from django.urls import path

from institutions import views

app_name = "institutions"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>-<slug:slug>/", views.detail, name="detail"),
]
