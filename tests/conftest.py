import os
import sys
from pathlib import Path

# The corpus loader (tests/corpus_cases.py) and fake API import as plain modules.
sys.path.insert(0, str(Path(__file__).parent))

# The tests that install k8s-lint as a user would (the README's install lines,
# the docs' pre-commit hook environments) resolve its ranges: held to the lock, so that
# an upstream release cannot turn the suite red, while still installing
# through the commands the README and the docs give.
os.environ["PIP_CONSTRAINT"] = str(Path(__file__).parent.parent / "requirements" / "test.txt")

# The fixture projects' tests are read by k8s-lint, never run by this suite.
collect_ignore_glob = ["stale_mock_rule/*"]
