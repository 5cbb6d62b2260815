# proves: a release script finds a CronJob with for/break/else (else: cj = None) over list_namespaced_cron_job(namespace=...), argparse front end
# expect: KUB001 fixed

"""suspend-cron: pause a CronJob during a maintenance window."""

import argparse
import sys

from k8s_lint.runtime import read_or_none
from kubernetes import client, config


def find_cronjob(batch, namespace, name):
    return read_or_none(batch.read_namespaced_cron_job, name=name, namespace=namespace)


def main(argv=None, batch=None) -> int:
    parser = argparse.ArgumentParser(prog="suspend-cron")
    parser.add_argument("-n", "--namespace", default="default")
    parser.add_argument("cronjob")
    parser.add_argument("--dry-run", action="store_true")
    opts = parser.parse_args(argv)
    if batch is None:
        config.load_kube_config()
        batch = client.BatchV1Api()

    cj = find_cronjob(batch, opts.namespace, opts.cronjob)
    if cj is None:
        print(f"no CronJob {opts.cronjob} in {opts.namespace}", file=sys.stderr)
        return 4
    if opts.dry_run:
        print(f"would suspend {cj.metadata.namespace}/{cj.metadata.name}")
        return 0
    batch.patch_namespaced_cron_job(cj.metadata.name, opts.namespace, {"spec": {"suspend": True}})
    return 0


def lookup(api, namespace, name):
    return main(["-n", namespace, name, "--dry-run"], batch=api)


if __name__ == "__main__":
    sys.exit(main())
