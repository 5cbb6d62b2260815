import sys
from pathlib import Path

# The shared case tables (tests/cases.py) import as a plain module.
sys.path.insert(0, str(Path(__file__).parent))
