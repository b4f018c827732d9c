"""A small fixed-window rate limit kept in the cache."""

from django.core.cache import cache


def allow(key: str, limit: int, window_seconds: int) -> bool:
    """Count one attempt under `key`; False once `limit` is passed in the window."""
    cache_key = f"throttle:{key}"
    if cache.add(cache_key, 1, timeout=window_seconds):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.add(cache_key, 1, timeout=window_seconds)
        return True
    return count <= limit
