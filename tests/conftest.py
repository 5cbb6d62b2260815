import sys
from pathlib import Path

# The corpus loader (tests/corpus_cases.py) and fake API import as plain modules.
sys.path.insert(0, str(Path(__file__).parent))
