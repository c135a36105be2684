"""Run a bench's own child mode under an earlier release, unpacked from git, on the same input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def in_release(commit: str, script: Path, flag: str, payload: object) -> object:
    """`python script flag` with payload as JSON on stdin, run with that commit's `rehearse` and
    prompts.yaml (git archive into a temporary folder), its JSON answer returned."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "archive", commit, "rehearse", "prompts.yaml"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        env = {**os.environ, "PYTHONPATH": folder, "REHEARSE_PROMPTS": f"{folder}/prompts.yaml"}
        result = subprocess.run(
            [sys.executable, str(script), flag],
            input=json.dumps(payload),
            capture_output=True,
            text=True,
            cwd=folder,
            env=env,
            check=True,
        )
    return json.loads(result.stdout)
