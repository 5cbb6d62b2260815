from kubernetes import client


def deployment_names(namespace):
    apps = client.AppsV1Api()
    return sorted(d.metadata.name for d in apps.list_namespaced_deployment(namespace).items)
