# proves: a list in an `except` after a failed read of the same kind (roles that grant list, not get) is no finding
# expect: clean
from kubernetes.client.exceptions import ApiException


def lookup(api, namespace, name):
    try:
        return api.read_namespaced_config_map(name, namespace)
    except ApiException as error:
        if error.status != 403:
            raise
        for cm in api.list_namespaced_config_map(namespace).items:
            if cm.metadata.name == name:
                return cm
        return None
