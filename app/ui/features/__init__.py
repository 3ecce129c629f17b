"""The window's features. Each module has one ``register(registry, ctx)`` that adds its
pages to the registry (and connects to the window what must happen beside a page)."""
