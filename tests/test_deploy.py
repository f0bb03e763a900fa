"""docker-compose.yml and deploy/ stay valid: every service command exists, workers can scale."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKERS = ("ner", "quotes", "stance", "aggregator")


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_redis_with_aof_postgres_and_every_service() -> None:
    services = _compose()["services"]
    assert {"redis", "postgres", *WORKERS} <= set(services)
    assert "--appendonly" in services["redis"]["command"]
    assert services["redis"]["command"][services["redis"]["command"].index("--appendonly") + 1] == "yes"


def test_worker_services_can_scale_and_run_real_modules() -> None:
    services = _compose()["services"]
    for name in WORKERS:
        service = services[name]
        # `docker compose up --scale ner=3` fails with a fixed container name or host port
        assert "container_name" not in service and "ports" not in service, name
        module = service["command"][service["command"].index("-m") + 1]
        assert importlib.util.find_spec(module) is not None, module
        assert service["environment"]["NEWSFLOW_REDIS_URL"].startswith("redis://redis:")
        assert service["environment"]["NEWSFLOW_DATABASE_URL"].startswith("postgresql://")
        assert (ROOT / service["build"]["dockerfile"]).exists()


def test_kubernetes_manifests_parse_and_name_real_modules() -> None:
    documents = [
        doc
        for path in sorted((ROOT / "deploy" / "k8s").glob("*.yaml"))
        for doc in yaml.safe_load_all(path.read_text())
        if doc
    ]
    deployments = {d["metadata"]["name"]: d for d in documents if d["kind"] == "Deployment"}
    assert {f"newsflow-{w}" for w in WORKERS} <= set(deployments)
    for deployment in deployments.values():
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        module = container["command"][container["command"].index("-m") + 1]
        assert importlib.util.find_spec(module) is not None, module
    scalers = [d for d in documents if d["kind"] == "ScaledObject"]
    assert {s["spec"]["scaleTargetRef"]["name"] for s in scalers} >= {
        "newsflow-ner",
        "newsflow-quotes",
        "newsflow-stance",
    }
