"""k8s-lint: find and fix Kubernetes client code that lists a whole namespace
to look up one object by name."""

__version__ = "0.1.0"
