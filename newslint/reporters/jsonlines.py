"""``--format json-lines``: one JSON object per finding and line (streams well into log tools)."""
from __future__ import annotations

import json
from typing import TextIO

from newslint.config import Config
from newslint.engine import FileResult
from newslint.reporters import locate
from newslint.reporters.json import as_dict


def report(results: list[FileResult], config: Config, stream: TextIO) -> None:
    for result in results:
        for item in locate(result, config):
            stream.write(json.dumps(as_dict(item), ensure_ascii=False))
            stream.write("\n")
