from kubernetes import client


def deployment_exists(namespace, name):
    apps = client.AppsV1Api()
    return any(d.metadata.name == name for d in apps.list_namespaced_deployment(namespace).items)
