# The geokg API; Neo4j runs in its own container (docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY graph graph
COPY api api
COPY loaders loaders
COPY viz viz
COPY cli cli
COPY data data
RUN pip install --no-cache-dir . && useradd --system --uid 10001 geokg
USER geokg
EXPOSE 8000
# load the seed (idempotent) then serve
CMD ["sh", "-c", "geokg load data/seed/*.yaml && geokg serve --host 0.0.0.0 --port 8000"]
