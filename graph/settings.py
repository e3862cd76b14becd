"""One settings object for the whole service.

Every value can be set from the environment with the ``GEOKG_`` prefix (for example
``GEOKG_NEO4J_PASSWORD``) or from a ``.env`` file in the working directory.
``NEO4J_URI``, ``NEO4J_USER`` and ``NEO4J_PASSWORD`` are accepted as aliases so that the
usual Neo4j environment works unchanged.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """All configuration of geokg. Each field is documented in README's "Settings" table."""

    model_config = SettingsConfigDict(
        env_prefix="GEOKG_", env_file=".env", extra="ignore", populate_by_name=True
    )

    # --- connection -----------------------------------------------------------------
    neo4j_uri: str | None = Field(
        default=None,
        validation_alias=AliasChoices("GEOKG_NEO4J_URI", "NEO4J_URI"),
        description="Bolt or routing URI (bolt://, neo4j://, neo4j+s:// for Aura). "
        "Default: the local launcher's bolt://127.0.0.1:<neo4j_bolt_port>.",
    )
    neo4j_user: str = Field(
        default="neo4j", validation_alias=AliasChoices("GEOKG_NEO4J_USER", "NEO4J_USER")
    )
    neo4j_password: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("GEOKG_NEO4J_PASSWORD", "NEO4J_PASSWORD"),
        description="Password of the Neo4j user. No default is shipped.",
    )
    neo4j_database: str = "neo4j"
    neo4j_connect_timeout_s: float = Field(default=3.0, gt=0)
    neo4j_max_retry_time_s: float = Field(
        default=5.0, ge=0, description="Driver retry budget for transient errors on writes."
    )
    neo4j_read_retry_time_s: float = Field(
        default=0.5, ge=0,
        description="Driver retry budget of the API's reads: short, so that a data endpoint "
        "answers 503 within about a second when Neo4j is down instead of retrying.",
    )

    # --- local launcher ---------------------------------------------------------------
    neo4j_read_timeout_s: float = Field(
        default=15.0, gt=0,
        description="Time limit of each of the API's own read queries (408 beyond).")
    neo4j_version: str = "5.26.30"
    neo4j_home: Path = PROJECT_ROOT / ".neo4j"
    neo4j_instance: str = "default"
    neo4j_bolt_port: int = Field(default=7687, ge=1, le=65535)
    neo4j_heap: str = "512m"
    neo4j_pagecache: str = "128m"
    neo4j_start_timeout_s: float = Field(default=120.0, gt=0)
    neo4j_tx_timeout: str = Field(
        default="120s", description="Database-wide transaction timeout (db.transaction.timeout)."
    )
    neo4j_tx_memory_max: str = Field(
        default="256m", description="Per-transaction memory limit (db.memory.transaction.max): "
        "well under the heap, so one query cannot run the server out of memory."
    )
    neo4j_tx_memory_total_max: str = Field(
        default="350m", description="Memory limit of all transactions together "
        "(dbms.memory.transaction.total.max), under the heap (neo4j_heap)."
    )

    # --- loading ----------------------------------------------------------------------
    batch_size: int = Field(default=1000, ge=1, le=100_000)
    gdelt_writers: int = Field(
        default=1, ge=1, le=16,
        description="GDELT loads: batches written at once, each in its own transaction "
        "(2 measured no faster than 1 on a quiet 2-core machine: docs/gdelt.md).")
    coreference_window_days: int = Field(
        default=30, ge=0, le=3650,
        description="Event coreference: an undated report merges with a dated event when "
        "its source was published within this many days after the event's date.")

    # --- GDELT feed (geokg gdelt sync) -----------------------------------------------------
    gdelt_feed_timeout_s: float = Field(
        default=60.0, gt=0,
        description="Time limit of connecting to the feed and of each read while downloading.")
    gdelt_feed_retries: int = Field(
        default=3, ge=0, le=20,
        description="Further attempts after a connection error, a dropped transfer or a 5xx "
        "answer (a 404 or a checksum mismatch is not retried).")
    gdelt_feed_backoff_s: float = Field(
        default=2.0, ge=0,
        description="Wait before the first retry; doubled before each next one.")
    gdelt_follow_interval_s: float = Field(
        default=900.0, gt=0,
        description="Seconds between two rounds of geokg gdelt sync --follow (GDELT: 15 min).")

    # --- articles from feeds (geokg articles sync, docs/articles.md) ---------------------
    articles_contact: str | None = Field(
        default=None, max_length=200,
        description="How site owners reach whoever runs geokg articles sync (an e-mail "
        "address or a URL): sent in the User-Agent, 'geokg/<version> (+<contact>)'.")
    articles_timeout_s: float = Field(
        default=20.0, gt=0,
        description="Time limit of connecting, of each read, and of a whole download (a "
        "feed, a page, a robots.txt); a page past it is reported as failed.")
    articles_host_delay_s: float = Field(
        default=2.0, ge=0,
        description="Least seconds between two requests to the same host (a longer "
        "robots.txt Crawl-delay wins).")
    articles_max_bytes: int = Field(
        default=5_000_000, ge=1024,
        description="Largest feed or page downloaded; a larger one is reported as failed "
        "without reading the rest.")
    articles_duplicate_overlap: float = Field(
        default=0.9, gt=0, le=1,
        description="A page whose 5-word shingles lie at least this share in an earlier "
        "story's text is a copy of that story (a wire copy), not a new draft.")
    articles_allow_private_hosts: bool = Field(
        default=False,
        description="Let geokg articles sync fetch from loopback, private, link-local and "
        "reserved addresses (a feed on an intranet; the tests' local server). Off: such a "
        "URL, or a redirect to one, fails.")
    articles_follow_interval_min: float = Field(
        default=30.0, gt=0,
        description="Minutes between two rounds of geokg articles sync --follow.")

    # --- API --------------------------------------------------------------------------
    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8000, ge=1, le=65535)
    query_timeout_s: float = Field(
        default=5.0, gt=0, description="Time limit of one analyst Cypher query."
    )
    cypher_row_cap: int = Field(default=1000, ge=1)
    neighbors_node_cap: int = Field(default=500, ge=1)
    neighbors_edge_cap: int = Field(
        default=2000, ge=1, description="Most edges one /actors/{id}/neighbors answer holds."
    )
    paths_cap: int = Field(
        default=50, ge=1, description="Most paths one /paths answer holds (all_shortest mode)."
    )
    cypher_max_response_bytes: int = Field(
        default=10_000_000, ge=1024,
        description="Most bytes of rows one analyst Cypher answer holds (truncated beyond).",
    )
    cypher_retry_time_s: float = Field(
        default=1.0, ge=0,
        description="Driver retry budget for analyst Cypher (short: a memory error is final).",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Origins browsers may call the API from (comma-separated or a JSON list, "
        "e.g. https://analyst.example.org); empty: no cross-origin access. '*' allows any "
        "origin, never with credentials.",
    )
    read_api_key: SecretStr | None = Field(
        default=None,
        description="When set, every endpoint but /health and /ready needs this key (or the "
        "write key, or a personal key of geokg keys) in 'Authorization: Bearer <key>' or "
        "'X-API-Key'. Empty: no key needed until a personal key exists.",
    )
    write_api_key: SecretStr | None = Field(
        default=None,
        description="Key that POST /ingest requires (or a personal key with role write); "
        "with neither, /ingest is switched off.",
    )
    max_body_bytes: int = Field(
        default=5_000_000, ge=1024, description="Largest request body accepted (413 beyond)."
    )

    # --- many analysts: keys, limits, audit, workers (docs/security.md) ------------------
    api_key_cache_s: float = Field(
        default=2.0, gt=0, le=5,
        description="How long one API process trusts what it read about a personal key "
        "(geokg keys) before reading it again: a revoked key is refused by every process "
        "within this time plus one request.")
    rate_limit_per_minute: int = Field(
        default=0, ge=0,
        description="Requests per key (per client address without keys) per minute and per "
        "API process; 429 with Retry-After beyond. 0: no limit.")
    cypher_concurrency: int = Field(
        default=0, ge=0,
        description="Analyst Cypher queries (POST /cypher, POST /viz/cypher, analytics with "
        "query=) one key may run at once per API process; 429 beyond. 0: no limit.")
    audit_log: Path | None = Field(
        default=None,
        description="File the audit trail is appended to (one JSON line per analyst Cypher "
        "query, write and refusal). Unset: no audit trail.")
    audit_param_values: bool = Field(
        default=False,
        description="Also write the values of analyst Cypher $parameters to the audit trail "
        "(by default only their names).")
    api_workers: int = Field(
        default=1, ge=1, le=256, description="Worker processes of geokg serve.")
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Addresses (or networks) of reverse proxies whose X-Forwarded-For and "
        "X-Forwarded-Proto are believed (comma-separated, e.g. 127.0.0.1,10.0.0.0/8). "
        "Empty: forwarded headers are ignored and the client is the TCP peer.")

    # --- pictures ---------------------------------------------------------------------
    viz_physics_node_limit: int = Field(default=300, ge=1)
    viz_node_cap: int = Field(default=5000, ge=1)

    # --- analytics (networkx) -----------------------------------------------------------
    analytics_max_edges: int = Field(
        default=100_000, ge=1,
        description="Largest number of actor–actor edges one analytics scope may project; "
        "a larger scope is refused with 422 (narrow it: depth, dates, certainty, types).",
    )
    analytics_timeout_s: float = Field(
        default=30.0, gt=0, description="Time limit of the query that projects a scope."
    )
    betweenness_exact_max_nodes: int = Field(
        default=1000, ge=1,
        description="Betweenness is exact up to this many actors, sampled above it.",
    )
    betweenness_sample_k: int = Field(
        default=64, ge=1,
        description="Number of source actors sampled for betweenness on larger graphs.",
    )
    analytics_seed: int = Field(
        default=42, description="Random seed of sampled betweenness and community detection "
        "(same seed, same graph: same answer).",
    )

    # --- text extraction (geokg extract, POST /extract) ------------------------------
    extract_max_bytes: int = Field(
        default=2_000_000, ge=1,
        description="Largest article file (or POST /extract text) the extractor reads.")
    extract_statement_model: bool = Field(
        default=False,
        description="Experimental: let the learned statement model (loaders/text/"
        "stmt_model.py) add and drop the embedded rules' statements where it is confident. "
        "Off: it did not measurably beat the rules on a fresh round (docs/extract.md).")
    llm_base_url: str | None = Field(
        default=None,
        description="OpenAI-compatible endpoint of the LLM backend (e.g. Ollama's "
        "http://127.0.0.1:11434/v1).")
    llm_model: str | None = Field(default=None, description="Model name for the LLM backend.")
    llm_api_key: SecretStr | None = Field(
        default=None, description="Key of the LLM endpoint (none for a local server).")
    llm_timeout_s: float = Field(default=120.0, gt=0,
                                 description="Time limit of one LLM request.")

    @field_validator("neo4j_uri", "neo4j_password", "read_api_key", "write_api_key",
                     "llm_api_key", "llm_base_url", "llm_model", "articles_contact",
                     mode="before")
    @classmethod
    def _empty_is_none(cls, v: Any) -> Any:
        # docker-compose passes GEOKG_READ_API_KEY="" when the variable is unset
        if isinstance(v, str) and not v.strip():
            return None
        if isinstance(v, SecretStr) and not v.get_secret_value().strip():
            return None
        return v

    @field_validator("audit_log", mode="before")
    @classmethod
    def _empty_path_is_none(cls, v: Any) -> Any:
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _proxies(cls, v: Any) -> Any:
        if isinstance(v, str):
            return [a.strip() for a in v.split(",") if a.strip()]
        return v

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies_valid(cls, v: list[str]) -> list[str]:
        import ipaddress

        for address in v:
            try:
                ipaddress.ip_network(address, strict=False)
            except ValueError:
                raise ValueError(f"'{address}' is not an IP address or network") from None
        return v

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _origins(cls, v: Any) -> Any:
        if isinstance(v, str):
            text = v.strip()
            if text.startswith("["):
                return json.loads(text)
            return [o.strip() for o in text.split(",") if o.strip()]
        return v

    @field_validator("cors_origins")
    @classmethod
    def _origins_valid(cls, v: list[str]) -> list[str]:
        origins = [o.strip().removesuffix("/") for o in v]
        for origin in origins:
            if origin != "*" and not re.fullmatch(r"https?://[^/\s]+", origin):
                raise ValueError(f"'{origin}' is not an origin: use scheme://host[:port], "
                                 "without a path, or '*'")
        return origins

    @model_validator(mode="after")
    def _default_uri(self) -> Settings:
        if self.neo4j_uri is None:
            self.neo4j_uri = f"bolt://127.0.0.1:{self.neo4j_bolt_port}"
        return self

    @property
    def uri(self) -> str:
        assert self.neo4j_uri is not None
        return self.neo4j_uri


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings (read once from the environment)."""
    return Settings()
