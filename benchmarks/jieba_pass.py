"""The baseline the ingest is compared with: one bare `jieba.lcut` pass over a folder's text.

    python -m benchmarks.jieba_pass FOLDER

Runs as its own process, like `kg ingest`, so both pay interpreter start and
dictionary load. Prints {"documents", "bytes", "seconds"} as JSON, where seconds
covers reading and segmenting (not the interpreter start).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(folder: str) -> None:
    start = time.perf_counter()
    import jieba

    jieba.setLogLevel(60)  # silence "Building prefix dict" on stderr
    files = sorted(Path(folder).glob("*.txt"))
    size = 0
    for path in files:
        data = path.read_bytes()
        size += len(data)
        jieba.lcut(data.decode("utf-8"))
    print(json.dumps({"documents": len(files), "bytes": size, "seconds": time.perf_counter() - start}))


if __name__ == "__main__":
    main(sys.argv[1])
