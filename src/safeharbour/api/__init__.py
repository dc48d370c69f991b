"""HTTP API: the versioned `/api/v1` routers. Thin by design; the app factory and the web
plumbing they share with the consoles live in `safeharbour.web`."""
