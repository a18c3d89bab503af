"""``--format junit``: JUnit XML, one test suite per file and one failing test case per finding.

A file without findings gets one passing test case, so CI dashboards count clean articles too.
"""
from __future__ import annotations

from typing import TextIO
from xml.etree import ElementTree

from newslint.config import Config
from newslint.engine import FileResult
from newslint.reporters import locate


def report(results: list[FileResult], config: Config, stream: TextIO) -> None:
    root = ElementTree.Element("testsuites", name="newslint")
    total = failures = 0
    for result in results:
        located = locate(result, config)
        suite = ElementTree.SubElement(root, "testsuite", name=result.path, tests=str(max(len(located), 1)),
                                       failures=str(len(located)), errors="0", skipped="0")
        if not located:
            ElementTree.SubElement(suite, "testcase", name="newslint", classname=result.path)
        for item in located:
            finding = item.finding
            case = ElementTree.SubElement(suite, "testcase", name=f"{finding.code} {item.line}:{item.column}",
                                          classname=result.path)
            failure = ElementTree.SubElement(case, "failure", message=item.message, type=str(finding.severity))
            failure.text = f"{item.path}:{item.line}:{item.column}: {finding.code} {item.message}"
            if finding.suggestions:
                failure.text += "\n→ " + " | ".join(finding.suggestions)
        total += max(len(located), 1)
        failures += len(located)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ElementTree.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ElementTree.tostring(root, encoding="unicode"))
    stream.write("\n")
