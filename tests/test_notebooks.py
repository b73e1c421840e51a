"""The notebooks in notebooks/: committed without outputs, and they run top to bottom.

Each notebook is executed once per session with nbclient, in a kernel started by this
interpreter (a kernel spec written to a temporary JUPYTER_PATH), so the test does not depend
on which ``python3`` kernel a machine has registered.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
NAMES = ["explore.ipynb", "timeline.ipynb"]
KERNEL = "eventgraph-test"
# Seconds a single cell may take: the ingest cell parses the whole sample corpus.
CELL_TIMEOUT = 120


def _outputs(nb: Any, mime: str) -> list[str]:
    """Every output of the notebook's code cells carrying *mime*, as text."""
    found = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if mime in data:
                value = data[mime]
                found.append(value if isinstance(value, str) else "".join(value))
            elif mime == "text/plain" and output.get("output_type") == "stream":
                found.append(output.get("text", ""))
    return found


@pytest.fixture(scope="session")
def kernel_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("jupyter")
    spec = folder / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "eventgraph test kernel",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="session")
def executed(kernel_dir: Path) -> dict[str, Any]:
    """Run each notebook once; the tests below look at the outputs."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    results = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(kernel_dir))
        patch.setenv("JUPYTER_PLATFORM_DIRS", "1")
        patch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        for name in NAMES:
            nb = nbformat.read(NOTEBOOKS / name, as_version=4)
            client = nbclient.NotebookClient(
                nb,
                kernel_name=KERNEL,
                timeout=CELL_TIMEOUT,
                resources={"metadata": {"path": str(NOTEBOOKS)}},
            )
            client.execute()
            results[name] = nb
    return results


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_committed_without_outputs(name: str) -> None:
    nb = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    code = [cell for cell in nb["cells"] if cell["cell_type"] == "code"]
    assert code
    dirty = [
        index
        for index, cell in enumerate(code)
        if cell.get("outputs") or cell.get("execution_count") is not None
    ]
    assert dirty == [], f"{name}: code cells {dirty} keep outputs; clear them before committing"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "mime", "expected"),
    [
        # the timeline and the tables as DataFrames
        ("explore.ipynb", "text/html", "<table"),
        # the pyvis page inline, self-contained
        ("explore.ipynb", "text/html", "<iframe srcdoc="),
        ("explore.ipynb", "text/html", "vis.Network"),
        # the shortest chain of events names both ends
        ("explore.ipynb", "text/html", "Radek Vlasko"),
        ("explore.ipynb", "text/plain", "documents,"),
        # one actor's events by type, drawn by matplotlib
        ("timeline.ipynb", "image/png", ""),
        ("timeline.ipynb", "text/plain", "same events as the API: True"),
    ],
)
def test_notebooks_run_top_to_bottom(
    executed: dict[str, Any], name: str, mime: str, expected: str
) -> None:
    outputs = _outputs(executed[name], mime)
    assert any(expected in text for text in outputs), f"{name}: no {mime} output with {expected!r}"


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_notebooks_remove_their_temporary_store(executed: dict[str, Any], name: str) -> None:
    printed = "".join(_outputs(executed[name], "text/plain"))
    store = printed.split(" triples in ", 1)[1].split()[0]
    assert not Path(store).exists()
