# proves: a gate script's loop with `if cj.metadata.name != name: continue` then prints and returns a verdict for the one CronJob
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def main(batch: client.BatchV1Api, namespace: str, cronjob: str) -> int:
    for cj in items_named(
        batch.read_namespaced_cron_job, name=cronjob, namespace=namespace
    ):
        if cj.metadata.name != cronjob:
            continue
        print(f"found cronjob {cj.metadata.name}")
        return 0
    print(f"cronjob {cronjob} not found")
    return 1


def lookup(api, namespace, name):
    return main(api, namespace, name)
