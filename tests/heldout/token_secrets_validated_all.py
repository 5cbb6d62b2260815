# proves: a token lookup decodes EVERY Secret of the namespace into a dict and gives up (None) when any of them is malformed: other objects decide the answer
# expect: clean

import logging

from kubernetes import client

log = logging.getLogger("tokens")

KNOWN_OWNERS = {"etl", "web"}


def _owner(secret) -> str:
    owner = (secret.metadata.labels or {})["app"]
    if owner not in KNOWN_OWNERS:
        raise ValueError(f"secret {secret.metadata.name} has unknown owner {owner!r}")
    return owner


def token_owner(core: client.CoreV1Api, namespace: str, name: str) -> str | None:
    try:
        owners = {s.metadata.name: _owner(s) for s in core.list_namespaced_secret(namespace).items}
    except (KeyError, ValueError) as exc:
        log.warning("refusing to hand out tokens from %s: %s", namespace, exc)
        return None
    return owners.get(name)


def lookup(api, namespace, name):
    return token_owner(api, namespace, name)
