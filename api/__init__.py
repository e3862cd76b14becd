"""The HTTP API (FastAPI): one router per resource, one error body."""
