from django.urls import path

from advice import feeds, views

app_name = "advice"

urlpatterns = [
    path("notices/", views.notices, name="notices"),
    path("notices/<int:pk>/", views.notice_detail, name="notice"),
    path("changes/", views.changes, name="changes"),
    path("changes/<str:code>/", views.country_changes, name="changes"),
    path("changes/<str:code>/subscribe/", views.subscribe, name="subscribe"),
    path("subscriptions/confirm/", views.confirm, name="confirm"),
    path("subscriptions/unsubscribe/", views.unsubscribe, name="unsubscribe"),
    path("feeds/changes/", feeds.ChangesFeed(), name="changes_feed"),
    path("feeds/changes/<str:code>/", feeds.ChangesFeed(), name="changes_feed"),
    path("feeds/notices/", feeds.NoticesFeed(), name="notices_feed"),
]
