"""HTTP transport: the FastAPI app factory and versioned routers. Thin by design."""
