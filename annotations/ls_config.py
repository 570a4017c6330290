"""The Label Studio labeling config, generated from the tag set so it is written in one place only.

The annotator sees the passage and one button per :data:`infer.labels.SPAN_LABELS` entry (English
name for the tag, Chinese name and the description as the hover hint). The control and object
names are the ones the corpus format uses (:data:`annotations.corpus.FROM_NAME`/``TO_NAME``), so a
Label Studio export reads straight back into the corpus.
"""
from __future__ import annotations

from xml.etree import ElementTree as ET

from annotations.corpus import FROM_NAME, TO_NAME
from infer.labels import SPAN_LABELS, SpanLabel


def labeling_config(labels: tuple[SpanLabel, ...] = SPAN_LABELS) -> str:
    """Return the ``<View>`` XML of the span-labelling interface for ``labels``.

    ``granularity="symbol"`` lets a region start and end on any character: Chinese has no spaces,
    so word granularity would snap a selection to the whole sentence.
    """
    view = ET.Element("View")
    header = ET.SubElement(view, "Header")
    header.set("value", "标出数字、零断言及其所计数的对象 (mark numbers, zero words and what they count)")
    ctrl = ET.SubElement(view, "Labels", {"name": FROM_NAME, "toName": TO_NAME})
    for lab in labels:
        ET.SubElement(ctrl, "Label", {"value": lab.name, "background": lab.color,
                                      "hint": f"{lab.zh}: {lab.description}"})
    ET.SubElement(view, "Text", {"name": TO_NAME, "value": "$text", "granularity": "symbol"})
    ET.indent(view, space="  ")
    return ET.tostring(view, encoding="unicode") + "\n"


def config_labels(xml: str) -> list[str]:
    """The label values a config offers (to check a server project against the tag set)."""
    root = ET.fromstring(xml)
    return [el.get("value", "") for el in root.iter("Label")]
