#!/usr/bin/env python3
"""Fills the English plural forms in translations/ringside_en.ts from the "(s)" convention of the sources:
"%n node(s)" becomes "%n node" / "%n nodes". Run after `update_translations`; review the diff."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/ringside_en.ts"
tree = ET.parse(path)
root = tree.getroot()
filled = 0
for context in root.findall("context"):
    for message in list(context.findall("message")):
        if message.get("numerus") != "yes":
            context.remove(message)  # English needs only plural forms
            continue
        source = message.find("source").text or ""
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        if forms and all((f.text or "").strip() for f in forms) and translation.get("type") != "unfinished":
            continue
        for f in forms:
            translation.remove(f)
        singular = re.sub(r"\(s\)", "", source).replace("(es)", "")
        plural = source.replace("(s)", "s").replace("(es)", "es")
        for text in (singular, plural):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
for context in list(root.findall("context")):
    if not context.findall("message"):
        root.remove(context)
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
print(f"{path}: filled {filled} plural message(s)")
