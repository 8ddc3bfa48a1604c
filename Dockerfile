# Reconnect: the bot as a container, for `reconnect run` in webhook mode (see compose.yaml).
# The shipped flows and data are inside the wheel (pyproject.toml: force-include), so the
# image needs nothing from the source tree at run time. No test or dev dependencies.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /build
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY flows ./flows
COPY data ./data
RUN pip install ".[postgres]" \
    && cd / && rm -rf /build

# A user of its own, no shell login, no root.
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin reconnect
USER reconnect
WORKDIR /home/reconnect

# /healthz and /metrics on 9090, inside the container's network only; the webhook on 8443.
# Secrets (token, encryption key, database password, webhook secret) come from the
# environment at run time, never from the image.
ENV RECONNECT_WEBHOOK_LISTEN=0.0.0.0 \
    RECONNECT_WEBHOOK_PORT=8443 \
    RECONNECT_METRICS_LISTEN=0.0.0.0 \
    RECONNECT_METRICS_PORT=9090 \
    RECONNECT_DATABASE=/home/reconnect/data/reconnect.sqlite3
EXPOSE 8443 9090

HEALTHCHECK --interval=30s --timeout=6s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ['RECONNECT_METRICS_PORT'], timeout=5)"]

CMD ["reconnect", "run"]
